package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okpay.support.prompt.ScriptedTerminal;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The password never reaches any output: stdout and stderr in text, JSON and YAML, both languages, with
 * --verbose, the conversation on the terminal, and the error paths (a password wrongly given as an answer,
 * too long a line, a failed --fail-under).
 */
class SecurityCheckSecretsTest {
    private static final String KB = SecurityCheckCommandTest.KB;

    private static final List<String> PASSWORDS = List.of("password123", "okpay2024", "aaaaaaaaaaaaaaaa", "gTw-ravine-Octopus-94",
            "Tq7#mZp2vL", "我的密码很安全吗", "correct horse battery staple", "100%Sure{0}\\\"x", "lindqvist-ravine-Octopus-94");

    @TempDir
    Path dir;

    @TestFactory
    List<DynamicTest> noOutputEverContainsThePassword() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String password : PASSWORDS) {
            tests.add(DynamicTest.dynamicTest(password.length() + " characters: " + password.codePointAt(0), () -> check(password)));
        }
        return tests;
    }

    private void check(String password) throws IOException {
        for (String lang : List.of("en", "zh")) {
            for (String format : List.of("text", "json", "yaml")) {
                CliRunner.Result run = Fixtures.cli(KB).stdin(password + "\n").run(SecurityCheckCommandTest.args(
                        SecurityCheckCommandTest.allGoodBut("two-step=sms"), "--password-stdin", "--email", "bob.lindqvist@example.com",
                        "--lang", lang, "--format", format, "--verbose"));
                assertEquals(0, run.exitCode(), run.toString());
                assertNoLeak(password, run.out(), run.err());
            }
        }
        CliRunner.Result failed = Fixtures.cli(KB).stdin(password + "\r\n").run(SecurityCheckCommandTest.args(
                SecurityCheckCommandTest.allGoodBut("two-step=none"), "--password-stdin", "--fail-under", "100"));
        assertEquals(6, failed.exitCode(), failed.toString());
        assertNoLeak(password, failed.out(), failed.err());
        ScriptedTerminal terminal = ScriptedTerminal.replying("app", password);
        CliRunner.Result asked = Fixtures.cli(KB).terminal(terminal).run("security-check", "--check-password", "--only", "two-step,password-strength");
        assertEquals(0, asked.exitCode(), asked.toString());
        assertEquals(1, terminal.secretPrompts().size());
        assertNoLeak(password, asked.out(), asked.err(), String.join("\n", terminal.printed()), String.join("\n", terminal.prompts()));

        CliRunner.Result asAnswer = Fixtures.run(KB, "security-check", "--answer", "password-strength=" + password, "--verbose");
        assertEquals(2, asAnswer.exitCode(), asAnswer.toString());
        assertNoLeak(password, asAnswer.out(), asAnswer.err());

        Path file = dir.resolve("answers.yaml");
        Files.writeString(file, "password-strength: '" + password.replace("'", "''") + "'\n");
        CliRunner.Result inFile = Fixtures.run(KB, "security-check", "--answers", file.toString());
        assertNotEquals(0, inFile.exitCode(), inFile.toString());
        assertNoLeak(password, inFile.out(), inFile.err());

        CliRunner.Result tooLong = Fixtures.cli(KB).stdin(password.repeat(1 + 1025 / password.length()) + "\n")
                .run(SecurityCheckCommandTest.args(SecurityCheckCommandTest.ALL_GOOD, "--password-stdin"));
        assertEquals(2, tooLong.exitCode(), tooLong.toString());
        assertNoLeak(password, tooLong.out(), tooLong.err());
    }

    private static void assertNoLeak(String password, String... outputs) {
        for (String output : outputs) {
            assertFalse(output.contains(password), () -> "the password appears in:\n" + output);
            assertFalse(output.contains(password.replace("\"", "\\\"")), () -> "the password appears JSON-escaped in:\n" + output);
        }
    }
}
