package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * When a walk stops at a question nobody can answer, works out which questions a script has to answer:
 * every way the flow could still go is followed (branches that depend on a missing answer are all taken), and
 * a question unanswered on every such way is certainly needed, one unanswered on only some is possibly needed.
 */
final class MissingAnswers {
    /** Bounds the work on a pathological flow; the result then says it is incomplete. */
    static final int MAX_PATHS = 5000;

    /** The questions needed on every remaining way, those needed on some, and whether every way was followed. */
    record Needed(List<FlowQuestion> certain, List<FlowQuestion> possible, boolean complete) {}

    private final DecisionFlowEngine engine;
    private final Function<String, String> known;
    private final List<Set<String>> paths = new ArrayList<>();
    private final Set<String> order = new LinkedHashSet<>();
    private boolean complete = true;

    private MissingAnswers(DecisionFlowEngine engine, Function<String, String> known) {
        this.engine = engine;
        this.known = known;
    }

    /**
     * @param answered the answers on the path so far
     * @param peek     a valid answer given up front for a question further on, without asking or recording it
     */
    static Needed after(DecisionFlowEngine engine, FlowQuestion stoppedAt, Map<String, String> answered,
            Function<FlowQuestion, Optional<String>> peek) {
        Function<String, String> known = id -> answered.containsKey(id) ? answered.get(id)
                : peek.apply(engine.question(id)).orElse(null);
        MissingAnswers search = new MissingAnswers(engine, known);
        search.explore(stoppedAt.id(), new ArrayList<>());
        Set<String> certain = new HashSet<>(search.paths.isEmpty() ? Set.of() : search.paths.get(0));
        search.paths.forEach(certain::retainAll);
        List<FlowQuestion> sure = new ArrayList<>();
        List<FlowQuestion> maybe = new ArrayList<>();
        for (String id : search.order) {
            (certain.contains(id) ? sure : maybe).add(engine.question(id));
        }
        // Certain ones in the order they will be asked; possible ones in the flow's own order, which reads best.
        List<FlowQuestion> declared = engine.flow().questions();
        maybe.sort(Comparator.comparingInt(declared::indexOf));
        return new Needed(sure, maybe, search.complete);
    }

    private void explore(String node, List<String> missing) {
        if (paths.size() >= MAX_PATHS) {
            complete = false;
            return;
        }
        if (engine.flow().outcome(node).isPresent()) {
            paths.add(new HashSet<>(missing));
            return;
        }
        FlowQuestion question = engine.question(node);
        boolean unknown = known.apply(node) == null;
        if (unknown) {
            missing.add(node);
            order.add(node);
        }
        for (String next : engine.possibleNext(question, known)) {
            explore(next, missing);
        }
        if (unknown) {
            missing.remove(missing.size() - 1);
        }
    }
}
