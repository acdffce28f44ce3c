package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every path that echoes what the user typed (arguments, option values, answers, paths, picocli's own messages) shows
 * it redacted and then terminal-safe: no card number but its first 6 and last 4 digits, no password, seed phrase or
 * key, and a control character as a visible escape, never raw.
 */
class EchoRedactionTest {
    /** A value that retitles a terminal, holds a password and a card number, and is longer than an echo is shown. */
    private static final String HOSTILE = "\u001b]0;x\u0007 password is hunter2 card 4111111111111111";
    private static final String CARD = "4111111111111111";
    private static final String MASKED = "411111******1111";
    private static final String KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private static final String SEED = "abandon ability able about above absent absorb abstract absurd abuse access accident";

    static Stream<Arguments> echoes() {
        return Stream.of(
                Arguments.of("faq show ID", "search.yaml", List.of("faq", "show", HOSTILE)),
                Arguments.of("faq list --tag", "search.yaml", List.of("faq", "list", "--tag", HOSTILE)),
                Arguments.of("faq search --limit", "search.yaml", List.of("faq", "search", "card", "--limit", CARD)),
                Arguments.of("contact --topic", "contact.yaml", List.of("contact", "--topic", HOSTILE)),
                Arguments.of("contact --region", "contact.yaml", List.of("contact", "--region", HOSTILE)),
                Arguments.of("contact draft --topic", "contact.yaml", List.of("contact", "draft", "--topic", HOSTILE)),
                Arguments.of("contact draft --amount", "contact.yaml", List.of("contact", "draft", "--topic", "funds", "--amount", HOSTILE)),
                Arguments.of("diagnose FLOW", "flows.yaml", List.of("diagnose", HOSTILE)),
                Arguments.of("diagnose --code", "flows.yaml", List.of("diagnose", "declined-tx", "--code", HOSTILE)),
                Arguments.of("diagnose --code (json)", "flows.yaml", List.of("diagnose", "declined-tx", "--code", CARD, "--format", "json")),
                Arguments.of("diagnose --answer invalid", "flows.yaml",
                        List.of("diagnose", "declined-tx", "--no-input", "--answer", "action=" + HOSTILE)),
                Arguments.of("diagnose --answer malformed", "flows.yaml", List.of("diagnose", "declined-tx", "--answer", HOSTILE)),
                Arguments.of("diagnose --answer text with a line break", "flows.yaml", List.of("diagnose", "app-error", "--no-input",
                        "--answer", "where=app", "--answer", "symptom=error-message", "--answer", "error-text=" + HOSTILE + "\nmore")),
                Arguments.of("diagnose --answer over 500 characters", "flows.yaml", List.of("diagnose", "app-error", "--no-input",
                        "--answer", "where=app", "--answer", "symptom=error-message",
                        "--answer", "error-text=" + "x".repeat(480) + HOSTILE)),
                Arguments.of("diagnose --answer unknown id", "flows.yaml",
                        List.of("diagnose", "declined-tx", "--no-input", "--answer", "actoin=" + HOSTILE)),
                Arguments.of("security-check --only", "security.yaml", List.of("security-check", "--only", HOSTILE)),
                Arguments.of("security-check --answer", "security.yaml",
                        List.of("security-check", "--no-input", "--answer", "two-step=" + HOSTILE)),
                Arguments.of("security-check --email", "security.yaml",
                        List.of("security-check", "--password-stdin", "--email", HOSTILE)),
                Arguments.of("--kb PATH", null, List.of("--kb", "/nonexistent/" + HOSTILE, "faq", "list")),
                Arguments.of("unknown option", "search.yaml", List.of("faq", "list", "--" + HOSTILE)),
                Arguments.of("unknown option with value", "search.yaml", List.of("faq", "list", "--bogus=" + HOSTILE)),
                Arguments.of("unmatched argument, did you mean", "search.yaml", List.of("faq", "lits", HOSTILE)),
                Arguments.of("unknown command", "search.yaml", List.of(HOSTILE)),
                Arguments.of("--format value", "search.yaml", List.of("faq", "list", "--format", HOSTILE)),
                Arguments.of("--lang value", "search.yaml", List.of("--lang", HOSTILE, "faq", "list")),
                Arguments.of("--kb-max-size value", "search.yaml", List.of("--kb-max-size", HOSTILE, "faq", "list")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("echoes")
    void anEchoShowsNoSecretAndNoControlCharacter(String path, String kb, List<String> args) {
        for (String lang : List.of("en", "zh")) {
            List<String> withLang = new ArrayList<>(List.of("--lang", lang));
            withLang.addAll(args);
            CliRunner.Result result = run(kb, withLang);
            String all = result.out() + result.err();
            assertFalse(all.contains("hunter2"), () -> path + " echoes the password: " + result);
            assertFalse(all.contains(CARD), () -> path + " echoes the card: " + result);
            assertFalse(all.contains("\u001b") || all.contains("\u0007"), () -> path + " echoes a control character raw: " + result);
            assertNotEquals(0, result.exitCode(), result::toString);
        }
    }

    @Test
    void anEscapeInAnArgumentIsShownAsText() {
        CliRunner.Result result = run("search.yaml", List.of("faq", "show", "\u001b]0;x\u0007"));
        assertEquals("error: no FAQ entry '\\u001b]0;x\\u0007'", result.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aCardIsMaskedToItsFirstSixAndLastFourDigitsOnEveryErrorPath() {
        for (List<String> args : List.of(List.of("faq", "show", CARD), List.of("contact", "--region", CARD),
                List.of("diagnose", CARD), List.of("faq", "list", "--tag", "card " + CARD))) {
            CliRunner.Result result = run(args.get(0).equals("faq") ? "search.yaml" : "flows.yaml", args);
            assertTrue(result.err().contains(MASKED), result::toString);
        }
    }

    @Test
    void anInvalidAnswerIsEchoedRedactedInTheUsersLanguage() {
        CliRunner.Result en = run("flows.yaml", List.of("diagnose", "declined-tx", "--no-input",
                "--answer", "action=password is hunter2 card 4111111111111111"));
        assertEquals(2, en.exitCode(), en.toString());
        assertTrue(en.err().startsWith("error: invalid answer \"password is [removed] card 411111******1111\" for action"), en.err());
        CliRunner.Result zh = run("flows.yaml", List.of("--lang", "zh", "diagnose", "declined-tx", "--no-input",
                "--answer", "action=我的密码是 hunter2"));
        assertTrue(zh.err().contains("我的密码是 [已隐去]"), zh.err());
    }

    @Test
    void keysAndSeedPhrasesAreNotEchoed() {
        for (String secret : List.of(KEY, SEED, "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3T")) {
            CliRunner.Result result = run("search.yaml", List.of("faq", "show", secret));
            assertFalse(result.err().contains(secret.substring(0, 20)), result::toString);
            assertTrue(result.err().contains("[removed]"), result::toString);
        }
    }

    @Test
    void anAnswersFileValueIsEchoedRedacted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("answers.yaml");
        Files.writeString(file, "action: \"my PIN 4455 and card 4111 1111 1111 1111\"\n", StandardCharsets.UTF_8);
        CliRunner.Result result = run("flows.yaml", List.of("diagnose", "declined-tx", "--no-input", "--answers", file.toString()));
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("\"my PIN [removed] and card 411111******1111\""), result.err());
        assertFalse(result.err().contains("4455"), result.err());
    }

    @Test
    void aSearchThatFindsNothingEchoesTheQueryRedacted() {
        CliRunner.Result result = run("search.yaml", List.of("faq", "search", "qqzx \u001b]0;x\u0007 pwd=hunter2 4111 1111 1111 1111"));
        assertEquals("Nothing in the FAQ matches \"qqzx \\u001b]0;x\\u0007 pwd=[removed] 411111******1111\".",
                result.out().lines().findFirst().orElseThrow(), result.toString());
    }

    @Test
    void anUnknownCodeOnStdoutIsRedacted() {
        CliRunner.Result result = run("flows.yaml", List.of("diagnose", "declined-tx", "--code", "card 4111 1111 1111 1111"));
        assertTrue(result.out().contains(MASKED), result.out());
        assertFalse(result.out().contains("4111 1111"), result.out());
    }

    private static CliRunner.Result run(String kb, List<String> args) {
        String[] array = args.toArray(String[]::new);
        return kb == null ? new CliRunner().run(array) : Fixtures.run(kb, array);
    }
}
