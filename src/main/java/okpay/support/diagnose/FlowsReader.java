package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okpay.support.contact.draft.TicketFact;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Question;
import okpay.support.kb.References;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Shared;
import okpay.support.kb.Subject;
import okpay.support.kb.Terms;
import okpay.support.kb.Text;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the optional {@code flows} section: decision flows of typed questions and outcomes. Each flow is
 * also checked as a graph by {@link FlowChecker}; problems go to the shared {@link NodeReader}.
 */
@Shared
public final class FlowsReader implements SectionReader<List<Flow>> {
    /** The one instance, as {@code kb.get(FlowsReader.SECTION)} names the section. */
    public static final FlowsReader SECTION = new FlowsReader();

    private FlowsReader() {}

    @Override
    public String key() {
        return "flows";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public List<Flow> absent() {
        return List.of();
    }

    @Override
    public Map<String, Integer> counts(List<Flow> value) {
        if (value.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("flows", value.size());
        counts.put("outcomes", value.stream().mapToInt(f -> f.outcomes().size()).sum());
        return counts;
    }

    /**
     * The flow {@code id} of {@code kb}; of a compiled knowledge base (the embedded one) whose flows are not read yet,
     * that flow alone is read: {@code diagnose FLOW} runs one of the flows, and reading them all, every question,
     * condition and outcome with its checks, took a cold start 30 to 40 ms.
     */
    public static Optional<Flow> find(KnowledgeBase kb, String id) {
        Optional<Flow> alone = kb.readAlone(SECTION, new OneFlow(id));
        return alone != null ? alone : kb.get(SECTION).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The first flow whose id is {@code id}, found by its id node and then read alone. */
    private record OneFlow(String id) implements SectionReader.Lookup<Flow> {
        @Override
        public Flow read(Node tree, Context context) {
            if (!(tree instanceof SequenceNode flows)) {
                return null;
            }
            for (Node item : flows.getValue()) {
                if (SectionReader.Lookup.value(item, "id") instanceof ScalarNode value && value.getValue().strip().equals(id)) {
                    return new Flows(context.in(), context.refs()).flow(item);
                }
            }
            return null;
        }
    }

    @Override
    public List<Flow> read(Node node, Context context) {
        return node == null ? List.of() : List.copyOf(new Flows(context.in(), context.refs()).read(node));
    }

    /** One reading of the section, with the file's node reader. */
    private static final class Flows {
        /** Words {@code diagnose} uses itself, so no flow may be called like them. */
        private static final Set<String> RESERVED = Set.of("describe", "list");
        private static final Set<String> QUESTION_KEYS = Set.of("id", "type", "prompt");
        private static final Set<String> QUESTION_OPTIONAL = Set.of(
                "help", "choices", "min", "max", "fact", "tried", "routes", "next", "if_yes", "if_no", "if_unknown", "unit");

        private final NodeReader in;
        private final References refs;

        Flows(NodeReader in, References refs) {
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
                    Set.of("id", "title", "summary", "topic", "questions", "outcomes"), Set.of("faqs", "codes", "start", "examples", "payment"));
            if (f == null) {
                return null;
            }
            String id = f.containsKey("id") ? in.id(f.get("id"), "flow id") : null;
            if (id != null && RESERVED.contains(id)) {
                in.problem(f.get("id"), "flow.reserved-id", id);
            }
            refs.declare(in, References.FLOW, id, f.get("id"));
            String what = NodeReader.named("flow", id);
            Text title = in.text(f, "title", what + " title");
            Text summary = in.text(f, "summary", what + " summary");
            String topic = f.containsKey("topic") ? in.id(f.get("topic"), what + " topic") : null;
            refs.refer("topic", topic, f.get("topic"), what + " topic");
            List<String> faqs = refs.referList(in, f.get("faqs"), "faq", what + " faqs", true);
            Boolean codes = f.containsKey("codes") ? in.bool(f.get("codes"), what + " codes") : Boolean.FALSE;
            Boolean payment = f.containsKey("payment") ? in.bool(f.get("payment"), what + " payment") : Boolean.FALSE;
            Terms examples = f.containsKey("examples") ? in.terms(f.get("examples"), what + " examples") : Terms.NONE;

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
                Outcome outcome = outcomeReader.read(item, what, topic, Boolean.TRUE.equals(payment), graph);
                if (outcome != null) {
                    outcomes.add(outcome);
                }
            }
            String start = f.containsKey("start") ? in.id(f.get("start"), what + " start") : graph.firstQuestion();
            graph.check(start, f.get("start"));
            if (id == null || title == null || summary == null || topic == null || codes == null || payment == null || start == null) {
                return null;
            }
            return new Flow(id, title, summary, topic, faqs, codes, start, questions, outcomes, examples);
        }

        private FlowQuestion question(Node node, String flow, FlowChecker graph) {
            Map<String, Node> f = in.mapping(node, flow + " question", QUESTION_KEYS, QUESTION_OPTIONAL);
            if (f == null) {
                return null;
            }
            String id = f.containsKey("id") ? in.id(f.get("id"), flow + " question id") : null;
            graph.declare(id, f.get("id"), true);
            String what = NodeReader.named(flow + " question", id);
            Question.Type type = type(f.get("type"), what);
            Text prompt = in.text(f, "prompt", what + " prompt");
            Text help = in.optionalText(f.get("help"), what + " help");
            onlyFor(f, "choices", type, Question.Type.CHOICE, what);
            onlyFor(f, "min", type, Question.Type.NUMBER, what);
            onlyFor(f, "max", type, Question.Type.NUMBER, what);
            onlyFor(f, "if_yes", type, Question.Type.YES_NO, what);
            onlyFor(f, "if_no", type, Question.Type.YES_NO, what);
            onlyFor(f, "tried", type, Question.Type.YES_NO, what);
            onlyFor(f, "unit", type, Question.Type.NUMBER, what);
            if (f.containsKey("if_unknown") && type == Question.Type.TEXT) {
                in.problem(f.get("if_unknown"), "flow.text-if-unknown", new Subject(what));
            }
            FlowQuestion.Unit unit = f.containsKey("unit") ? in.enumValue(f.get("unit"), what + " unit", FlowQuestion.Unit.class) : null;
            TicketFact fact = fact(f.get("fact"), what);
            Text tried = in.optionalText(f.get("tried"), what + " tried");

            List<Route> routes = new ArrayList<>();
            // "I don't know" is tested first: it is no number, no choice and neither yes nor no for the routes below.
            String ifUnknown = target(id, f.get("if_unknown"), what + " if_unknown", graph);
            if (ifUnknown != null) {
                routes.add(new Route(answerIs(id, Question.UNKNOWN), ifUnknown));
            }
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

            List<Question.Choice> choices = new ArrayList<>();
            if (type == Question.Type.CHOICE) {
                if (!f.containsKey("choices")) {
                    in.problem(node, "flow.no-choices", new Subject(what));
                } else {
                    choices(f.get("choices"), id, what, hasDefault, graph, choices, routes);
                }
            }
            if (type == Question.Type.YES_NO) {
                for (String answer : List.of("yes", "no")) {
                    String target = target(id, f.get("if_" + answer), what + " if_" + answer, graph);
                    if (target != null && id != null) {
                        routes.add(new Route(answerIs(id, answer), target));
                    } else if (!f.containsKey("if_" + answer) && !hasDefault) {
                        in.problem(node, "flow.no-branch", new Subject(what), answer);
                    }
                }
            }
            if ((type == Question.Type.NUMBER || type == Question.Type.TEXT) && !hasDefault) {
                in.problem(node, "flow.no-next", new Subject(what));
            }
            Double min = f.containsKey("min") ? in.number(f.get("min"), what + " min") : null;
            Double max = f.containsKey("max") ? in.number(f.get("max"), what + " max") : null;
            if (min != null && max != null && min > max) {
                in.problem(f.get("min"), "flow.min-above-max", new Subject(what), min, max);
                return null;
            }
            if (id == null || type == null || prompt == null || (type == Question.Type.CHOICE && choices.isEmpty())) {
                return null;
            }
            Question question = new Question(id, type, prompt, help, type == Question.Type.CHOICE ? choices : List.of(),
                    type == Question.Type.NUMBER ? min : null, type == Question.Type.NUMBER ? max : null,
                    ifUnknown != null && type != Question.Type.TEXT);
            graph.question(question);
            return new FlowQuestion(question, fact, type == Question.Type.YES_NO ? tried : null, routes, next,
                    type == Question.Type.NUMBER ? unit : null);
        }

        /** Reads the choices; each choice's own {@code next} becomes a route after the explicit ones. */
        private void choices(Node node, String id, String what, boolean hasDefault, FlowChecker graph,
                List<Question.Choice> choices, List<Route> routes) {
            Set<String> seen = new HashSet<>();
            for (Node item : in.sequence(node, what + " choices", false)) {
                Map<String, Node> c = in.mapping(item, what + " choice", Set.of("value", "label"), Set.of("next", "words"));
                if (c == null) {
                    continue;
                }
                String value = c.containsKey("value") ? in.string(c.get("value"), what + " choice value") : null;
                if (value != null && !seen.add(value.toLowerCase(Locale.ROOT))) {
                    in.problem(c.get("value"), "flow.choice-twice", new Subject(what), value);
                    continue;
                }
                if (value != null && value.equalsIgnoreCase(Question.UNKNOWN)) {
                    in.problem(c.get("value"), "flow.choice-unknown", new Subject(what));
                    continue;
                }
                Terms words = c.containsKey("words") ? in.terms(c.get("words"), what + " choice '" + value + "' words") : Terms.NONE;
                Text label = in.text(c, "label", what + " choice '" + value + "' label");
                String target = target(id, c.get("next"), what + " choice '" + value + "' next", graph);
                if (!c.containsKey("next") && !hasDefault && value != null) {
                    in.problem(item, "flow.choice-nowhere", new Subject(what), value);
                }
                if (value != null && label != null) {
                    choices.add(new Question.Choice(value, label, words));
                    if (target != null && id != null) {
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

        private Question.Type type(Node node, String what) {
            String value = node == null ? null : in.string(node, what + " type");
            Question.Type type = Question.Type.parse(value);
            if (value != null && type == null) {
                in.problem(node, "flow.bad-type", new Subject(what), value, "yes_no, choice, number, text");
            }
            return type;
        }

        private void onlyFor(Map<String, Node> f, String key, Question.Type type, Question.Type wanted, String what) {
            if (f.containsKey(key) && type != null && type != wanted) {
                in.problem(f.get(key), "flow.only-for", new Subject(what), type.id(), wanted.id(), key);
            }
        }

        private TicketFact fact(Node node, String what) {
            String id = in.optionalString(node, what + " fact");
            TicketFact fact = TicketFact.of(id);
            if (id != null && (fact == null || !fact.shortValue())) {
                in.problem(node, "flow.bad-fact", new Subject(what), id, TicketFact.ids(TicketFact.shortValues()));
                return null;
            }
            return fact;
        }
    }
}
