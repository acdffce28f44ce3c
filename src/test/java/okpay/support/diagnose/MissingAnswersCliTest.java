package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okpay.support.cli.CliRunner;
import okpay.support.prompt.ScriptedTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that cannot ask (flows of the fixture kb/flows.yaml): they never hang, and say exactly which answers a script has to pass. */
class MissingAnswersCliTest {
    @TempDir
    Path dir;

    @Test
    void withoutATerminalTheFirstQuestionsAreNamedAndWhatMayFollow() {
        CliRunner.Result result = DiagnoseCli.runArgs("diagnose", "password-reset");

        assertEquals(5, result.exitCode());
        assertEquals("", result.out());
        assertEquals(List.of(
                "error: 2 questions need answers, and they cannot be asked because there is no terminal",
                "  --answer via=email|phone    After tapping “Forgot password” on the sign-in screen, where does the reset link go?",
                "  --answer received=yes|no    Has the reset email or text arrived?",
                "Depending on those answers, the flow may also ask:",
                "  --answer link-works=yes|no       Does the link open the page for a new password (without saying it has expired)?",
                "  --answer inbox-checked=yes|no    Have you waited at least 10 minutes and checked the spam, junk and promotions folders"
                        + " of your registered email?",
                "  --answer phone-checked=yes|no    Does the phone have signal and get other texts, is the registered number right, and is"
                        + " nothing blocking unknown or short-code senders?",
                "  --answer still-access=yes|no     Do you still use that email address or phone number?",
                "hint: Pass the answers with --answer ID=VALUE (repeatable) or in a file with --answers FILE, or run the command on a"
                        + " terminal without --no-input."), result.err().lines().toList());
    }

    @Test
    void questionsTheBranchMayAskAreListedButNotThoseAlreadyAnswered() {
        // 'status-page' decides between 'updated' and 'browser-tried'; 'restarted', further on, is answered already.
        CliRunner.Result result = DiagnoseCli.run("app-error", List.of("where=website", "symptom=crash", "restarted=yes"));

        assertEquals(5, result.exitCode());
        List<String> lines = result.err().lines().toList();
        assertEquals("error: 1 question needs an answer, and it cannot be asked because --no-input was given", lines.get(0));
        assertTrue(lines.get(1).startsWith("  --answer status-page=yes|no "), lines.get(1));
        assertEquals("Depending on those answers, the flow may also ask:", lines.get(2));
        assertEquals(List.of("updated=yes|no", "browser-tried=yes|no", "device-info=<text>"),
                lines.subList(3, 6).stream().map(l -> l.strip().split("\\s+")[1]).toList());
        assertEquals(7, lines.size(), "restarted is answered, so nothing else is listed: " + lines);
    }

    @Test
    void aQuestionEveryRemainingWayAsksIsListedAsNeeded() {
        // 'balance' always follows 'amount', so both are needed; what comes after depends on them.
        CliRunner.Result result = DiagnoseCli.run("declined-tx", List.of("action=pay-or-send", "message=other", "attempts=1"));

        assertEquals(5, result.exitCode());
        List<String> lines = result.err().lines().toList();
        assertEquals("error: 2 questions need answers, and they cannot be asked because --no-input was given", lines.get(0));
        assertTrue(lines.get(1).startsWith("  --answer amount=<number> "), lines.get(1));
        assertTrue(lines.get(2).startsWith("  --answer balance=<number> "), lines.get(2));
        assertEquals("Depending on those answers, the flow may also ask:", lines.get(3));
        String later = String.join("\n", lines.subList(4, lines.size()));
        assertTrue(later.contains("--answer details-ok=") && later.contains("--answer restarted="), later);
        assertFalse(later.contains("amount=") || later.contains("balance=") || later.contains("attempts="), "needed or answered: " + later);
    }

    @Test
    void noInputForbidsAskingEvenOnATerminal() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("email");
        CliRunner.Result result = DiagnoseCli.cli().terminal(terminal).run("diagnose", "password-reset", "--no-input");

        assertEquals(5, result.exitCode());
        assertTrue(result.err().startsWith("error: 2 questions need answers, and they cannot be asked because --no-input was given"));
        assertEquals(List.of(), terminal.prompts(), "nothing was asked");
    }

    @Test
    void anInvalidValueListsTheAcceptedValues() {
        CliRunner.Result choice = DiagnoseCli.run("declined-tx", List.of("action=refund", "message=limit"));
        assertEquals(2, choice.exitCode());
        assertEquals("error: invalid answer \"refund\" for action: expected one of pay-or-send, top-up, withdraw, a number from 1 to 3, or the start of an option's text\n"
                + "hint: Give a valid value, for example --answer action=pay-or-send|top-up|withdraw.\n", choice.err());

        CliRunner.Result number = DiagnoseCli.run("declined-tx", List.of("action=1", "message=8", "amount=-5"));
        assertEquals(2, number.exitCode());
        assertTrue(number.err().startsWith("error: invalid answer \"-5\" for amount: expected a number of at least 0\n"), number.err());

        CliRunner.Result yesNo = DiagnoseCli.run("password-reset", List.of("via=email", "received=perhaps"));
        assertEquals(2, yesNo.exitCode());
        assertTrue(yesNo.err().startsWith("error: invalid answer \"perhaps\" for received: expected yes or no\n"), yesNo.err());

        CliRunner.Result text = DiagnoseCli.run("app-error", List.of("where=app", "symptom=error-message", "error-text=  "));
        assertEquals(2, text.exitCode());
        assertTrue(text.err().startsWith("error: --answer expects ID=VALUE, got \"error-text=  \""), text.err());
    }

    @Test
    void answersOffThePathAreAcceptedAndReportedAsIgnored() {
        CliRunner.Result result = DiagnoseCli.run("declined-tx",
                List.of("action=top-up", "message=limit", "balance=not-a-number", "what=leaked", "kind=incoming"));

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("balance", "what", "kind"), DiagnoseCli.json(result.out()).get("ignored"));
    }

    @Test
    void aMisspelledQuestionIdGetsADidYouMean() {
        CliRunner.Result result = DiagnoseCli.run("declined-tx", List.of("action=top-up", "mesage=limit"));

        assertEquals(3, result.exitCode());
        assertEquals("unknown-answer-id", ((Map<?, ?>) DiagnoseCli.json(result.out()).get("error")).get("code"), result.out());
        assertTrue(result.err().startsWith("error: flow 'declined-tx' has no question 'mesage'\nhint: did you mean 'message'? the questions"
                + " of declined-tx: action, message, amount,"), result.err());
    }

    @Test
    void answersGivenAsPeopleSayThemAreUnderstood() {
        CliRunner.Result result = DiagnoseCli.run("declined-tx", List.of("action=提现", "message=other", "amount=¥1,200.50",
                "balance=5万", "details-ok=是的", "attempts=两次", "restarted=还没"));

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(Map.of("action", "withdraw", "message", "other", "amount", "1200.5", "balance", "50000", "details-ok", "yes",
                "attempts", "2", "restarted", "no"), DiagnoseCli.json(result.out()).get("answers"));
    }

    @Test
    void oneAnswersFileServesEveryFlow() throws IOException {
        Path answers = dir.resolve("standard.yaml");
        Files.writeString(answers, "# one set for every case\naction: pay-or-send\nmessage: on-hold\nkind: incoming\nstatus: failed\n"
                + "via: email\nreceived: true\nlink-works: yes\nwhat: fake-support\nshared: false\nmistake: paid-twice\n"
                + "both-completed: no\nwhere: app\nsymptom: sign-in\n");
        String[][] expected = {{"declined-tx", "fraud-hold"}, {"password-reset", "set-new-password"}, {"app-error", "use-password-reset"}};
        for (String[] c : expected) {
            CliRunner.Result result = DiagnoseCli.run(c[0], List.of(), "--answers", answers.toString());
            assertEquals(0, result.exitCode(), result.toString());
            assertEquals(c[1], DiagnoseCli.map(DiagnoseCli.json(result.out()).get("outcome")).get("id"), c[0]);
        }
    }

    @Test
    void flagsOverrideTheAnswersFile() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "action: pay-or-send\nmessage: limit\n");
        CliRunner.Result result = DiagnoseCli.run("declined-tx", List.of("message=restricted"), "--answers", answers.toString());
        assertEquals("account-restricted", DiagnoseCli.map(DiagnoseCli.json(result.out()).get("outcome")).get("id"));
    }

    @Test
    void unknownFlowIsNotFoundWithASuggestion() {
        CliRunner.Result result = DiagnoseCli.runArgs("diagnose", "declined");
        assertEquals(3, result.exitCode());
        assertEquals("error: no troubleshooting flow 'declined'\nhint: did you mean 'declined-tx'? flows: declined-tx, password-reset, "
                + "app-error; 'okpay-support diagnose' lists them\n", result.err());
    }

    @Test
    void runOptionsWithoutAFlowAreAUsageError() {
        CliRunner.Result code = DiagnoseCli.runArgs("diagnose", "--code", "51");
        assertEquals(2, code.exitCode());
        assertTrue(code.err().startsWith("error: --code needs a flow to look the code up for\n"), code.err());
        CliRunner.Result answer = DiagnoseCli.runArgs("diagnose", "--tx-id", "TX-1");
        assertEquals(2, answer.exitCode());
        assertTrue(answer.err().startsWith("error: --tx-id only applies when running a flow\n"), answer.err());
    }
}
