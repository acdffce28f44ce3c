package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.KbValidation;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile knowledge-base files: characters that act on a terminal, bytes that are not text, files built to exhaust
 * memory or to crash the validator. Each is refused with exit 4 and its problems at their real position, never an
 * internal error. The files are written from the fixtures under {@code src/test/resources/kb/hostile/} and
 * {@code minimal.yaml}.
 */
public class HostileKnowledgeBaseTest {
    private static final String MINIMAL = KbValidation.fixture("minimal.yaml");
    private static final String RULE = "; knowledge-base text may hold only visible characters, spaces, tabs and line breaks";

    @TempDir
    Path dir;

    /** name, text of minimal.yaml, its replacement with the marker ‸ where the problem is, the message. */
    public static Stream<Arguments> hiddenCharacters() {
        String title = "title: {zh: 钱没到账, en: Money has not arrived}";
        return Stream.of(
                Arguments.of("window title (OSC 0) as an escape", title, "title: {zh: 钱没到账, en: \"Money‸\\e]0;PWNED\\a\"}",
                        "text holds U+001B (escape: starts terminal control sequences)"),
                Arguments.of("clear screen", title, "title: {zh: \"钱没‸\\e[2J到账\", en: Money}",
                        "text holds U+001B (escape: starts terminal control sequences)"),
                Arguments.of("bell alone", title, "title: {zh: 钱没到账, en: \"Money‸\\a\"}", "text holds U+0007 (a control character)"),
                Arguments.of("C1 CSI", title, "title: {zh: 钱没到账, en: \"Mo‸\\x9b2J\"}", "text holds U+009B (a control character)"),
                Arguments.of("right-to-left override, raw", title, "title: {zh: 钱没到账, en: Money ‸\u202Ehas not arrived}",
                        "text holds U+202E (a bidi control: reorders the text around it)"),
                Arguments.of("right-to-left isolate, escaped", title, "title: {zh: 钱没到账, en: \"Money ‸\\u2067x\"}",
                        "text holds U+2067 (a bidi control: reorders the text around it)"),
                Arguments.of("zero-width space", title, "title: {zh: 钱没‸\u200B到账, en: Money has not arrived}",
                        "text holds U+200B (an invisible format character)"),
                Arguments.of("byte-order mark inside text", title, "title: {zh: 钱没到账, en: \"Money‸\\uFEFF\"}",
                        "text holds U+FEFF (an invisible format character)"),
                Arguments.of("tag character", title, "title: {zh: 钱没到账, en: \"Mo‸\\U000E0041\"}",
                        "text holds U+E0041 (an invisible format character)"),
                Arguments.of("carriage return escape", title, "title: {zh: 钱没到账, en: \"Money‸\\rPAID\"}",
                        "text holds U+000D (a control character)"),
                Arguments.of("in a key", "    urgency: high", "    \"urg‸\\eency\": high",
                        "text holds U+001B (escape: starts terminal control sequences)"),
                Arguments.of("in an id", "  - id: funds-not-received", "  - id: \"funds-not‸\\u200B-received\"",
                        "text holds U+200B (an invisible format character)"),
                Arguments.of("in a block scalar, after a tab and lines", "answer: {zh: 先查看交易状态。, en: Check the transaction status first.}",
                        "answer:\n      zh: 先查看交易状态。\n      en: |\n        Check\tthe status.\n        Then ‸\u202Ecall.",
                        "text holds U+202E (a bidi control: reorders the text around it)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hiddenCharacters")
    void aCharacterThatActsOnATerminalIsAProblemWhereItIs(String name, String target, String replacement, String message) {
        KbValidation.assertReported(dir, MINIMAL, target, replacement, message + RULE);
    }

    @Test
    void tabsAndLineBreaksInTextAreFine() {
        String text = MINIMAL.replace("answer: {zh: 先查看交易状态。, en: Check the transaction status first.}",
                "answer:\n      zh: \"先查看\\t交易状态。\"\n      en: |\n        Check\tthe transaction status.\n\n        Then wait.");
        CliRunner.Result run = KbValidation.validate(dir, "tabs.yaml", text);
        assertEquals(0, run.exitCode(), run.toString());
    }

    /** Characters YAML itself refuses in a file, found at their line and column rather than at 1:1. */
    public static Stream<Arguments> unprintable() {
        return Stream.of(
                Arguments.of("NUL", "title: {zh: 钱没到账, en: Money‸\u0000}", "file holds U+0000 (a control character)"),
                Arguments.of("raw ESC", "title: {zh: 钱没到账, en: Money‸\u001B[2J}", "file holds U+001B (escape: starts terminal control sequences)"),
                Arguments.of("raw BEL", "title: {zh: 钱‸\u0007, en: Money}", "file holds U+0007 (a control character)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unprintable")
    void aCharacterYamlRefusesIsReportedWhereItIs(String name, String replacement, String message) {
        KbValidation.assertReported(dir, MINIMAL, "title: {zh: 钱没到账, en: Money has not arrived}", replacement, message + RULE);
    }

    @Test
    void invalidUtf8IsReportedAtItsByte() throws IOException {
        Marker.Marked marked = Marker.strip(MINIMAL.replace("title: {zh: 钱没到账, en: Money has not arrived}", "title: {zh: 钱没到账, en: Money ‸X}"));
        byte[] bytes = marked.text().getBytes(StandardCharsets.UTF_8);
        int at = marked.text().substring(0, marked.text().indexOf("Money X}") + 6).getBytes(StandardCharsets.UTF_8).length;
        bytes[at] = (byte) 0xC3; // a lead byte without its continuation
        Path file = Files.write(dir.resolve("latin1.yaml"), bytes);
        CliRunner.Result run = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(4, run.exitCode(), run.toString());
        assertEquals(file + ":" + marked.position() + ": file is not valid UTF-8 here (byte " + at + " is 0xc3); save it as UTF-8",
                run.out().lines().findFirst().orElseThrow());
    }

    @Test
    void nestingTooDeepIsReportedWhereItGoesTooDeep() {
        // the file is level 1, product level 2: the 23rd list inside product is level 25, one too many
        String deep = "[".repeat(22) + "‸" + "[".repeat(18) + "]".repeat(40);
        KbValidation.assertReported(dir, MINIMAL.replace("  official_domains:", "  extra: " + deep + "\n  official_domains:"),
                "nesting deeper than 24 levels, the limit for a knowledge base");
    }

    @Test
    void tooManyAliasesAreReportedAtTheAliasOverTheLimit() {
        StringBuilder text = new StringBuilder(MINIMAL).append("anchors:\n  a: &a [1, 2]\n");
        for (int i = 1; i <= 21; i++) {
            text.append("  b").append(i).append(": ").append(i == 21 ? "‸" : "").append("*a\n");
        }
        KbValidation.assertReported(dir, text.toString(), "more than 20 aliases to lists or mappings, the limit for a knowledge base "
                + "(many aliases make a small file expand without end)");
    }

    /** The crash of issue 15 item 6: a yes/no question whose id is not an id took the validator down. */
    public static Stream<Arguments> yesNoQuestionIds() {
        return Stream.of(
                Arguments.of("invalid id", "      - id: ‸Bad_Id!",
                        "flow 'payment-failed' question id 'Bad_Id!' must be lowercase letters and digits joined by '-' (like 'forgot-password')"),
                Arguments.of("a mapping as id", "      - id: ‸{a: 1}", "flow 'payment-failed' question id must be a non-empty string"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yesNoQuestionIds")
    void aYesNoQuestionWithABadIdIsAProblemNotACrash(String name, String replacement, String message) {
        String flow = KbValidation.fixture("flow.yaml");
        CliRunner.Result run = KbValidation.validate(dir, "flow.yaml", flow.replace("      - id: retried", Marker.unmarked(replacement)));
        assertEquals(4, run.exitCode(), run.toString());
        assertFalse(run.err().contains("internal error"), run.toString());
        Marker.Marked marked = Marker.strip(flow.replace("      - id: retried", replacement));
        assertTrue(run.out().contains(dir.resolve("flow.yaml") + ":" + marked.position() + ": " + message), run.toString());
    }

    @Test
    void aSectionReaderThatThrowsLeavesAProblemAtItsSection() throws IOException {
        SectionReader<String> failing = new SectionReader<>() {
            @Override
            public String key() {
                return "failing";
            }

            @Override
            public boolean required() {
                return false;
            }

            @Override
            public String absent() {
                return null;
            }

            @Override
            public String read(org.yaml.snakeyaml.nodes.Node node, Context context) {
                throw new NullPointerException("question");
            }
        };
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader(new KnowledgeBaseLoader.Sections() {
            @Override
            public List<SectionReader<?>> sections() {
                return List.of(failing);
            }

            @Override
            public List<KnowledgeBase.Derivation<?>> derivations() {
                return List.of();
            }
        });
        Marker.Marked text = Marker.strip("version: 1\nfailing:\n  ‸x: 1\n");
        Path file = Files.writeString(dir.resolve("failing.yaml"), text.text());
        KnowledgeBaseLoader.Validation validation = loader.check(file);
        assertEquals(List.of(file + ":" + text.position() + ": section 'failing' could not be checked (internal error: "
                + "NullPointerException: question); fix the problems reported before it, and report this one with the file"),
                validation.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aFileOfJunkKeysIsRefusedWithOneProblemNotHalfAMillion() throws IOException {
        // 4 MiB of "kXXXX: 1" lines: before, 23 s and 1.5 GB, and an OutOfMemoryError under -Xmx256m
        StringBuilder junk = new StringBuilder("version: 1\n");
        for (int i = 0; junk.length() < 4 * 1024 * 1024 - 20; i++) {
            junk.append('k').append(Integer.toString(i, 36)).append(": 1\n");
        }
        Path file = Files.writeString(dir.resolve("junk.yaml"), junk);
        CliRunner.Result run = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(4, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: more than 250000 values .*"), lines.get(0));
    }

    @Test
    void problemsAreCappedAtAHundredThenCounted() throws IOException {
        StringBuilder text = new StringBuilder(MINIMAL);
        for (int i = 0; i < 250; i++) {
            text.append("junk").append(i).append(": 1\n");
        }
        Path file = Files.writeString(dir.resolve("many.yaml"), text);
        CliRunner.Result run = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(4, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(102, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(file + ":" + (MINIMAL.lines().count() + 1) + ":1: unknown key 'junk0'"), lines.get(0));
        assertEquals("... and 150 more (only the first 100 are listed)", lines.get(100));
        assertEquals(file + ": 250 problems; fix them and run 'okpay-support kb validate' again", lines.get(101));

        CliRunner.Result json = CliRunner.runEn("kb", "validate", "--format", "json", file.toString());
        assertTrue(json.out().contains("\"moreProblems\" : 150"), json.out());
        CliRunner.Result used = CliRunner.runEn("--kb", file.toString(), "faq", "list");
        assertEquals(4, used.exitCode());
        assertTrue(used.err().startsWith("error: knowledge base '" + file + "' has 250 problems:"), used.err());
        assertTrue(used.err().contains("\n... and 150 more\n"), used.err());
    }

    @Test
    void notARegularFileIsRefusedBeforeReading() throws Exception {
        Path fifo = dir.resolve("kb.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        for (String path : List.of(fifo.toString(), "/dev/zero", dir.toString())) {
            for (List<String> args : List.of(List.of("--kb", path, "faq", "list"), List.of("kb", "validate", path))) {
                CliRunner.Result run = CliRunner.runEn(args.toArray(String[]::new));
                assertEquals(4, run.exitCode(), run.toString());
                assertTrue(run.err().contains(path + "' is not a regular file") || run.err().contains(path + "' is a directory"),
                        run.err());
            }
        }
    }

    /** Every text command, in each format, on and off a terminal. */
    private static final List<List<String>> COMMANDS = List.of(List.of("faq", "list"), List.of("faq", "show", "funds-not-received"),
            List.of("faq", "search", "money"), List.of("ask", "money", "not", "arrived"), List.of("contact"),
            List.of("contact", "--topic", "funds"), List.of("contact", "--region", "DE"), List.of("contact", "verify", "support@okpay.example"),
            List.of("contact", "draft", "--topic", "funds"), List.of("diagnose"), List.of("security-check", "--list-checks"),
            List.of("kb", "stats"), List.of("kb", "export"), List.of("kb", "validate"), List.of("faq", "show", "funds"));

    @Test
    void noCommandPrintsAHiddenCharacterOfTheKnowledgeBase() throws IOException {
        // compiled past the check that refuses it, as a hand-made compiled file can be: the output must still be safe
        Path kbc = UncheckedSnapshot.write(okpay.support.testing.Fixtures.path("hostile/terminal.yaml"), dir.resolve("hostile.kbc"), null);
        int runs = 0;
        for (List<String> command : COMMANDS) {
            for (String format : List.of("text", "json", "yaml")) {
                for (boolean tty : List.of(false, true)) {
                    List<String> args = new ArrayList<>(List.of("--kb", kbc.toString(), "--format", format));
                    args.addAll(command);
                    CliRunner.Result run = new CliRunner().tty(tty).run(args.toArray(String[]::new));
                    assertTrue(run.exitCode() != 1, run.toString());
                    assertSafe(args + (tty ? " on a terminal" : ""), run.out() + run.err(), tty);
                    runs++;
                }
            }
        }
        CliRunner.Result shown = new CliRunner().tty(true).run("--kb", kbc.toString(), "faq", "show", "funds-not-received");
        assertTrue(shown.out().contains("Check \\u001b[31mred\\u001b[0m\\u200b the \\u009b2J status"), shown.out());
        assertEquals(COMMANDS.size() * 6, runs);
    }

    @Test
    void yamlAndJsonWriteControlCharactersAsEscapesNeverAsBinary() {
        String query = "a\uFFFEb \u001b[2J \u202e \u0085";
        CliRunner.Result yaml = CliRunner.runEn("ask", "--format", "yaml", query);
        String line = yaml.out().lines().filter(l -> l.startsWith("query:")).findFirst().orElseThrow();
        assertFalse(yaml.out().contains("!!binary"), yaml.out());
        assertTrue(line.startsWith("query: \"a\\uFFFEb \\e[2J \\u202e \\N") || line.startsWith("query: \"a\\ufffeb"), line);
        assertSafe("yaml", yaml.out(), false);
        CliRunner.Result json = CliRunner.runEn("ask", "--format", "json", query);
        assertTrue(json.out().contains("\\u001B[2J") || json.out().contains("\\u001b[2J"), json.out());
        assertTrue(json.out().contains("\\ufffe"), json.out());
        assertSafe("json", json.out(), false);
    }

    /** Fails when {@code output} holds a character a terminal acts on, but for the colours of the tool's own layouts. */
    private static void assertSafe(String what, String output, boolean colours) {
        String text = colours ? output.replaceAll("\u001b\\[(0|1|2|1;36|32|33|31|36)m", "") : output;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == '\n' || c == '\t' || !okpay.support.render.Sanitizer.isUnsafeCharacter(c);
            assertTrue(allowed, what + ": raw U+" + Integer.toHexString(c) + " at " + i + " in:\n" + output);
            i += Character.charCount(c);
        }
    }
}
