package okpay.support.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import okpay.support.diagnose.Condition;
import okpay.support.diagnose.DecisionFlowEngine;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowQuestion;
import okpay.support.diagnose.Route;
import okpay.support.kb.Question;

/**
 * Finds, for each outcome of a flow, answers that reach it, by walking the real engine through every choice, yes and
 * no, and numbers on both sides of each constant the flow's conditions compare with: so a table of answers need not
 * be written, or rewritten, for every flow a writer adds or rewires.
 */
public final class FlowExplorer {
    private final Flow flow;
    private final DecisionFlowEngine engine;
    private final List<String> numbers;
    private final Map<String, Map<String, String>> reached = new LinkedHashMap<>();

    private FlowExplorer(Flow flow) {
        this.flow = flow;
        this.engine = new DecisionFlowEngine(flow);
        this.numbers = numbers(flow);
    }

    /** Each outcome the walks reached, by id, with the answers (question id to canonical answer) of one walk there. */
    public static Map<String, Map<String, String>> reachableOutcomes(Flow flow) {
        FlowExplorer explorer = new FlowExplorer(flow);
        explorer.explore(new LinkedHashMap<>());
        return explorer.reached;
    }

    private void explore(Map<String, String> given) {
        if (reached.size() == flow.outcomes().size()) {
            return; // every outcome found: the rest of the tree adds nothing
        }
        DecisionFlowEngine.Walk walk = engine.walk(question -> Optional.ofNullable(given.get(question.id())));
        if (walk.outcome() != null) {
            reached.putIfAbsent(walk.outcome().id(), walk.answers());
            return;
        }
        FlowQuestion next = walk.stoppedAt();
        for (String answer : candidates(next.question())) {
            given.put(next.id(), answer);
            explore(given);
            given.remove(next.id());
        }
    }

    private List<String> candidates(Question question) {
        List<String> answers = new ArrayList<>(known(question));
        if (question.unknown()) {
            answers.add(Question.UNKNOWN);
        }
        return answers;
    }

    private List<String> known(Question question) {
        return switch (question.type()) {
            case YES_NO -> List.of("yes", "no");
            case CHOICE -> question.choices().stream().map(Question.Choice::value).toList();
            case TEXT -> List.of("something went wrong");
            case NUMBER -> numbers.stream().filter(n -> within(question, Double.parseDouble(n))).toList();
        };
    }

    private static boolean within(Question question, double value) {
        return (question.min() == null || value >= question.min()) && (question.max() == null || value <= question.max());
    }

    /** 0, 1, 10, 1000 and each numeric constant of the flow's conditions, one above and one below it. */
    private static List<String> numbers(Flow flow) {
        TreeSet<Double> values = new TreeSet<>(List.of(0.0, 1.0, 10.0, 1000.0));
        for (FlowQuestion question : flow.questions()) {
            for (Route route : question.routes()) {
                constants(route.when(), values);
            }
        }
        List<String> out = new ArrayList<>();
        for (double value : values) {
            out.add(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
        }
        return out;
    }

    private static void constants(Condition condition, TreeSet<Double> values) {
        if (condition instanceof Condition.All all) {
            all.conditions().forEach(c -> constants(c, values));
        } else if (condition instanceof Condition.Any any) {
            any.conditions().forEach(c -> constants(c, values));
        } else if (condition instanceof Condition.Compare compare && compare.op().numeric()) {
            for (Condition.Operand operand : compare.operands()) {
                if (operand.constant() != null && Condition.isNumber(operand.constant())) {
                    double value = Double.parseDouble(operand.constant());
                    values.addAll(List.of(value - 1, value, value + 1));
                }
            }
        }
    }
}
