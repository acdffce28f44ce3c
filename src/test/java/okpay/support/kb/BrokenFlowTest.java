package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken decision flows and decline codes, each with the exact {@code file:line:column: message} of {@code kb validate}. */
class BrokenFlowTest {
    @TempDir
    Path dir;

    static String flowKb() throws IOException {
        try (InputStream in = BrokenFlowTest.class.getResourceAsStream("/kb/flow.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final String ROUTE_IN_RETRIED = "        routes:\n          - when: %s\n            next: call-support\n        if_yes: error\n";

    /** name, text to replace in flow.yaml, replacement, expected "line:column: message". */
    static Stream<Arguments> brokenFlows() {
        return Stream.of(
                Arguments.of("dangling next", "        next: balance\n", "        next: balanse\n",
                        "116:15: flow 'payment-failed' question 'amount' next refers to unknown node 'balanse' (did you mean 'balance'?)"),
                Arguments.of("unreachable node", "        if_no: restart\n", "        if_no: call-support\n",
                        "144:13: flow 'payment-failed' node 'restart' is never reached from the start 'kind'; link it from a question or remove it"),
                Arguments.of("cycle", "        next: call-support\n", "        next: kind\n",
                        "135:15: flow 'payment-failed' question 'error' next leads back to 'kind', a loop (kind → amount → balance → retried"
                                + " → error → kind); every path must move on to an outcome"),
                Arguments.of("outcome without steps", "        steps:\n          - {zh: 先充值。, en: Top up first.}\n        retry: soft\n",
                        "        retry: soft\n",
                        "137:9: flow 'payment-failed' outcome 'low-balance' has no steps: an outcome must say what to do"),
                Arguments.of("outcome with an empty list of steps", "        steps:\n          - {zh: 先充值。, en: Top up first.}\n        retry: soft\n",
                        "        steps: []\n        retry: soft\n",
                        "140:16: flow 'payment-failed' outcome 'low-balance' has no steps: an outcome must say what to do"),
                Arguments.of("choice without branch", "{zh: 充值, en: Topping up}, next: retried}", "{zh: 充值, en: Topping up}}",
                        "110:13: flow 'payment-failed' question 'kind' choice 'top-up' leads nowhere: give it a next, or give the question a next"),
                Arguments.of("yes/no question without a branch for no", "        if_no: restart\n", "",
                        "125:9: flow 'payment-failed' question 'retried' has no branch for 'no': give it if_no or next"),
                Arguments.of("number question without next", "        next: retried\n      - id: retried", "      - id: retried",
                        "117:9: flow 'payment-failed' question 'balance' has no next: say where the flow goes when no route applies"),
                Arguments.of("condition on a question not asked on every path", "        if_yes: error\n",
                        String.format(ROUTE_IN_RETRIED, "{answer: amount, above: 100}"),
                        "130:28: flow 'payment-failed' question 'retried' route tests 'amount', which is not answered on every path to"
                                + " 'retried'; test only questions asked before it"),
                Arguments.of("condition value that is not a choice", "        if_yes: error\n",
                        String.format(ROUTE_IN_RETRIED, "{answer: kind, equals: sned}"),
                        "130:42: flow 'payment-failed' question 'retried' route: 'sned' is not a choice of 'kind' (did you mean 'send'?)"),
                Arguments.of("numeric comparison of a choice question", "        if_yes: error\n",
                        String.format(ROUTE_IN_RETRIED, "{answer: kind, below: 3}"),
                        "130:28: flow 'payment-failed' question 'retried' route: 'below' compares numbers, but 'kind' is a choice question"),
                Arguments.of("condition without a comparison", "{answer: balance, below: {answer: amount}}", "{answer: balance}",
                        "122:19: flow 'payment-failed' question 'balance' route needs 'answer: QUESTION' and exactly one of equals,"
                                + " not_equals, in, below, at_most, above, at_least (or a list under 'all' or 'any')"),
                Arguments.of("comparison with an outcome", "{answer: balance, below: {answer: amount}}",
                        "{answer: balance, below: {answer: restart}}",
                        "122:44: flow 'payment-failed' question 'balance' route refers to 'restart', which is an outcome, not a question"),
                Arguments.of("unknown question type", "        type: text\n", "        type: free_text\n",
                        "132:15: flow 'payment-failed' question 'error' type 'free_text' is not one of yes_no, choice, number, text"),
                Arguments.of("key of another question type", "en: Restarted the app}\n", "en: Restarted the app}\n        min: 1\n",
                        "129:14: flow 'payment-failed' question 'retried' is a yes_no question; only number questions have min"),
                Arguments.of("reserved flow id", "  - id: payment-failed", "  - id: describe",
                        "98:9: flow id 'describe' is reserved: 'diagnose describe' is a command of its own"),
                Arguments.of("unknown start", "    questions:\n", "    start: knd\n    questions:\n",
                        "104:12: flow 'payment-failed' start refers to unknown question 'knd' (did you mean 'kind'?)"),
                Arguments.of("duplicate node id", "      - id: error\n", "      - id: amount\n",
                        "131:13: flow 'payment-failed' has two nodes with id 'amount' (first defined at line 111)"),
                Arguments.of("dangling faq of an outcome", "        escalate: true\n", "        escalate: true\n        faqs: [funds-not-recieved]\n",
                        "159:16: flow 'payment-failed' outcome 'call-support' faqs refers to unknown faq 'funds-not-recieved'"
                                + " (did you mean 'funds-not-received'?)"),
                Arguments.of("escalate that is not a boolean", "        escalate: true\n", "        escalate: maybe\n",
                        "158:19: flow 'payment-failed' outcome 'call-support' escalate must be true or false, got 'maybe'"),
                Arguments.of("unknown retry class", "        retry: soft\n        escalate: false\n      - id: restart",
                        "        retry: later\n        escalate: false\n      - id: restart",
                        "142:16: flow 'payment-failed' outcome 'low-balance' retry 'later' is not one of soft, hard, none"),
                Arguments.of("decline code listed twice, ignoring case", "    - codes: [fraudulent]", "    - codes: [INSUFFICIENT_FUNDS]",
                        "171:15: duplicate decline code id 'insufficient_funds' (first defined at line 163)"),
                Arguments.of("malformed decline code", "    - codes: [fraudulent]", "    - codes: [fraud-ulent]",
                        "171:15: decline code 'fraud-ulent' must be letters and digits joined by '_' (like 51, N7, do_not_honor)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFlows")
    void reportsTheProblemAtItsPosition(String name, String target, String replacement, String expected) throws IOException {
        String original = flowKb();
        assertEquals(1, original.split(java.util.regex.Pattern.quote(target), -1).length - 1, "test setup: flow.yaml must contain " + target + " once");
        KbValidation.assertReported(dir, original, target, replacement, expected);
    }

    @Test
    void flowFileIsValidAndCounted() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, flowKb());
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("1 troubleshooting flows with 3 outcomes, 3 decline codes"), result.out());
    }

    @Test
    void aDanglingNextAlsoReportsWhatItCutsOff() throws IOException {
        Path file = dir.resolve("dangling.yaml");
        Files.writeString(file, flowKb().replace("        next: balance\n", "        next: balanse\n"));
        List<String> problems = CliRunner.runEn("kb", "validate", file.toString()).out().lines()
                .filter(l -> l.startsWith(file + ":1")).toList();
        assertEquals(List.of(file + ":116:15: flow 'payment-failed' question 'amount' next refers to unknown node 'balanse' (did you mean 'balance'?)",
                file + ":117:13: flow 'payment-failed' node 'balance' is never reached from the start 'kind'; link it from a question or remove it",
                file + ":137:13: flow 'payment-failed' node 'low-balance' is never reached from the start 'kind'; link it from a question or remove it"),
                problems);
    }

    @Test
    void aBrokenFlowStopsEveryCommandWithTheProblem() throws IOException {
        Path file = dir.resolve("loop.yaml");
        Files.writeString(file, flowKb().replace("        next: call-support\n", "        next: kind\n"));
        CliRunner.Result result = CliRunner.runEn("--kb", file.toString(), "diagnose", "payment-failed");
        assertEquals(4, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().contains(file + ":135:15: flow 'payment-failed' question 'error' next leads back to 'kind'"), result.err());
    }

    @Test
    void olderFilesWithoutTheNewSectionsStillLoad() {
        CliRunner.Result result = new CliRunner().env("OKPAY_SUPPORT_KB", resource("/kb/minimal.yaml")).run("diagnose");
        assertEquals(0, result.exitCode(), result.toString());
        CliRunner.Result run = new CliRunner().env("OKPAY_SUPPORT_KB", resource("/kb/minimal.yaml")).run("diagnose", "declined-tx");
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("this knowledge base has no troubleshooting flows"), run.err());
    }

    private static String resource(String name) {
        try {
            return Path.of(BrokenFlowTest.class.getResource(name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
