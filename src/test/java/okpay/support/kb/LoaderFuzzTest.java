package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.KbValidation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutation fuzzing of the loader: 500 mutants a run of the fixtures (an overlay among them) and the shipped faq.yaml (byte flips,
 * deletions, duplicated and swapped lines, indentation changes, inserted control, bidi and format characters, raw and
 * escaped, truncation), each checked with {@code kb validate} as an operator runs it. Whatever the mutant, the tool
 * exits 4 (or 0 when the mutant happens to be valid), every problem is at a real line and column of the file, and
 * there is never an internal error or a stack trace. The seed is printed with the outcomes; {@code -Dfuzz.seed=N}
 * replays a run.
 */
class LoaderFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 15_2026L);
    private static final int FIXTURE_MUTANTS = 440;
    private static final int SHIPPED_MUTANTS = 60;
    private static final List<String> FIXTURES = List.of("minimal.yaml", "flow.yaml", "security.yaml", "contact.yaml",
            "overlay-contacts.yaml");
    private static final String[] INSERTED = {"\u0000", "\u001b", "\u001b]0;x\u0007", "\u001b[2J", "\u0007", "\r", "\u007f", "\u0085",
        "\u009b", "\u202e", "\u2066", "\u200b", "\ufeff", "\u2028", "\\e", "\\a", "\\x9b", "\\u202E", "\\U000E0001", "\t", "\"", "'",
        ": ", "- ", "&a ", "*a ", "!!binary ", "{", "[", "? ", "|", ">", "#"};
    private static final Pattern PROBLEM = Pattern.compile("(.+?):(\\d+):(\\d+): (.+)");
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();
    private static long started;

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> mutantsAreRefusedWithPositionsNeverWithACrash() {
        started = System.nanoTime();
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        byte[] shipped = shipped();
        for (int i = 0; i < FIXTURE_MUTANTS + SHIPPED_MUTANTS; i++) {
            String source = i < FIXTURE_MUTANTS ? FIXTURES.get(i % FIXTURES.size()) : "faq.yaml";
            byte[] original = i < FIXTURE_MUTANTS ? KbValidation.fixture(source).getBytes(StandardCharsets.UTF_8) : shipped;
            int mutations = 1 + random.nextInt(3);
            StringBuilder how = new StringBuilder();
            byte[] mutant = original;
            for (int m = 0; m < mutations; m++) {
                mutant = mutate(mutant, random, how);
            }
            byte[] bytes = mutant;
            String name = String.format("%03d %s:%s", i, source, how);
            tests.add(DynamicTest.dynamicTest(name, () -> check(name, bytes)));
        }
        return tests.stream();
    }

    @AfterAll
    static void report() {
        System.out.printf("LoaderFuzzTest: %d mutants (seed %d) in %.1f s; outcomes: %s%n", FIXTURE_MUTANTS + SHIPPED_MUTANTS, SEED,
                (System.nanoTime() - started) / 1e9, new TreeMap<>(OUTCOMES));
    }

    private static void check(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("mutant.yaml"), bytes);
        CliRunner.Result run = CliRunner.runEn("kb", "validate", file.toString());
        String context = name + "\n" + run;
        assertFalse(run.err().contains("internal error") || run.out().contains("internal error") || run.err().contains("\tat ")
                || run.out().contains("\tat "), context);
        assertTrue(run.exitCode() == 0 || run.exitCode() == 4, context);
        if (run.exitCode() == 0) {
            OUTCOMES.merge("valid", 1, Integer::sum);
            return;
        }
        List<int[]> lines = lines(new String(bytes, StandardCharsets.UTF_8));
        List<String> out = run.out().lines().toList();
        assertTrue(out.size() >= 2, context);
        for (String line : out.subList(0, out.size() - 1)) {
            if (line.startsWith("... and ")) {
                continue;
            }
            Matcher problem = PROBLEM.matcher(line);
            assertTrue(problem.matches(), "not file:line:column: message: " + line + "\n" + context);
            if (!problem.group(1).equals(file.toString())) {
                assertEquals(KnowledgeBaseLoader.EMBEDDED_NAME, problem.group(1), context); // a mutant that became an overlay
                continue;
            }
            int row = Integer.parseInt(problem.group(2));
            int column = Integer.parseInt(problem.group(3));
            assertTrue(row >= 1 && row <= lines.size() + 1, "line " + row + " outside the file's " + lines.size() + "\n" + context);
            int width = row <= lines.size() ? lines.get(row - 1)[0] : 0;
            assertTrue(column >= 1 && column <= width + 2, "column " + column + " outside line " + row + " of " + width + "\n" + context);
        }
        OUTCOMES.merge(kind(out.get(0)), 1, Integer::sum);
    }

    /** The kind of a problem, for the outcome table: its message up to the first quote, number or colon. */
    private static String kind(String line) {
        Matcher problem = PROBLEM.matcher(line);
        String message = problem.matches() ? problem.group(4) : line;
        if (message.startsWith("malformed YAML")) {
            return "malformed YAML";
        }
        String kind = message.split("['\"0-9:(]", 2)[0].strip();
        return kind.length() > 40 ? kind.substring(0, 40) : kind;
    }

    /** The width in code points of each line as YAML counts lines (\n, \r, \r\n, NEL, LS and PS end one). */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029) {
                lines.add(new int[] {width});
                width = 0;
            } else {
                width++;
            }
        }
        lines.add(new int[] {width});
        return lines;
    }

    private static byte[] mutate(byte[] bytes, Random random, StringBuilder how) {
        if (bytes.length == 0) {
            return bytes;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(8)) {
            case 0 -> {
                byte[] copy = bytes.clone();
                copy[at] ^= (byte) (1 << random.nextInt(8));
                how.append(" flip@").append(at);
                return copy;
            }
            case 1 -> {
                int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                how.append(" delete@").append(at).append('+').append(length);
                return concat(slice(bytes, 0, at), slice(bytes, at + length, bytes.length));
            }
            case 2 -> {
                lines.add(line, lines.get(line));
                how.append(" duplicate-line").append(line + 1);
            }
            case 3 -> {
                String l = lines.get(line);
                lines.set(line, random.nextBoolean() ? "  ".repeat(1 + random.nextInt(3)) + l : l.replaceFirst("^ {1,2}", ""));
                how.append(" indent-line").append(line + 1);
            }
            case 4, 5 -> {
                String l = lines.get(line);
                int column = l.isEmpty() ? 0 : l.offsetByCodePoints(0, random.nextInt(l.codePointCount(0, l.length()) + 1));
                String inserted = INSERTED[random.nextInt(INSERTED.length)];
                lines.set(line, l.substring(0, column) + inserted + l.substring(column));
                how.append(" insert-").append(escaped(inserted)).append('@').append(line + 1).append(':').append(column + 1);
            }
            case 6 -> {
                how.append(" truncate@").append(at);
                return slice(bytes, 0, at);
            }
            default -> {
                int other = random.nextInt(lines.size());
                String l = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, l);
                how.append(" swap-lines").append(line + 1).append(',').append(other + 1);
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("U+%04X", c) : Character.toString(c)));
        return out.toString();
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return java.util.Arrays.copyOfRange(bytes, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static byte[] shipped() {
        try (InputStream in = LoaderFuzzTest.class.getResourceAsStream("/" + KnowledgeBaseLoader.EMBEDDED_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
