package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.KbValidation;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken decision flows and decline codes, each with the exact {@code file:line:column: message} of {@code kb validate}. */
public class BrokenFlowTest {
    @TempDir
    Path dir;

    private static final String FLOW = KbValidation.fixture("flow.yaml");
    private static final String ROUTE_IN_RETRIED = "        routes:\n          - when: %s\n            next: call-support\n        if_yes: error\n";

    /** name, text to replace in flow.yaml, replacement, message expected at the marker ‸ of either. */
    public static Stream<Arguments> brokenFlows() {
        return Stream.of(
                Arguments.of("agent block with a misspelt key", "        escalate: {zh: 转风控团队。, en: Pass it to the risk team.}\n",
                        "        ‸escalation: {zh: 转风控团队。, en: Pass it to the risk team.}\n",
                        "unknown key 'escalation' in decline code 'fraudulent' agent (did you mean 'escalate'?)"),
                Arguments.of("empty agent block on an outcome", "      - id: low-balance\n", "      - id: low-balance\n        agent: ‸{}\n",
                        "flow 'payment-failed' outcome 'low-balance' agent is empty: give at least one of escalate, notes, reason, tell"),
                Arguments.of("agent note in one language", "    topic: funds\n    keywords:",
                        "    topic: funds\n    agent: {notes: [‸{en: Only in English.}]}\n    keywords:",
                        "faq 'funds-not-received' agent notes item is missing the Chinese (zh) translation"),
                Arguments.of("dangling next", "        next: balance\n", "        next: ‸balanse\n",
                        "flow 'payment-failed' question 'amount' next refers to unknown node 'balanse' (did you mean 'balance'?)"),
                Arguments.of("cycle", "        next: call-support\n", "        next: ‸kind\n",
                        "flow 'payment-failed' question 'error' next leads back to 'kind', a loop (kind → amount → balance → retried"
                                + " → error → kind); every path must move on to an outcome"),
                Arguments.of("outcome with an empty list of steps", "        steps:\n          - {zh: 先充值。, en: Top up first.}\n        retry: soft\n",
                        "        steps: ‸[]\n        retry: soft\n",
                        "flow 'payment-failed' outcome 'low-balance' has no steps: an outcome must say what to do"),
                Arguments.of("choice without branch", "‸{value: top-up, label: {zh: 充值, en: Topping up}, next: retried}",
                        "{value: top-up, label: {zh: 充值, en: Topping up}}",
                        "flow 'payment-failed' question 'kind' choice 'top-up' leads nowhere: give it a next, or give the question a next"),
                Arguments.of("condition on a question not asked on every path", "        if_yes: error\n",
                        String.format(ROUTE_IN_RETRIED, "{answer: ‸amount, above: 100}"),
                        "flow 'payment-failed' question 'retried' route tests 'amount', which is not answered on every path to"
                                + " 'retried'; test only questions asked before it"),
                Arguments.of("condition value that is not a choice", "        if_yes: error\n",
                        String.format(ROUTE_IN_RETRIED, "{answer: kind, equals: ‸sned}"),
                        "flow 'payment-failed' question 'retried' route: 'sned' is not a choice of 'kind' (did you mean 'send'?)"),
                Arguments.of("numeric comparison of a choice question", "        if_yes: error\n",
                        String.format(ROUTE_IN_RETRIED, "{answer: ‸kind, below: 3}"),
                        "flow 'payment-failed' question 'retried' route: 'below' compares numbers, but 'kind' is a choice question"),
                Arguments.of("condition without a comparison", "{answer: balance, below: {answer: amount}}", "‸{answer: balance}",
                        "flow 'payment-failed' question 'balance' route needs 'answer: QUESTION' and exactly one of equals,"
                                + " not_equals, in, below, at_most, above, at_least (or a list under 'all' or 'any')"),
                Arguments.of("comparison with an outcome", "{answer: balance, below: {answer: amount}}",
                        "{answer: balance, below: ‸{answer: restart}}",
                        "flow 'payment-failed' question 'balance' route refers to 'restart', which is an outcome, not a question"),
                Arguments.of("unknown question type", "        type: text\n", "        type: ‸free_text\n",
                        "flow 'payment-failed' question 'error' type 'free_text' is not one of yes_no, choice, number, text"),
                Arguments.of("key of another question type", "en: Restarted the app}\n", "en: Restarted the app}\n        min: ‸1\n",
                        "flow 'payment-failed' question 'retried' is a yes_no question; only number questions have min"),
                Arguments.of("reserved flow id", "  - id: payment-failed", "  - id: ‸describe",
                        "flow id 'describe' is reserved: 'diagnose describe' is a command of its own"),
                Arguments.of("unknown start", "    questions:\n", "    start: ‸knd\n    questions:\n",
                        "flow 'payment-failed' start refers to unknown question 'knd' (did you mean 'kind'?)"),
                Arguments.of("duplicate node id", "      - id: error\n", "      - id: ‸amount\n",
                        "flow 'payment-failed' has two nodes with id 'amount' (first defined at line "
                                + Marker.find(FLOW, "‸      - id: amount\n").line() + ")"),
                Arguments.of("dangling faq of an outcome", "        escalate: true\n", "        escalate: true\n        faqs: [‸funds-not-recieved]\n",
                        "flow 'payment-failed' outcome 'call-support' faqs refers to unknown faq 'funds-not-recieved'"
                                + " (did you mean 'funds-not-received'?)"),
                Arguments.of("escalate that is not a boolean", "        escalate: true\n", "        escalate: ‸maybe\n",
                        "flow 'payment-failed' outcome 'call-support' escalate must be true or false, got 'maybe'"),
                Arguments.of("unknown retry class", "        retry: soft\n        escalate: false\n      - id: restart",
                        "        retry: ‸later\n        escalate: false\n      - id: restart",
                        "flow 'payment-failed' outcome 'low-balance' retry 'later' is not one of soft, hard, none"),
                Arguments.of("decline code listed twice, ignoring case", "    - codes: [fraudulent]", "    - codes: [‸INSUFFICIENT_FUNDS]",
                        "duplicate decline code id 'insufficient_funds' (first defined at line "
                                + Marker.find(FLOW, "‸    - codes: [\"51\", insufficient_funds]").line() + ")"),
                Arguments.of("malformed decline code", "    - codes: [fraudulent]", "    - codes: [‸fraud-ulent]",
                        "decline code 'fraud-ulent' must be letters and digits joined by '_' (like 51, N7, do_not_honor)"),
                Arguments.of("if_unknown on a text question", "        fact: error\n", "        fact: error\n        if_unknown: ‸call-support\n",
                        "flow 'payment-failed' question 'error' is a text question, which takes any answer; only yes_no, choice and"
                                + " number questions have if_unknown"),
                Arguments.of("if_unknown to a node that does not exist", "        if_no: restart\n", "        if_no: restart\n        if_unknown: ‸restrat\n",
                        "flow 'payment-failed' question 'retried' if_unknown refers to unknown node 'restrat' (did you mean 'restart'?)"),
                Arguments.of("a choice called unknown", "{value: top-up,", "{value: ‸unknown,",
                        "flow 'payment-failed' question 'kind' choice 'unknown' is reserved for \"I don't know\": give the question"
                                + " if_unknown instead"),
                Arguments.of("unit of a yes/no question", "en: Restarted the app}\n", "en: Restarted the app}\n        unit: ‸days\n",
                        "flow 'payment-failed' question 'retried' is a yes_no question; only number questions have unit"),
                Arguments.of("unknown unit", "        fact: amount\n", "        fact: amount\n        unit: ‸weeks\n",
                        "flow 'payment-failed' question 'amount' unit 'weeks' is not one of days, amount"),
                Arguments.of("faq naming a flow that does not exist", "    topic: funds\n    keywords:", "    topic: funds\n    flow: ‸payment-faild\n    keywords:",
                        "faq 'funds-not-received' flow refers to unknown flow 'payment-faild' (did you mean 'payment-failed'?)"));
    }

    /**
     * Problems reported at a node the edit does not touch (the node it cuts off, the one it leaves without a key):
     * name, text to replace in flow.yaml, replacement, text of the broken file with the marker ‸, expected message.
     */
    public static Stream<Arguments> brokenElsewhere() {
        return Stream.of(
                Arguments.of("undisclosed code without an agent version",
                        "      agent:\n        reason: {zh: 疑似欺诈。, en: Flagged as fraud.}\n        tell: {zh: 付款无法完成。, en: The payment could not be completed.}\n"
                                + "        escalate: {zh: 转风控团队。, en: Pass it to the risk team.}\n", "", "      disclose: ‸false",
                        "decline code 'fraudulent' is not disclosed to the customer, so support staff need its real reason: add agent:"
                                + " {reason: ..., tell: ..., escalate: ...}"),
                Arguments.of("decline code agent without what to tell", "        tell: {zh: 付款无法完成。, en: The payment could not be completed.}\n", "",
                        "        ‸reason: {zh: 疑似欺诈。", "decline code 'fraudulent' agent is missing required field 'tell'"),
                Arguments.of("unreachable node", "        if_no: restart\n", "        if_no: call-support\n", "      - id: ‸restart\n",
                        "flow 'payment-failed' node 'restart' is never reached from the start 'kind'; link it from a question or remove it"),
                Arguments.of("outcome without steps", "        steps:\n          - {zh: 先充值。, en: Top up first.}\n        retry: soft\n",
                        "        retry: soft\n", "      - ‸id: low-balance\n",
                        "flow 'payment-failed' outcome 'low-balance' has no steps: an outcome must say what to do"),
                Arguments.of("yes/no question without a branch for no", "        if_no: restart\n", "", "      - ‸id: retried\n",
                        "flow 'payment-failed' question 'retried' has no branch for 'no': give it if_no or next"),
                Arguments.of("number question without next", "        next: retried\n      - id: retried", "      - id: retried",
                        "      - ‸id: balance\n",
                        "flow 'payment-failed' question 'balance' has no next: say where the flow goes when no route applies"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFlows")
    void reportsTheProblemAtItsPosition(String name, String target, String replacement, String message) {
        KbValidation.assertReported(dir, FLOW, target, replacement, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenElsewhere")
    void reportsTheProblemAtTheNodeItConcerns(String name, String target, String replacement, String anchor, String message) {
        KbValidation.assertReportedElsewhere(dir, FLOW, target, replacement, anchor, message);
    }

    @Test
    void flowFileIsValidAndCounted() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, FLOW);
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("1 troubleshooting flows with 3 outcomes, 3 decline codes"), result.out());
    }

    @Test
    void aDanglingNextAlsoReportsWhatItCutsOff() throws IOException {
        Path file = dir.resolve("dangling.yaml");
        String broken = FLOW.replace("        next: balance\n", "        next: balanse\n");
        Files.writeString(file, broken);
        List<String> problems = CliRunner.runEn("kb", "validate", file.toString()).out().lines()
                .filter(l -> l.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .*")).toList();
        assertEquals(List.of(
                file + ":" + Marker.find(broken, "next: ‸balanse") + ": flow 'payment-failed' question 'amount' next refers to unknown node"
                        + " 'balanse' (did you mean 'balance'?)",
                file + ":" + Marker.find(broken, "- id: ‸balance\n") + ": flow 'payment-failed' node 'balance' is never reached from the"
                        + " start 'kind'; link it from a question or remove it",
                file + ":" + Marker.find(broken, "- id: ‸low-balance") + ": flow 'payment-failed' node 'low-balance' is never reached from"
                        + " the start 'kind'; link it from a question or remove it"),
                problems);
    }

    @Test
    void aBrokenFlowStopsEveryCommandWithTheProblem() throws IOException {
        Path file = dir.resolve("loop.yaml");
        String broken = FLOW.replace("        next: call-support\n", "        next: kind\n");
        Files.writeString(file, broken);
        CliRunner.Result result = CliRunner.runEn("--kb", file.toString(), "diagnose", "payment-failed");
        assertEquals(4, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().contains(file + ":" + Marker.find(broken, "next: ‸kind")
                + ": flow 'payment-failed' question 'error' next leads back to 'kind'"), result.err());
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
