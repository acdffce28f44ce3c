package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okpay.support.contact.draft.TicketFact;
import okpay.support.diagnose.Condition.Compare;
import okpay.support.diagnose.Condition.Op;
import okpay.support.diagnose.Condition.Operand;
import okpay.support.kb.Question;
import okpay.support.kb.Text;
import org.junit.jupiter.api.Test;

/** The engine on its own: conditions, branching, stopping at an unanswerable question, what a script still needs. */
class DecisionFlowEngineTest {
    private static final Text T = Text.same("t");

    private static Compare is(String question, Op op, String... constants) {
        return new Compare(question, op, java.util.Arrays.stream(constants).map(Operand::constant).toList());
    }

    private static Outcome outcome(String id) {
        return new Outcome(id, T, T, List.of(T), Retry.SOFT, false, "funds", List.of());
    }

    /** kind: send → amount → balance (below amount → low, else retried); top-up → retried; retried: yes → call, no → restart. */
    static final Flow FLOW = new Flow("t", T, T, "funds", List.of(), false, "kind", List.of(
            new FlowQuestion(Question.choice("kind", T, null, List.of(new Question.Choice("send", T), new Question.Choice("top-up", T))), null, null,
                    List.of(new Route(is("kind", Op.EQUALS, "send"), "amount"), new Route(is("kind", Op.EQUALS, "top-up"), "retried")), null),
            new FlowQuestion(Question.number("amount", T, null, 0.0, null), TicketFact.AMOUNT, null, List.of(), "balance"),
            new FlowQuestion(Question.number("balance", T, null, 0.0, null), null, null,
                    List.of(new Route(new Compare("balance", Op.BELOW, List.of(Operand.answer("amount"))), "low")), "retried"),
            new FlowQuestion(Question.yesNo("retried", T, null), null, T,
                    List.of(new Route(is("retried", Op.EQUALS, "yes"), "call"), new Route(is("retried", Op.EQUALS, "no"), "restart")), null)),
            List.of(outcome("low"), outcome("restart"), outcome("call")));

    private static DecisionFlowEngine.Walk walk(Map<String, String> answers) {
        return new DecisionFlowEngine(FLOW).walk(q -> Optional.ofNullable(answers.get(q.id())));
    }

    @Test
    void comparesOneAnswerWithAnother() {
        assertEquals("low", walk(Map.of("kind", "send", "amount", "120", "balance", "50")).outcome().id());
        assertEquals("call", walk(Map.of("kind", "send", "amount", "120", "balance", "120.00", "retried", "yes")).outcome().id(),
                "equal is not below");
    }

    @Test
    void stopsAtTheFirstQuestionWithoutAnAnswer() {
        DecisionFlowEngine.Walk walk = walk(Map.of("kind", "send", "balance", "5"));
        assertNull(walk.outcome());
        assertEquals("amount", walk.stoppedAt().id());
        assertEquals(Map.of("kind", "send"), walk.answers());
    }

    @Test
    void conditionsAreThreeValued() {
        Map<String, String> answers = new HashMap<>(Map.of("a", "5", "b", "Swift"));
        assertEquals(true, DecisionFlowEngine.holds(is("a", Op.EQUALS, "5.0"), answers::get), "numbers compare as numbers");
        assertEquals(true, DecisionFlowEngine.holds(is("b", Op.EQUALS, "swift"), answers::get), "values ignore case");
        assertEquals(true, DecisionFlowEngine.holds(is("b", Op.IN, "sepa", "SWIFT"), answers::get));
        assertEquals(false, DecisionFlowEngine.holds(is("b", Op.NOT_EQUALS, "swift"), answers::get));
        assertEquals(true, DecisionFlowEngine.holds(is("a", Op.AT_LEAST, "5"), answers::get));
        assertEquals(false, DecisionFlowEngine.holds(is("a", Op.ABOVE, "5"), answers::get));
        assertEquals(true, DecisionFlowEngine.holds(is("a", Op.AT_MOST, "10"), answers::get));
        assertNull(DecisionFlowEngine.holds(is("c", Op.EQUALS, "x"), answers::get), "unknown answer");
        Condition unknownAndFalse = new Condition.All(List.of(is("c", Op.EQUALS, "x"), is("a", Op.BELOW, "1")));
        assertEquals(false, DecisionFlowEngine.holds(unknownAndFalse, answers::get), "false decides an 'all' even with an unknown part");
        Condition unknownOrTrue = new Condition.Any(List.of(is("c", Op.EQUALS, "x"), is("a", Op.BELOW, "10")));
        assertEquals(true, DecisionFlowEngine.holds(unknownOrTrue, answers::get), "true decides an 'any' even with an unknown part");
        assertNull(DecisionFlowEngine.holds(new Condition.Any(List.of(is("c", Op.EQUALS, "x"), is("a", Op.BELOW, "1"))), answers::get));
    }

    @Test
    void anUnknownAnswerKeepsEveryBranchItCouldTake() {
        DecisionFlowEngine engine = new DecisionFlowEngine(FLOW);
        FlowQuestion balance = engine.question("balance");
        assertEquals(List.of("low", "retried"), engine.possibleNext(balance, Map.of("amount", "10")::get));
        assertEquals(List.of("retried"), engine.possibleNext(balance, Map.of("amount", "10", "balance", "10")::get));
        assertEquals(List.of("amount", "retried"), engine.possibleNext(engine.question("kind"), id -> null));
    }

    @Test
    void missingAnswersAreCertainWhenEveryWayNeedsThem() {
        DecisionFlowEngine engine = new DecisionFlowEngine(FLOW);
        MissingAnswers.Needed fromStart = MissingAnswers.after(engine, engine.question("kind"), Map.of(), q -> Optional.empty());
        assertEquals(List.of("kind"), fromStart.certain().stream().map(FlowQuestion::id).toList());
        assertEquals(List.of("amount", "balance", "retried"), fromStart.possible().stream().map(FlowQuestion::id).toList());

        // With the balance known to cover any amount that is given later, 'retried' is needed on every way.
        MissingAnswers.Needed afterSend = MissingAnswers.after(engine, engine.question("amount"), Map.of("kind", "send"),
                q -> q.id().equals("balance") ? Optional.of("0") : Optional.empty());
        assertEquals(List.of("amount"), afterSend.certain().stream().map(FlowQuestion::id).toList());
        assertEquals(List.of("retried"), afterSend.possible().stream().map(FlowQuestion::id).toList(),
                "a balance of 0 may be below the amount, so retried is only possible");
        assertEquals(true, afterSend.complete());
    }
}
