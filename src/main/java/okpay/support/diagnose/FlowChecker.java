package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.Question;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks one decision flow as a graph while it is read: every {@code next} names a node, every node can be
 * reached from the start, no path goes round in a loop, and every condition tests a question that is
 * answered on every path to it, with values that question can have. Problems carry the node positions.
 */
final class FlowChecker {
    private record Declared(Node at, boolean question) {}

    private record Edge(String from, String to, Node at, String what) {}

    private record CompareAt(String owner, Condition.Compare compare, Node questionAt, List<Node> operandsAt, String what) {}

    private final NodeReader in;
    private final String flow;
    private final Map<String, Declared> nodes = new LinkedHashMap<>();
    private final Map<String, Question> questions = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<CompareAt> compares = new ArrayList<>();
    private final Map<String, List<Edge>> out = new HashMap<>();
    private final Set<String> reached = new HashSet<>();
    private final List<String> postorder = new ArrayList<>();
    private boolean loops;

    FlowChecker(NodeReader in, String flow) {
        this.in = in;
        this.flow = flow;
    }

    /** Declares a question or outcome id; ids are shared by both and must be unique in the flow. */
    void declare(String id, Node at, boolean question) {
        if (id == null) {
            return;
        }
        Declared first = nodes.putIfAbsent(id, new Declared(at, question));
        if (first != null) {
            in.problem(at, "flow.duplicate-node", new Subject(flow), id, first.at().getStartMark().getLine() + 1);
        }
    }

    /** The question, for checking the values that conditions compare its answer with. */
    void question(Question question) {
        questions.putIfAbsent(question.id(), question);
    }

    /** Notes that the flow can go from {@code from} to {@code to}; {@code what} names the place in messages. */
    void edge(String from, String to, Node at, String what) {
        if (from != null && to != null) {
            edges.add(new Edge(from, to, at, what));
        }
    }

    /** Notes a comparison in a route of question {@code owner}. */
    void compare(String owner, Condition.Compare compare, Node questionAt, List<Node> operandsAt, String what) {
        compares.add(new CompareAt(owner, compare, questionAt, List.copyOf(operandsAt), what));
    }

    /** The id of the first question declared, the default start; null if there is none. */
    String firstQuestion() {
        for (Map.Entry<String, Declared> node : nodes.entrySet()) {
            if (node.getValue().question()) {
                return node.getKey();
            }
        }
        return null;
    }

    /** Runs every check; {@code startAt} is the node of an explicit {@code start}, else null. */
    void check(String start, Node startAt) {
        for (Edge edge : edges) {
            if (nodes.containsKey(edge.to())) {
                out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
            } else {
                in.problem(edge.at(), "flow.unknown-node", new Subject(edge.what()), edge.to(), in.didYouMean(edge.to(), nodes.keySet()));
            }
        }
        if (start == null) {
            return;
        }
        Declared first = nodes.get(start);
        if (first == null || !first.question()) {
            if (first == null) {
                in.problem(startAt, "flow.start-unknown", new Subject(flow), start, in.didYouMean(start, questions.keySet()));
            } else {
                in.problem(startAt, "flow.start-outcome", new Subject(flow), start);
            }
            return;
        }
        walk(start, new ArrayList<>());
        for (Map.Entry<String, Declared> node : nodes.entrySet()) {
            if (!reached.contains(node.getKey())) {
                in.problem(node.getValue().at(), "flow.unreached", new Subject(flow), node.getKey(), start);
            }
        }
        Map<String, Set<String>> answeredBefore = loops ? Map.of() : answeredBefore(start);
        for (CompareAt compare : compares) {
            checkCompare(compare, answeredBefore);
        }
    }

    /** Depth-first walk recording what is reached, the post-order, and every edge that closes a loop. */
    private void walk(String node, List<String> path) {
        reached.add(node);
        path.add(node);
        for (Edge edge : out.getOrDefault(node, List.of())) {
            int back = path.indexOf(edge.to());
            if (back >= 0) {
                loops = true;
                List<String> loop = new ArrayList<>(path.subList(back, path.size()));
                loop.add(edge.to());
                in.problem(edge.at(), "flow.loop", new Subject(edge.what()), edge.to(), String.join(" → ", loop));
            } else if (!reached.contains(edge.to())) {
                walk(edge.to(), path);
            }
        }
        path.remove(path.size() - 1);
        postorder.add(node);
    }

    /** For each reached node, the questions answered on every path from the start to it (the node itself excluded). */
    private Map<String, Set<String>> answeredBefore(String start) {
        Map<String, Set<String>> before = new HashMap<>();
        before.put(start, Set.of());
        for (int i = postorder.size() - 1; i >= 0; i--) {
            String node = postorder.get(i);
            Set<String> known = before.get(node);
            if (known == null) {
                continue;
            }
            Set<String> withNode = new HashSet<>(known);
            if (nodes.get(node).question()) {
                withNode.add(node);
            }
            for (Edge edge : out.getOrDefault(node, List.of())) {
                before.merge(edge.to(), withNode, (a, b) -> {
                    Set<String> both = new HashSet<>(a);
                    both.retainAll(b);
                    return both;
                });
            }
        }
        return before;
    }

    private void checkCompare(CompareAt at, Map<String, Set<String>> answeredBefore) {
        Condition.Compare compare = at.compare();
        Question subject = reference(at, compare.question(), at.questionAt(), answeredBefore);
        for (int i = 0; i < compare.operands().size(); i++) {
            Condition.Operand operand = compare.operands().get(i);
            Node operandAt = at.operandsAt().get(i);
            if (operand.answer() != null) {
                Question other = reference(at, operand.answer(), operandAt, answeredBefore);
                if (subject != null && other != null && compare.op().numeric() && other.type() != Question.Type.NUMBER) {
                    in.problem(operandAt, "flow.compare-numbers", new Subject(at.what()), compare.op().id(), other.id(),
                            other.type().id());
                } else if (subject != null && other != null && !compare.op().numeric() && other.type() != subject.type()) {
                    in.problem(operandAt, "flow.compare-types", new Subject(at.what()), subject.type().id(), subject.id(),
                            other.type().id(), other.id());
                }
            } else if (subject != null) {
                checkConstant(at, subject, operand.constant(), operandAt);
            }
        }
        if (subject != null && compare.op().numeric() && subject.type() != Question.Type.NUMBER) {
            in.problem(at.questionAt(), "flow.compare-numbers", new Subject(at.what()), compare.op().id(), subject.id(),
                    subject.type().id());
        }
    }

    /** The question {@code id} names, after checking it exists and is answered on every path to the route's owner. */
    private Question reference(CompareAt at, String id, Node node, Map<String, Set<String>> answeredBefore) {
        Declared declared = nodes.get(id);
        if (declared == null) {
            in.problem(node, "flow.unknown-question", new Subject(at.what()), id, in.didYouMean(id, questions.keySet()));
            return null;
        }
        if (!declared.question()) {
            in.problem(node, "flow.test-outcome", new Subject(at.what()), id);
            return null;
        }
        Set<String> known = answeredBefore.get(at.owner());
        if (known != null && !id.equals(at.owner()) && !known.contains(id)) {
            in.problem(node, "flow.not-answered", new Subject(at.what()), id, at.owner());
        }
        return questions.get(id);
    }

    private void checkConstant(CompareAt at, Question subject, String value, Node node) {
        if (subject.unknown() && !at.compare().op().numeric() && value.equalsIgnoreCase(Question.UNKNOWN)) {
            return; // the question has an if_unknown branch, so "unknown" is one of its answers
        }
        boolean numeric = at.compare().op().numeric() || subject.type() == Question.Type.NUMBER;
        if (numeric) {
            if (!Condition.isNumber(value)) {
                in.problem(node, "flow.not-number", new Subject(at.what()), value);
            }
            return;
        }
        if (subject.type() == Question.Type.YES_NO && !value.equalsIgnoreCase("yes") && !value.equalsIgnoreCase("no")) {
            in.problem(node, "flow.not-yes-no", new Subject(at.what()), value, subject.id());
        } else if (subject.type() == Question.Type.CHOICE) {
            List<String> values = subject.choices().stream().map(Question.Choice::value).toList();
            if (values.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
                String hint = in.didYouMean(value, values);
                if (hint.isEmpty()) {
                    in.problem(node, "flow.not-a-choice.list", new Subject(at.what()), value, subject.id(), String.join(", ", values));
                } else {
                    in.problem(node, "flow.not-a-choice", new Subject(at.what()), value, subject.id(), hint);
                }
            }
        }
    }
}
