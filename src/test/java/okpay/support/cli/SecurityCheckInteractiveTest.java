package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okpay.support.prompt.ScriptedTerminal;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** {@code security-check} asking on a terminal: numbered choices, help, re-asking, and the masked password read last. */
class SecurityCheckInteractiveTest {
    private static final String KB = SecurityCheckCommandTest.KB;

    private static final String PASSWORD_PROMPT =
            "Type your OKPay password to check its strength (it is not shown, stored or sent): ";

    @Test
    void asksEveryQuestionThenReadsThePasswordMasked() {
        ScriptedTerminal terminal = ScriptedTerminal.replying(
                "?", "yes",          // password-unique: help first
                "4",                 // two-step: the 4th choice, app
                "1",                 // recovery-contacts: yes
                "a while", "12",     // activity-reviewed: refused, then a number
                "both", "y", "是",    // alerts, app-updated, system-updated
                "strong", "no",      // screen-lock, support-never-asks
                "", "Tq7#mZp2vL");   // the password: empty is refused, then read
        CliRunner.Result result = Fixtures.cli(KB).terminal(terminal).run("security-check", "--check-password");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of(PASSWORD_PROMPT, PASSWORD_PROMPT), terminal.secretPrompts(), "the password is read masked, twice");
        assertEquals(13, terminal.prompts().size(), terminal.transcript().toString());
        assertEquals(0, terminal.unread());
        assertTrue(terminal.prompts().get(0).startsWith("Is your OKPay password used only for OKPay"), terminal.prompts().get(0));
        assertTrue(terminal.printed().contains("  4) An authenticator app code, or push approval with number matching"), terminal.printed().toString());
        assertTrue(terminal.printed().contains("When another site leaks, attackers try the same email and password on OKPay (credential stuffing)."),
                "? shows the check's help: " + terminal.printed());
        assertTrue(terminal.printed().stream().anyMatch(l -> l.startsWith("Not accepted: expected a number from 0 to 36500")), terminal.printed().toString());
        assertTrue(terminal.printed().contains("The password is empty. Type it, or press Ctrl-C to stop."), terminal.printed().toString());
        // With two-step verification by app, 8 characters are enough: the 10-character password passes.
        assertTrue(result.out().contains("  PASS  Password strength "), result.out());
        assertTrue(result.out().contains("Score 100/100, grade A"), result.out());
    }

    @Test
    void passwordPromptFollowsTheQuestionsSoTheSecondFactorIsKnown() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("none", "Tq7#mZp2vL");
        CliRunner.Result result = Fixtures.cli(KB).terminal(terminal)
                .run("security-check", "--check-password", "--only", "two-step,password-strength");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of(PASSWORD_PROMPT), terminal.secretPrompts());
        assertTrue(result.out().contains("  FAIL  Password strength "), result.out());
        assertTrue(result.out().contains("too short for an account without two-step verification: use at least 15 characters"), result.out());
    }

    @Test
    void ctrlCAtThePasswordPromptCancels() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("app", ScriptedTerminal.CTRL_C);
        CliRunner.Result result = Fixtures.cli(KB).terminal(terminal)
                .run("security-check", "--check-password", "--only", "two-step,password-strength");
        assertEquals(130, result.exitCode(), result.toString());
        assertEquals("", result.out());
    }

    @Test
    void endOfInputAtThePasswordPromptCancels() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("app");
        CliRunner.Result result = Fixtures.cli(KB).terminal(terminal)
                .run("security-check", "--check-password", "--only", "two-step,password-strength");
        assertEquals(5, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: input ended before the password was typed\nhint: pipe it in with --password-stdin"), result.err());
    }

    @Test
    void givenAnswersAreNotAskedAgain() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("one");
        CliRunner.Result result = Fixtures.cli(KB).terminal(terminal)
                .run("security-check", "--only", "two-step,alerts", "--answer", "two-step=key");
        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(1, terminal.prompts().size(), terminal.prompts().toString());
        assertEquals(List.of(), terminal.secretPrompts(), "no password without --check-password");
        assertTrue(result.out().contains("Score 80/100"), result.out()); // (3 × 1 + 2 × 0.5) / 5
    }
}
