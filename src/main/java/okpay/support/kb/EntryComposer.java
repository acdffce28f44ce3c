package okpay.support.kb;

import java.util.HashMap;
import java.util.List;
import okpay.support.kb.compiled.EncodedMapping;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A composer that keeps each entry of a top-level list (a FAQ entry, a flow) in its compact binary form as soon as it
 * is composed and found clean: a 30 MB knowledge base never holds its whole node tree. An entry with a problem stays
 * a plain tree, for the check of the whole file to report.
 */
final class EntryComposer extends Composer {
    private final String file;
    private final SafeYaml.Limits limits;
    private final HiddenCharacters hidden;
    private final StringBuilder path = new StringBuilder(); // 'M' and 'S' for the mappings and lists being composed
    private final org.yaml.snakeyaml.parser.Parser parser;
    private int held; // nodes in the tree but for the entries already encoded

    EntryComposer(org.yaml.snakeyaml.parser.Parser parser, LoaderOptions options, String file, SafeYaml.Limits limits,
            HiddenCharacters hidden) {
        super(parser, new Resolver(), options);
        this.parser = parser;
        this.file = file;
        this.limits = limits;
        this.hidden = hidden;
    }

    @Override
    protected Node composeScalarNode(String anchor, List<org.yaml.snakeyaml.comments.CommentLine> blockComments) {
        hold();
        return super.composeScalarNode(anchor, blockComments);
    }

    @Override
    protected Node composeMappingNode(String anchor) {
        hold();
        boolean entry = path.length() == 2 && path.charAt(0) == 'M' && path.charAt(1) == 'S';
        int before = held;
        path.append('M');
        Node node = super.composeMappingNode(anchor);
        path.setLength(path.length() - 1);
        if (entry && anchor == null && node instanceof MappingNode mapping) {
            List<Problem> problems = new java.util.ArrayList<>();
            SafeYaml.check(mapping, file, limits, problems, new HashMap<>(), 2, hidden);
            if (problems.isEmpty()) {
                held = before; // the entry's nodes are garbage once encoded
                return EncodedMapping.of(mapping, file);
            }
        }
        return node;
    }

    @Override
    protected Node composeSequenceNode(String anchor) {
        hold();
        path.append('S');
        Node node = super.composeSequenceNode(anchor);
        path.setLength(path.length() - 1);
        return node;
    }

    /**
     * Counts one more node held in the tree, and stops at {@link Limits#maxNodes}: work and memory per file stay
     * bounded (a 4 MiB file of half a million junk keys would hold a gigabyte of nodes).
     */
    private void hold() {
        if (++held > limits.maxNodes()) {
            Mark at = parser.peekEvent().getStartMark();
            throw new TooManyNodes(at, limits.say("too-many-nodes", limits.maxNodes(), limits.what()));
        }
    }

    /** The node budget ran out: a problem at the node it ran out on. */
    static final class TooManyNodes extends MarkedYAMLException {
        TooManyNodes(Mark mark, String problem) {
            super(null, null, problem, mark);
        }
    }
}
