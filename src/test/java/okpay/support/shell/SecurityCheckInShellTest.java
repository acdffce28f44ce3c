package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code security-check} run inside the shell: questions with Tab, Ctrl-C, and a password that is never kept. */
class SecurityCheckInShellTest {
    /** The shipped security checks, frozen, with stub FAQ entries (enable-2fa is tagged security). */
    private static final Path KB = Fixtures.path("security.yaml");
    private static final String PASSWORD = "Correct-Horse-77-Battery";

    @TempDir
    Path config;

    private String history() throws Exception {
        Path file = config.resolve("okpay-support/history");
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    @Test
    void questionsAreAskedWithTheirChoicesOnTab() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.type("security-check --only two-step,alerts\r");
            shell.waitFor("Choose 1-5");
            shell.type("ap" + ShellDriver.TAB);
            shell.waitFor("Choose 1-5 (? for help): app ");
            shell.type("\r");
            shell.waitFor("Choose 1-3");
            String out = shell.run("bo" + ShellDriver.TAB);
            assertTrue(out.contains("Score ") && out.contains("Both are on"), out);
            assertFalse(out.contains("exit "), out);
            assertFalse(history().contains("both") || history().contains("app\n"), "answers are not history: " + history());
        }
    }

    @Test
    void ctrlCDuringAQuestionCancelsTheCheckNotTheShell() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.type("security-check --only two-step\r");
            shell.waitFor("Choose 1-5");
            String out = shell.ctrlCAtPrompt().plain();
            assertTrue(out.contains("error: cancelled with Ctrl-C") && out.contains("exit 130"), out);
            assertFalse(out.contains("Score "), out);
            assertTrue(shell.run("faq list --tag security").contains("enable-2fa"), "the shell goes on");
        }
    }

    @Test
    void aPasswordAtTheMaskedPromptIsNeverShownNorKept() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.type("security-check --only password-strength --check-password\r");
            shell.waitFor("(it is not shown, stored or sent): ");
            String out = shell.run(PASSWORD);
            assertTrue(out.contains("*".repeat(PASSWORD.length())) && out.contains("Score "), out);
            assertFalse(shell.raw().contains(PASSWORD), "not on screen");
            assertTrue(shell.endInput() == 0);
        }
        assertTrue(history().contains("security-check --only password-strength --check-password"), history());
        assertFalse(history().contains(PASSWORD), history());
    }

    @Test
    void passwordStdinReadsOneHiddenLineAndTheLineIsNotKept() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.type("security-check --only password-strength --password-stdin\r");
            shell.waitFor("Input for the command (not shown, not kept): ");
            String out = shell.run(PASSWORD);
            assertTrue(out.contains("Password strength") && out.contains("Score "), out);
            assertFalse(shell.raw().contains(PASSWORD), "not on screen");
            shell.run("faq list --tag password");
            assertTrue(shell.endInput() == 0);
        }
        assertFalse(history().contains(PASSWORD) || history().contains("--password-stdin"), history());
        assertTrue(history().contains("faq list --tag password"), history());
    }
}
