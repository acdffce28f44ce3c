package okpay.support.contact.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verdict table of {@code contact verify} (src/test/resources/contact/verify-table.tsv) on the fixture chain
 * kb/contact.yaml + kb/verify-phones.yaml, run through the CLI as users run it: every kind of input, official values
 * in several spellings (phone numbers in national and international formats), each kind of lookalike (confusable
 * letters of several scripts, registrable domains by the Public Suffix List), unrelated values and garbage.
 */
class ContactVerifyTableTest {
    static final String GARBAGE = "usage";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

    static Stream<Arguments> table() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (InputStream in = ContactVerifyTableTest.class.getResourceAsStream("/contact/verify-table.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(5, f.length, "five columns: " + line);
                String input = ESCAPE.matcher(f[0]).replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1), 16))));
                rows.add(Arguments.of(input, f[1].equals("-") ? null : f[1], f[2], Integer.parseInt(f[3]), f[4].equals("-") ? null : f[4]));
            }
        }
        return rows.stream();
    }

    static CliRunner.Result run(String... args) {
        return new CliRunner().env(Fixtures.KB_VARIABLE, Fixtures.path("contact.yaml") + File.pathSeparator
                + Fixtures.path("verify-phones.yaml")).run(args);
    }

    @ParameterizedTest(name = "[{index}] {2} {1}: {0}")
    @MethodSource("table")
    void verdictAndExitCode(String input, String kind, String verdict, int exit, String reason) throws IOException {
        CliRunner.Result result = run("contact", "verify", "--format", "json", input);

        assertEquals(exit, result.exitCode(), result.toString());
        assertFalse(hasControlCharacters(result.out()), "stdout carries no raw control characters");
        assertFalse(hasControlCharacters(result.err()), "stderr carries no raw control characters");
        if (verdict.equals(GARBAGE)) {
            // stdout holds the error document (--format json), stderr the two lines
            assertEquals(2, ((Map<?, ?>) JSON.std.mapFrom(result.out()).get("error")).get("exit"), result.out());
            List<String> lines = result.err().lines().toList();
            assertEquals(2, lines.size(), result.err());
            assertTrue(lines.get(0).startsWith("error: ") && lines.get(1).startsWith("hint: "), result.err());
            assertTrue(lines.get(0).contains(reason), lines.get(0));
            assertTrue(lines.get(0).length() < 300, "a long input is not echoed whole");
            return;
        }
        assertEquals("", result.err());
        Map<String, Object> document = JSON.std.mapFrom(result.out());
        assertEquals(verdict, document.get("verdict"), "one value: its verdict is the worst");
        Map<?, ?> json = (Map<?, ?>) ((List<?>) document.get("results")).get(0);
        assertEquals(kind, json.get("kind"));
        assertEquals(verdict, json.get("verdict"));
        List<?> reasons = (List<?>) json.get("reasons");
        assertFalse(reasons.isEmpty());
        if (reason != null) {
            assertTrue(reasons.stream().anyMatch(r -> r.toString().contains(reason)), reasons.toString());
        }
        assertEquals(verdict.equals("unknown"), ((List<?>) json.get("official")).isEmpty(), "official values unless unknown");
        assertEquals(kind.equals("phone") || kind.equals("email"), json.containsKey("caution"), "a caution for phones and emails only");
    }

    /** The table's size and spread, kept in view: every kind with every verdict, real-format phone numbers. */
    @org.junit.jupiter.api.Test
    void tableCoversEveryKindAndVerdict() throws IOException {
        List<Arguments> rows = table().toList();
        assertTrue(rows.size() >= 120, "rows: " + rows.size());
        for (String kind : List.of("email", "url", "domain", "phone", "handle")) {
            for (String verdict : List.of("official", "lookalike", "unknown")) {
                if (!(kind.equals("domain") && verdict.equals("unknown") || kind.equals("url") && verdict.equals("unknown"))) {
                    assertTrue(rows.stream().anyMatch(r -> kind.equals(r.get()[1]) && verdict.equals(r.get()[2])), kind + " " + verdict);
                }
            }
        }
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c != '\n' && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT));
    }
}
