package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code when} of a flow route:
 * {@code {answer: QUESTION, OP: VALUE}} where OP is one of equals, not_equals, in (a list), below, at_most,
 * above, at_least and VALUE a constant or {@code {answer: OTHER}}; or {@code {all: [...]}} / {@code {any: [...]}}.
 */
final class ConditionReader {
    private static final List<String> OPS = List.of("equals", "not_equals", "in", "below", "at_most", "above", "at_least");
    private static final Set<String> KEYS =
            Set.of("answer", "equals", "not_equals", "in", "below", "at_most", "above", "at_least", "all", "any");

    private final NodeReader in;
    private final FlowChecker graph;
    private final String owner;

    /** A reader for the routes of question {@code owner}; comparisons are handed to {@code graph} for checking. */
    ConditionReader(NodeReader in, FlowChecker graph, String owner) {
        this.in = in;
        this.graph = graph;
        this.owner = owner;
    }

    /** The condition at {@code node}, or null after reporting why it cannot be read. */
    Condition read(Node node, String what) {
        Map<String, Node> f = in.mapping(node, what, Set.of(), KEYS);
        if (f == null) {
            return null;
        }
        if (f.containsKey("all") || f.containsKey("any")) {
            String key = f.containsKey("all") ? "all" : "any";
            if (f.size() != 1) {
                in.problem(node, "condition.mixed", new Subject(what), key);
                return null;
            }
            List<Condition> parts = new ArrayList<>();
            boolean ok = true;
            for (Node item : in.sequence(f.get(key), what + " " + key, false)) {
                Condition part = read(item, what);
                ok &= part != null;
                parts.add(part);
            }
            if (!ok || parts.isEmpty()) {
                return null;
            }
            return key.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
        }
        List<String> ops = new ArrayList<>(f.keySet());
        ops.remove("answer");
        if (!f.containsKey("answer") || ops.size() != 1) {
            in.problem(node, "condition.shape", new Subject(what), String.join(", ", OPS));
            return null;
        }
        String question = in.id(f.get("answer"), what + " answer");
        Condition.Op op = Condition.Op.valueOf(ops.get(0).toUpperCase(Locale.ROOT));
        Node opNode = f.get(ops.get(0));
        List<Condition.Operand> operands = new ArrayList<>();
        List<Node> operandNodes = new ArrayList<>();
        List<Node> items = op == Condition.Op.IN ? in.sequence(opNode, what + " in", false) : List.of(opNode);
        for (Node item : items) {
            Condition.Operand operand = operand(item, what);
            if (operand == null) {
                return null;
            }
            operands.add(operand);
            operandNodes.add(item);
        }
        if (question == null || operands.isEmpty()) {
            return null;
        }
        Condition.Compare compare = new Condition.Compare(question, op, operands);
        graph.compare(owner, compare, f.get("answer"), operandNodes, what);
        return compare;
    }

    /** A constant, or {@code {answer: QUESTION}} for the answer to another question. */
    private Condition.Operand operand(Node node, String what) {
        if (node instanceof MappingNode) {
            Map<String, Node> ref = in.mapping(node, what + " value", Set.of("answer"), Set.of());
            String id = ref == null || !ref.containsKey("answer") ? null : in.id(ref.get("answer"), what + " value answer");
            return id == null ? null : Condition.Operand.answer(id);
        }
        String value = in.string(node, what + " value");
        return value == null ? null : Condition.Operand.constant(value);
    }
}
