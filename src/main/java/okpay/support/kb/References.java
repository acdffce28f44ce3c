package okpay.support.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Ids declared in a knowledge base and the places that refer to them, so that duplicate ids and
 * dangling references are reported with the position of the offending node.
 */
public final class References {
    /** Kinds of ids that several sections declare or refer to. */
    public static final String FAQ = "faq";
    public static final String TOPIC = "topic";
    public static final String CHANNEL = "channel";
    public static final String FLOW = "flow";

    private record Use(String kind, String id, Node node, String what) {}

    private final Map<String, Map<String, Node>> declared = new HashMap<>();
    private final List<Use> uses = new ArrayList<>();

    /** Declares {@code id} of {@code kind} ("faq", "channel"...); a second declaration is a problem. */
    public void declare(NodeReader reader, String kind, String id, Node node) {
        if (id == null) {
            return;
        }
        Map<String, Node> ids = declared.get(kind);
        if (ids == null) {
            ids = new LinkedHashMap<>();
            declared.put(kind, ids);
        }
        Node first = ids.putIfAbsent(id, node);
        if (first != null) {
            reader.problem(node, "duplicate-id", new Subject(kind), id, first.getStartMark().getLine() + 1);
        }
    }

    /** Notes that {@code node} refers to {@code id} of {@code kind}; checked by {@link #check}. */
    public void refer(String kind, String id, Node node, String what) {
        if (id != null) {
            uses.add(new Use(kind, id, node, what));
        }
    }

    /**
     * A list of ids at {@code node} (none if the node is absent), each noted as a reference to {@code kind};
     * items that are not ids are reported and left out.
     */
    public List<String> referList(NodeReader reader, Node node, String kind, String what, boolean mayBeEmpty) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (Node item : reader.sequence(node, what, mayBeEmpty)) {
            String id = reader.id(item, what + " item");
            refer(kind, id, item, what);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** Whether {@code id} of {@code kind} was declared. */
    public boolean isDeclared(String kind, String id) {
        return declared.getOrDefault(kind, Map.of()).containsKey(id);
    }

    /** Reports every reference to an id that was never declared, with a "did you mean". */
    public void check(NodeReader reader) {
        for (Use use : uses) {
            Map<String, Node> ids = declared.getOrDefault(use.kind(), Map.of());
            if (!ids.containsKey(use.id())) {
                String hint = reader.didYouMean(use.id(), ids.keySet());
                reader.problem(use.node(), "unknown-reference", new Subject(use.what()), new Subject(use.kind()), use.id(), hint);
            }
        }
    }
}
