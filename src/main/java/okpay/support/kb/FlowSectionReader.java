package okpay.support.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code flows} section: decision flows of typed questions and outcomes. Each flow is
 * also checked as a graph by {@link FlowChecker}; problems go to the shared {@link NodeReader}.
 */
final class FlowSectionReader {
    /** Words {@code diagnose} uses itself, so no flow may be called like them. */
    private static final Set<String> RESERVED = Set.of("describe", "list");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "prompt");
    private static final Set<String> QUESTION_OPTIONAL =
            Set.of("help", "choices", "min", "max", "fact", "tried", "routes", "next", "if_yes", "if_no");

    private final NodeReader in;
    private final References refs;

    FlowSectionReader(NodeReader in, References refs) {
        this.in = in;
        this.refs = refs;
    }

    List<Flow> read(Node node) {
        List<Flow> out = new ArrayList<>();
        for (Node item : in.sequence(node, "flows", true)) {
            Flow flow = flow(item);
            if (flow != null) {
                out.add(flow);
            }
        }
        return out;
    }

    private Flow flow(Node node) {
        Map<String, Node> f = in.mapping(node, "flow",
                Set.of("id", "title", "summary", "topic", "questions", "outcomes"), Set.of("faqs", "codes", "start"));
        if (f == null) {
            return null;
        }
        String id = f.containsKey("id") ? in.id(f.get("id"), "flow id") : null;
        if (id != null && RESERVED.contains(id)) {
            in.problem(f.get("id"), "flow id '" + id + "' is reserved: 'diagnose " + id + "' is a command of its own");
        }
        refs.declare(in, "flow", id, f.get("id"));
        String what = "flow '" + id + "'";
        Text title = text(f, "title", what + " title");
        Text summary = text(f, "summary", what + " summary");
        String topic = f.containsKey("topic") ? in.id(f.get("topic"), what + " topic") : null;
        refs.refer("topic", topic, f.get("topic"), what + " topic");
        List<String> faqs = refs.referList(in, f.get("faqs"), "faq", what + " faqs", true);
        Boolean codes = f.containsKey("codes") ? bool(in, f.get("codes"), what + " codes") : Boolean.FALSE;

        FlowChecker graph = new FlowChecker(in, what);
        List<FlowQuestion> questions = new ArrayList<>();
        for (Node item : f.containsKey("questions") ? in.sequence(f.get("questions"), what + " questions", false) : List.<Node>of()) {
            FlowQuestion question = question(item, what, graph);
            if (question != null) {
                questions.add(question);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        OutcomeReader outcomeReader = new OutcomeReader(in, refs);
        for (Node item : f.containsKey("outcomes") ? in.sequence(f.get("outcomes"), what + " outcomes", false) : List.<Node>of()) {
            Outcome outcome = outcomeReader.read(item, what, topic, graph);
            if (outcome != null) {
                outcomes.add(outcome);
            }
        }
        String start = f.containsKey("start") ? in.id(f.get("start"), what + " start") : graph.firstQuestion();
        graph.check(start, f.get("start"));
        if (id == null || title == null || summary == null || topic == null || codes == null || start == null) {
            return null;
        }
        return new Flow(id, title, summary, topic, faqs, codes, start, questions, outcomes);
    }

    private FlowQuestion question(Node node, String flow, FlowChecker graph) {
        Map<String, Node> f = in.mapping(node, flow + " question", QUESTION_KEYS, QUESTION_OPTIONAL);
        if (f == null) {
            return null;
        }
        String id = f.containsKey("id") ? in.id(f.get("id"), flow + " question id") : null;
        graph.declare(id, f.get("id"), true);
        String what = flow + " question '" + id + "'";
        QuestionType type = type(f.get("type"), what);
        Text prompt = text(f, "prompt", what + " prompt");
        Text help = in.optionalText(f.get("help"), what + " help");
        onlyFor(f, "choices", type, QuestionType.CHOICE, what);
        onlyFor(f, "min", type, QuestionType.NUMBER, what);
        onlyFor(f, "max", type, QuestionType.NUMBER, what);
        onlyFor(f, "if_yes", type, QuestionType.YES_NO, what);
        onlyFor(f, "if_no", type, QuestionType.YES_NO, what);
        onlyFor(f, "tried", type, QuestionType.YES_NO, what);
        String fact = fact(f.get("fact"), what);
        Text tried = in.optionalText(f.get("tried"), what + " tried");

        List<Route> routes = new ArrayList<>();
        ConditionReader conditions = new ConditionReader(in, graph, id);
        for (Node item : f.containsKey("routes") ? in.sequence(f.get("routes"), what + " routes", false) : List.<Node>of()) {
            Map<String, Node> r = in.mapping(item, what + " route", Set.of("when", "next"), Set.of());
            if (r == null) {
                continue;
            }
            Condition when = r.containsKey("when") ? conditions.read(r.get("when"), what + " route") : null;
            String target = target(id, r.get("next"), what + " route next", graph);
            if (when != null && target != null) {
                routes.add(new Route(when, target));
            }
        }
        String next = target(id, f.get("next"), what + " next", graph);
        boolean hasDefault = f.containsKey("next");

        List<Choice> choices = new ArrayList<>();
        if (type == QuestionType.CHOICE) {
            if (!f.containsKey("choices")) {
                in.problem(node, what + " is a choice question without choices");
            } else {
                choices(f.get("choices"), id, what, hasDefault, graph, choices, routes);
            }
        }
        if (type == QuestionType.YES_NO) {
            for (String answer : List.of("yes", "no")) {
                String target = target(id, f.get("if_" + answer), what + " if_" + answer, graph);
                if (target != null) {
                    routes.add(new Route(answerIs(id, answer), target));
                } else if (!f.containsKey("if_" + answer) && !hasDefault) {
                    in.problem(node, what + " has no branch for '" + answer + "': give it if_" + answer + " or next");
                }
            }
        }
        if ((type == QuestionType.NUMBER || type == QuestionType.TEXT) && !hasDefault) {
            in.problem(node, what + " has no next: say where the flow goes when no route applies");
        }
        Double min = f.containsKey("min") ? in.number(f.get("min"), what + " min") : null;
        Double max = f.containsKey("max") ? in.number(f.get("max"), what + " max") : null;
        if (min != null && max != null && min > max) {
            in.problem(f.get("min"), what + " min " + min + " is above max " + max);
            return null;
        }
        if (id == null || type == null || prompt == null || (type == QuestionType.CHOICE && choices.isEmpty())) {
            return null;
        }
        Question question = new Question(id, type, prompt, help, type == QuestionType.CHOICE ? choices : List.of(),
                type == QuestionType.NUMBER ? min : null, type == QuestionType.NUMBER ? max : null);
        graph.question(question);
        return new FlowQuestion(question, fact, type == QuestionType.YES_NO ? tried : null, routes, next);
    }

    /** Reads the choices; each choice's own {@code next} becomes a route after the explicit ones. */
    private void choices(Node node, String id, String what, boolean hasDefault, FlowChecker graph,
            List<Choice> choices, List<Route> routes) {
        Set<String> seen = new HashSet<>();
        for (Node item : in.sequence(node, what + " choices", false)) {
            Map<String, Node> c = in.mapping(item, what + " choice", Set.of("value", "label"), Set.of("next"));
            if (c == null) {
                continue;
            }
            String value = c.containsKey("value") ? in.string(c.get("value"), what + " choice value") : null;
            if (value != null && !seen.add(value.toLowerCase(Locale.ROOT))) {
                in.problem(c.get("value"), what + " has the choice '" + value + "' twice");
                continue;
            }
            Text label = text(c, "label", what + " choice '" + value + "' label");
            String target = target(id, c.get("next"), what + " choice '" + value + "' next", graph);
            if (!c.containsKey("next") && !hasDefault && value != null) {
                in.problem(item, what + " choice '" + value + "' leads nowhere: give it a next, or give the question a next");
            }
            if (value != null && label != null) {
                choices.add(new Choice(value, label));
                if (target != null) {
                    routes.add(new Route(answerIs(id, value), target));
                }
            }
        }
    }

    private static Condition answerIs(String question, String value) {
        return new Condition.Compare(question, Condition.Op.EQUALS, List.of(Condition.Operand.constant(value)));
    }

    /** A node id the flow goes to from {@code from}, noted as an edge; null if absent or not an id. */
    private String target(String from, Node node, String what, FlowChecker graph) {
        if (node == null) {
            return null;
        }
        String id = in.id(node, what);
        graph.edge(from, id, node, what);
        return id;
    }

    private QuestionType type(Node node, String what) {
        String value = node == null ? null : in.string(node, what + " type");
        QuestionType type = QuestionType.parse(value);
        if (value != null && type == null) {
            in.problem(node, what + " type '" + value + "' is not one of yes_no, choice, number, text");
        }
        return type;
    }

    private void onlyFor(Map<String, Node> f, String key, QuestionType type, QuestionType wanted, String what) {
        if (f.containsKey(key) && type != null && type != wanted) {
            in.problem(f.get(key), what + " is a " + type.id() + " question; only " + wanted.id() + " questions have " + key);
        }
    }

    private String fact(Node node, String what) {
        String fact = in.optionalString(node, what + " fact");
        if (fact != null && !FlowQuestion.FACTS.contains(fact)) {
            in.problem(node, what + " fact '" + fact + "' is not one of " + String.join(", ", FlowQuestion.FACTS));
            return null;
        }
        return fact;
    }

    private Text text(Map<String, Node> fields, String key, String what) {
        return fields.containsKey(key) ? in.text(fields.get(key), what) : null;
    }

    /** {@code true} or {@code false}, or null with a problem. */
    static Boolean bool(NodeReader in, Node node, String what) {
        String value = in.string(node, what);
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
        }
        if (value != null) {
            in.problem(node, what + " must be true or false, got '" + value + "'");
        }
        return null;
    }
}
