package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code diagnose --exit-status}: exit 10 for an outcome that says to contact someone, from the model, never the text. */
class ExitStatusTest {
    private static final String[] ESCALATING = {"diagnose", "payment-failed", "--no-input", "--answer", "kind=send", "--answer",
        "amount=120", "--answer", "balance=500", "--answer", "retried=yes", "--answer", "error=E51"};
    private static final String[] NOT_ESCALATING = {"diagnose", "payment-failed", "--no-input", "--answer", "kind=send", "--answer",
        "amount=120", "--answer", "balance=50"};

    private static CliRunner.Result run(String[] args, String... more) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
        return Fixtures.run("flow.yaml", all);
    }

    @Test
    void anEscalatingOutcomeExits10WithTheFlagAnd0Without() {
        assertEquals(10, run(ESCALATING, "--exit-status", "--format", "json").exitCode());
        assertEquals(10, run(ESCALATING, "--exit-status").exitCode());
        assertEquals(0, run(ESCALATING).exitCode());
    }

    @Test
    void anOutcomeThatDoesNotEscalateExits0EitherWay() {
        assertEquals(0, run(NOT_ESCALATING, "--exit-status").exitCode());
        assertEquals(0, run(NOT_ESCALATING).exitCode());
    }

    @Test
    void theDocumentSaysTheSameAsTheExitCode() {
        assertEquals(true, run(ESCALATING, "--exit-status", "--format", "json").out().contains("\"escalate\" : true"));
        assertEquals(true, run(NOT_ESCALATING, "--exit-status", "--format", "json").out().contains("\"escalate\" : false"));
    }

    @ParameterizedTest
    @CsvSource({"processing_error, 10", "59, 10", "recipient_cannot_receive, 10", "51, 0", "insufficient_funds, 0",
            "fraudulent, 0", "zz99, 3"})
    void declineCodesEscalateWhenSomeoneElseHasToAct(String code, int exit) {
        // OKPay, the issuer or the recipient acts: escalate; the customer acts (fraudulent: use another method): don't
        assertEquals(exit, Fixtures.run("flows.yaml", "diagnose", "declined-tx", "--code", code, "--exit-status").exitCode());
        assertEquals(exit == 10 ? 0 : exit, Fixtures.run("flows.yaml", "diagnose", "declined-tx", "--code", code).exitCode());
    }

    @ParameterizedTest
    @CsvSource({"platform, true", "issuer, true", "recipient, true", "customer, false", "none, false"})
    void whoActsDecides(String whoActs, boolean escalates) {
        DeclineCodeResult result = new DeclineCodeResult("x", "x", true, List.of("x"), "named", "t", "m", whoActs, "w", "soft", "a",
                List.of(), true, null, null, "f", "funds", "Money", List.of(), List.of());
        assertEquals(escalates, result.escalates());
        DeclineCodeResult unknown = new DeclineCodeResult("x", "x", false, List.of(), null, "t", null, whoActs, null, null, null,
                List.of(), true, null, null, "f", "funds", "Money", List.of(), List.of());
        assertEquals(false, unknown.escalates(), "an unknown code is exit 3, never 10");
    }
}
