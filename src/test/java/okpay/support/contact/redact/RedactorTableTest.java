package okpay.support.contact.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import okpay.support.i18n.Lang;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The redactor's table: {@code src/test/resources/redact/secrets.tsv} (secrets that must not survive) and
 * {@code keep.tsv} (facts a ticket needs, which must), each row a category, the kind of value (free text, an error
 * field, a transaction id), the input and the text to look for, in English, Chinese and a few European languages.
 * Each row runs through the redactor with both placeholders; {@code RedactorTableCliTest} runs a sample through
 * {@code contact draft} and {@code diagnose}.
 */
class RedactorTableTest {
    /** One row of a table. */
    record Row(String category, Redactor.ValueKind kind, String input, String probe, int line) {
        @Override
        public String toString() {
            return category + ":" + line + " " + input.replace("\n", "\\n");
        }

        /** Whether the row is in Chinese (it then runs with {@code --lang zh} through the CLI). */
        boolean chinese() {
            return input.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
    }

    static List<Row> secrets() {
        return read("secrets.tsv");
    }

    static List<Row> keep() {
        return read("keep.tsv");
    }

    private static List<Row> read(String name) {
        Path file = Path.of("src/test/resources/redact", name);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(4, cells.length, name + ":" + (i + 1) + " has four cells");
            rows.add(new Row(cells[0], Redactor.ValueKind.valueOf(cells[1].toUpperCase(Locale.ROOT)),
                    cells[2].replace("\\n", "\n"), cells[3].replace("\\n", "\n"), i + 1));
        }
        return rows;
    }

    /** Whether {@code out} still shows {@code secret}: as typed, or (for digits) with its separators dropped. */
    static boolean shows(String out, String secret) {
        if (out.contains(secret)) {
            return true;
        }
        String digits = secret.replaceAll("[\\s._-]", "");
        return digits.matches("[0-9０-９]{7,}") && out.replaceAll("[\\s._-]", "").contains(digits);
    }

    @TestFactory
    Stream<DynamicTest> secretsDoNotSurvive() {
        return secrets().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            for (Lang lang : Lang.values()) {
                Redaction redaction = new Redactor(lang).redact(row.input(), row.kind());
                assertFalse(shows(redaction.text(), row.probe()), () -> row + " -> " + redaction.text());
                assertTrue(redaction.changed(), row::toString);
                assertTrue(Redactor.mayHoldSecrets(row.input()), () -> "the quick check lets " + row + " through");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> factsAreKept() {
        return keep().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> {
            for (Lang lang : Lang.values()) {
                String out = new Redactor(lang).redact(row.input(), row.kind()).text();
                if (row.probe().isEmpty()) {
                    assertEquals(row.input(), out, row::toString);
                } else {
                    assertTrue(out.contains(row.probe()), () -> row + " -> " + out);
                }
            }
        }));
    }

    /** The sizes the issue asks for, and the results by category in the test's output (the closing note quotes them). */
    @Test
    void theTableIsLargeEnoughAndEveryCategoryPasses() {
        Map<String, int[]> secretResults = new TreeMap<>();
        for (Row row : secrets()) {
            boolean caught = !shows(new Redactor().redact(row.input(), row.kind()).text(), row.probe());
            int[] tally = secretResults.computeIfAbsent(row.category(), c -> new int[2]);
            tally[0] += caught ? 1 : 0;
            tally[1]++;
        }
        Map<String, int[]> keepResults = new TreeMap<>();
        for (Row row : keep()) {
            String out = new Redactor().redact(row.input(), row.kind()).text();
            boolean kept = row.probe().isEmpty() ? out.equals(row.input()) : out.contains(row.probe());
            int[] tally = keepResults.computeIfAbsent(row.category(), c -> new int[2]);
            tally[0] += kept ? 1 : 0;
            tally[1]++;
        }
        StringBuilder report = new StringBuilder("redactor table: secrets caught / cases by category\n");
        secretResults.forEach((c, t) -> report.append(String.format("  %-20s %3d / %3d%n", c, t[0], t[1])));
        report.append("must-keep kept / cases by category\n");
        keepResults.forEach((c, t) -> report.append(String.format("  %-20s %3d / %3d%n", c, t[0], t[1])));
        System.out.print(report);

        assertTrue(secrets().size() >= 150, "at least 150 secret cases: " + secrets().size());
        assertTrue(keep().size() >= 100, "at least 100 must-keep cases: " + keep().size());
        assertTrue(secrets().stream().filter(Row::chinese).count() >= 30, "Chinese secret cases");
        assertTrue(keep().stream().filter(Row::chinese).count() >= 20, "Chinese must-keep cases");
        secretResults.forEach((c, t) -> assertEquals(t[1], t[0], "secrets caught in " + c));
        keepResults.forEach((c, t) -> assertEquals(t[1], t[0], "facts kept in " + c));
    }
}
