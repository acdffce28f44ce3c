package okpay.support.kb;

import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The optional troubleshooting sections of a knowledge base: decision flows and the decline-code catalogue.
 * (Read together because flows refer to the catalogue.)
 */
public final class Troubleshooting {
    /** No flows, no codes: a knowledge base without the sections. */
    public static final Troubleshooting NONE = new Troubleshooting(List.of(), DeclineCatalog.EMPTY);

    private final List<Flow> flows;
    private final DeclineCatalog declineCodes;

    public Troubleshooting(List<Flow> flows, DeclineCatalog declineCodes) {
        this.flows = List.copyOf(flows);
        this.declineCodes = declineCodes;
    }

    /** Reads and checks the sections now (either node may be null: section absent); problems go to {@code in}. */
    static Troubleshooting read(NodeReader in, References refs, Node flowsNode, Node codesNode) {
        return new Troubleshooting(flowsNode == null ? List.of() : new FlowSectionReader(in, refs).read(flowsNode),
                codesNode == null ? DeclineCatalog.EMPTY : new DeclineCodeSectionReader(in, refs).read(codesNode));
    }

    public List<Flow> flows() {
        return flows;
    }

    public DeclineCatalog declineCodes() {
        return declineCodes;
    }
}
