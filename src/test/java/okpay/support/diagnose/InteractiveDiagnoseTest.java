package okpay.support.diagnose;

import static okpay.support.diagnose.DiagnoseCli.json;
import static okpay.support.diagnose.DiagnoseCli.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okpay.support.cli.CliRunner;
import okpay.support.prompt.ScriptedTerminal;
import org.junit.jupiter.api.Test;

/** Flows of the fixture kb/flows.yaml asked question by question on a (scripted) terminal: numbered choices, re-asking, Ctrl-C. */
class InteractiveDiagnoseTest {

    private static CliRunner.Result run(ScriptedTerminal terminal, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "diagnose";
        System.arraycopy(args, 0, all, 1, args.length);
        return DiagnoseCli.cli().terminal(terminal).run(all);
    }

    @Test
    void asksEachQuestionWithNumberedChoicesAndFollowsTheAnswers() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("1", "8", "120", "50");

        CliRunner.Result result = run(terminal, "declined-tx", "--format", "json");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("low-balance", map(json(result.out()).get("outcome")).get("id"));
        assertEquals(List.of("Choose 1-3: ", "Choose 1-8 (? for help): ", "How much were you paying, sending or withdrawing? [at least 0] (? for help): ",
                "What available balance does the app show in that currency? [at least 0] (? for help): "), terminal.prompts());
        List<String> printed = terminal.printed();
        assertTrue(printed.get(0).startsWith("Declined payment: Find out why"), printed.get(0));
        assertEquals("What were you trying to do?", printed.get(1));
        assertEquals("  1) Pay or send money from my OKPay balance", printed.get(2));
        assertEquals("  3) Withdraw to a bank account", printed.get(4));
        assertEquals(0, terminal.unread());
    }

    @Test
    void reAsksAfterAnInvalidAnswerAndExplainsOnQuestionMark() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("email", "maybe", "?", "no", "y", "n");

        CliRunner.Result result = run(terminal, "password-reset", "--format", "json");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("lost-access", map(json(result.out()).get("outcome")).get("id"));
        List<String> printed = terminal.printed();
        assertTrue(printed.contains("Not accepted: expected yes or no. Type ? for help."), printed.toString());
        assertTrue(printed.contains("Accepted answers: yes or no."), printed.toString());
        long askedReceived = terminal.prompts().stream().filter(p -> p.startsWith("Has the reset email or text arrived?")).count();
        assertEquals(3, askedReceived, "asked again after 'maybe' and after '?'");
    }

    @Test
    void givenAnswersAreNotAskedAgain() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("no");

        CliRunner.Result result = run(terminal, "app-error", "--answer", "where=app", "--answer", "symptom=crash", "--answer",
                "status-page=no", "--format", "json");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("update-app", map(json(result.out()).get("outcome")).get("id"));
        assertEquals(List.of("Is the app the latest version from the official app store, and is your phone's system up to date? [yes/no]: "),
                terminal.prompts());
    }

    @Test
    void nothingIsPrintedOnTheTerminalWhenEverythingIsGiven() {
        ScriptedTerminal terminal = ScriptedTerminal.replying();
        CliRunner.Result result = run(terminal, "app-error", "--answer", "where=app", "--answer", "symptom=sign-in");
        assertEquals(0, result.exitCode());
        assertEquals(List.of(), terminal.printed());
        assertTrue(result.out().startsWith("App or website problems\n"), result.out());
    }

    @Test
    void ctrlCStopsCleanlyWithExitCode130() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("2", ScriptedTerminal.CTRL_C);

        CliRunner.Result result = run(terminal, "app-error");

        assertEquals(130, result.exitCode());
        assertEquals("", result.out(), "no half diagnosis");
        assertFalse(result.err().contains("\tat ") || result.err().contains("Exception"), result.err());
        assertEquals(2, terminal.prompts().size());
    }

    @Test
    void endOfInputStopsWithTheMissingAnswerCodeAndNamesTheQuestionByItsText() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("app");

        CliRunner.Result result = run(terminal, "app-error");

        assertEquals(5, result.exitCode());
        assertTrue(result.err().startsWith("error: input ended before this question was answered: What exactly happens?\n"
                + "hint: Answer it without being asked: --answer symptom="), result.err());
    }

    @Test
    void asksInChineseWithChineseYesNo() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("1", "是", "否");

        CliRunner.Result result = run(terminal, "password-reset", "--lang", "zh");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(terminal.printed().contains("  1) 注册邮箱"), terminal.printed().toString());
        assertTrue(result.out().contains("可能原因：重置链接已失效"), result.out());
        assertTrue(result.out().contains("  • 重置邮件或短信收到了吗？  → 是"), result.out());
    }
}
