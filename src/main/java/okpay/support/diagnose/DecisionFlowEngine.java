package okpay.support.diagnose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs any decision flow of the knowledge base: gets the answer to each question on the path, follows the
 * first route whose condition holds (else the question's {@code next}), and stops at an outcome, or at the
 * first question nobody can answer. Knows nothing of terminals or flags: answers come from an {@link AnswerSource}.
 */
public final class DecisionFlowEngine {
    private final Flow flow;

    public DecisionFlowEngine(Flow flow) {
        this.flow = flow;
    }

    /** Where answers come from: the canonical answer to a question, or empty when it cannot be had now. */
    @FunctionalInterface
    public interface AnswerSource {
        Optional<String> answer(FlowQuestion question);
    }

    /** A question on the path and its canonical answer. */
    public record Step(FlowQuestion question, String answer) {}

    /** A walk through the flow: the path, and either the outcome reached or the question it stopped at. */
    public record Walk(List<Step> path, Outcome outcome, FlowQuestion stoppedAt) {
        public Walk {
            path = List.copyOf(path);
        }

        /** The answers on the path, by question id, in the order given. */
        public Map<String, String> answers() {
            Map<String, String> answers = new LinkedHashMap<>();
            path.forEach(step -> answers.put(step.question().id(), step.answer()));
            return answers;
        }
    }

    /** Walks from the start until an outcome, or until {@code source} has no answer. */
    public Walk walk(AnswerSource source) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<Step> path = new ArrayList<>();
        String node = flow.start();
        // Flows are checked free of loops when loaded; the bound only turns a bug into an error, not a hang.
        for (int visited = 0; visited <= flow.questions().size(); visited++) {
            Optional<Outcome> outcome = flow.outcome(node);
            if (outcome.isPresent()) {
                return new Walk(path, outcome.get(), null);
            }
            FlowQuestion question = question(node);
            Optional<String> answer = source.answer(question);
            if (answer.isEmpty()) {
                return new Walk(path, null, question);
            }
            answers.put(question.id(), answer.get());
            path.add(new Step(question, answer.get()));
            List<String> next = possibleNext(question, answers::get);
            if (next.size() != 1) {
                throw new IllegalStateException("flow " + flow.id() + ": no single way on from " + question.id());
            }
            node = next.get(0);
        }
        throw new IllegalStateException("flow " + flow.id() + " did not reach an outcome");
    }

    /** The flow's question {@code id}; the knowledge base was checked, so it exists. */
    FlowQuestion question(String id) {
        return flow.question(id).orElseThrow(() -> new IllegalStateException("flow " + flow.id() + " has no node " + id));
    }

    Flow flow() {
        return flow;
    }

    /**
     * Where the flow can go after {@code question}, given the answers {@code lookup} knows (null: unknown).
     * With every tested answer known that is exactly one node; a route whose condition cannot be decided yet
     * adds its target and the search goes on, so the list holds every node still possible, in route order.
     */
    List<String> possibleNext(FlowQuestion question, Function<String, String> lookup) {
        List<String> targets = new ArrayList<>();
        for (Route route : question.routes()) {
            Boolean holds = holds(route.when(), lookup);
            if (holds == null) {
                addOnce(targets, route.next());
            } else if (holds) {
                addOnce(targets, route.next());
                return targets;
            }
        }
        if (question.next() != null) {
            addOnce(targets, question.next());
        }
        return targets;
    }

    /** Whether {@code condition} holds: true, false, or null when an answer it tests is unknown. */
    static Boolean holds(Condition condition, Function<String, String> lookup) {
        if (condition instanceof Condition.All all) {
            boolean unknown = false;
            for (Condition part : all.conditions()) {
                Boolean holds = holds(part, lookup);
                if (Boolean.FALSE.equals(holds)) {
                    return false;
                }
                unknown |= holds == null;
            }
            return unknown ? null : true;
        }
        if (condition instanceof Condition.Any any) {
            boolean unknown = false;
            for (Condition part : any.conditions()) {
                Boolean holds = holds(part, lookup);
                if (Boolean.TRUE.equals(holds)) {
                    return true;
                }
                unknown |= holds == null;
            }
            return unknown ? null : false;
        }
        return compare((Condition.Compare) condition, lookup);
    }

    private static Boolean compare(Condition.Compare compare, Function<String, String> lookup) {
        String left = lookup.apply(compare.question());
        if (left == null) {
            return null;
        }
        boolean unknown = false;
        for (Condition.Operand operand : compare.operands()) {
            String right = operand.constant() != null ? operand.constant() : lookup.apply(operand.answer());
            if (right == null) {
                unknown = true;
                continue;
            }
            // An answer that is no number ("unknown") is neither below nor above anything.
            boolean ordered = !compare.op().numeric() || (Condition.isNumber(left) && Condition.isNumber(right));
            boolean holds = switch (compare.op()) {
                case EQUALS, IN -> same(left, right);
                case NOT_EQUALS -> !same(left, right);
                case BELOW -> ordered && order(left, right) < 0;
                case AT_MOST -> ordered && order(left, right) <= 0;
                case ABOVE -> ordered && order(left, right) > 0;
                case AT_LEAST -> ordered && order(left, right) >= 0;
            };
            if (holds && compare.op() == Condition.Op.IN) {
                return true;
            }
            if (compare.op() != Condition.Op.IN) {
                return holds;
            }
        }
        return unknown ? null : false;
    }

    /** Equal as numbers when both are numbers ({@code 5} = {@code 5.0}), else as text ignoring case. */
    private static boolean same(String left, String right) {
        if (Condition.isNumber(left) && Condition.isNumber(right)) {
            return new BigDecimal(left).compareTo(new BigDecimal(right)) == 0;
        }
        return left.strip().equalsIgnoreCase(right.strip());
    }

    private static int order(String left, String right) {
        return new BigDecimal(left).compareTo(new BigDecimal(right));
    }

    private static void addOnce(List<String> targets, String target) {
        if (!targets.contains(target)) {
            targets.add(target);
        }
    }
}
