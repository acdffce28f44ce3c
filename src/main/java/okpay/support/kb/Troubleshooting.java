package okpay.support.kb;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The optional troubleshooting sections of a knowledge base: decision flows and the decline-code catalogue.
 *
 * <p>For the embedded knowledge base, which the build has already checked (its node tree is tied to the YAML
 * by a checksum), the sections are read the first time they are used: they are most of the file, and
 * {@code faq} or {@code contact} never need them, so one-off commands start faster. Any other file is read
 * and checked completely when it is loaded.
 */
public final class Troubleshooting {
    /** No flows, no codes: a knowledge base without the sections. */
    public static final Troubleshooting NONE = new Troubleshooting(List.of(), DeclineCatalog.EMPTY);

    private String file;
    private Node flowsNode;
    private Node codesNode;
    private List<Flow> flows;
    private DeclineCatalog declineCodes;

    public Troubleshooting(List<Flow> flows, DeclineCatalog declineCodes) {
        this.flows = List.copyOf(flows);
        this.declineCodes = declineCodes;
    }

    private Troubleshooting(String file, Node flowsNode, Node codesNode) {
        this.file = file;
        this.flowsNode = flowsNode;
        this.codesNode = codesNode;
    }

    /** Reads and checks the sections now (either node may be null: section absent); problems go to {@code in}. */
    static Troubleshooting read(NodeReader in, References refs, Node flowsNode, Node codesNode) {
        return new Troubleshooting(flowsNode == null ? List.of() : new FlowSectionReader(in, refs).read(flowsNode),
                codesNode == null ? DeclineCatalog.EMPTY : new DeclineCodeSectionReader(in, refs).read(codesNode));
    }

    /** Sections of an already checked file, read on first use. */
    static Troubleshooting deferred(String file, Node flowsNode, Node codesNode) {
        return flowsNode == null && codesNode == null ? NONE : new Troubleshooting(file, flowsNode, codesNode);
    }

    public synchronized List<Flow> flows() {
        load();
        return flows;
    }

    public synchronized DeclineCatalog declineCodes() {
        load();
        return declineCodes;
    }

    private void load() {
        if (flows != null) {
            return;
        }
        List<Problem> problems = new ArrayList<>();
        // References to topics and FAQ entries were checked when the file was checked; they are not checked again here.
        Troubleshooting read = read(new NodeReader(file, problems), new References(), flowsNode, codesNode);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the checked knowledge base " + file + " has problems after all: " + problems);
        }
        flows = read.flows;
        declineCodes = read.declineCodes;
        flowsNode = null;
        codesNode = null;
    }
}
