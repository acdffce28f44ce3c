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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.cli.ChineseErrorsTest;
import okpay.support.cli.CliRunner;
import okpay.support.contact.verify.VerifySectionTest;
import okpay.support.diagnose.BrokenFlowTest;
import okpay.support.security.BrokenSecurityChecksTest;
import okpay.support.testing.Fixtures;
import okpay.support.testing.KbValidation;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The knowledge-base loader speaks Chinese with {@code --lang zh}: every broken file of the broken-file tables
 * ({@code BrokenKnowledgeBaseTest}, {@code BrokenFlowTest}, {@code BrokenSecurityChecksTest}, {@code VerifySectionTest},
 * {@code HostileKnowledgeBaseTest}, {@link YamlTextsTest}'s documents), run through {@code kb validate} and as the
 * {@code --kb} of a command, and every file that cannot be read, gives problems and errors without an English word
 * (the {@code file:line:column: } prefix, quoted values, ids and the knowledge base's own keys aside).
 */
class ChineseProblemsTest {
    private static final String MINIMAL = KbValidation.fixture("minimal.yaml");
    private static final String FLOW = KbValidation.fixture("flow.yaml");
    /** The {@code file:line:column: } of a problem line. */
    private static final Pattern POSITION = Pattern.compile("^\\S*:\\d+:\\d+: ");
    /** The knowledge base's keys (from {@code kb schema}): typed as they are, in either language. */
    private static final Set<String> KEYS = keys();
    /** Standards and placeholders the Chinese texts name as they are. */
    private static final Set<String> NAMES = Set.of("URI", "UTF", "ASCII", "KiB", "SIZE", "OUT", "QUESTION");
    /** An id: lowercase words joined by '-' ({@code funds-not-received}). */
    private static final Pattern ID = Pattern.compile("(?<![\\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\\w-])");

    @TempDir
    Path dir;

    /** name, the whole text of a broken knowledge base. */
    static List<String[]> brokenFiles() {
        List<String[]> files = new ArrayList<>();
        replaced(files, MINIMAL, BrokenKnowledgeBaseTest.brokenFiles());
        replaced(files, MINIMAL, HostileKnowledgeBaseTest.hiddenCharacters());
        replaced(files, FLOW, BrokenFlowTest.brokenFlows());
        replaced(files, FLOW, BrokenFlowTest.brokenElsewhere());
        replaced(files, KbValidation.fixture("security-section.yaml") + MINIMAL, BrokenSecurityChecksTest.brokenSections());
        HostileKnowledgeBaseTest.unprintable().forEach(a -> files.add(new String[] {name(a),
                MINIMAL.replace("title: {zh: 钱没到账, en: Money has not arrived}", Marker.unmarked((String) a.get()[1]))}));
        HostileKnowledgeBaseTest.yesNoQuestionIds().forEach(a -> files.add(new String[] {name(a),
                FLOW.replace("      - id: retried", Marker.unmarked((String) a.get()[1]))}));
        VerifySectionTest.broken().forEach(a -> files.add(new String[] {name(a), MINIMAL + Marker.unmarked((String) a.get()[1])}));
        YamlTextsTest.documents().forEach(a -> files.add(new String[] {"YAML: " + a.get()[1], (String) a.get()[0]}));
        try (Stream<Path> hostile = Files.list(Fixtures.path("hostile"))) {
            hostile.sorted().forEach(f -> files.add(new String[] {"hostile/" + f.getFileName(), read(f)}));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder aliases = new StringBuilder(MINIMAL).append("anchors:\n  a: &a [1, 2]\n");
        for (int i = 1; i <= 21; i++) {
            aliases.append("  b").append(i).append(": *a\n");
        }
        files.add(new String[] {"too many aliases", aliases.toString()});
        files.add(new String[] {"nesting too deep", MINIMAL.replace("  official_domains:", "  extra: " + "[".repeat(40) + "]".repeat(40)
                + "\n  official_domains:")});
        files.add(new String[] {"empty file", ""});
        files.add(new String[] {"not a mapping", "- a\n- b\n"});
        files.add(new String[] {"a mapping key", MINIMAL + "? [a]\n: b\n"});
        files.add(new String[] {"overlay extends", "extends: elsewhere\nfaqs: []\n"});
        files.add(new String[] {"overlay without ids", "extends: builtin\nfaqs:\n  - title: {zh: 标题, en: Title}\n  - {id: nothing-here, remove: true}\n"});
        StringBuilder many = new StringBuilder(MINIMAL);
        for (int i = 0; i < 150; i++) {
            many.append("junk").append(i).append(": 1\n");
        }
        files.add(new String[] {"many problems", many.toString()});
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyProblemOfABrokenFileIsInChinese() {
        return brokenFiles().stream().map(file -> DynamicTest.dynamicTest(file[0], () -> {
            Path path = Files.writeString(dir.resolve("kb.yaml"), file[1]);
            CliRunner.Result validate = CliRunner.runEn("kb", "validate", path.toString(), "--lang", "zh");
            assertEquals(4, validate.exitCode(), validate.toString());
            assertChinese(validate.out() + validate.err());
            CliRunner.Result used = CliRunner.runEn("--kb", path.toString(), "faq", "list", "--lang", "zh");
            assertEquals(4, used.exitCode(), used.toString());
            assertTrue(used.err().startsWith("错误："), used.err());
            assertChinese(used.err());
            // an entry without a valid id is named by its kind alone (the position says which), never 'null'
            CliRunner.Result english = CliRunner.runEn("kb", "validate", path.toString());
            assertFalse((english.out() + english.err()).contains("'null'"), english.toString());
        }));
    }

    @Test
    void filesThatCannotBeReadAreErrorsInChinese() throws Exception {
        Path fifo = dir.resolve("kb.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(), "mkfifo");
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), MINIMAL.replace("Money has not arrived", "Money \u00e9")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path compiled = dir.resolve("minimal.kbc");
        assertEquals(0, CliRunner.runEn("kb", "compile", Fixtures.path("minimal.yaml").toString(), "-o", compiled.toString()).exitCode());
        Path truncated = Files.write(dir.resolve("truncated.kbc"), java.util.Arrays.copyOf(Files.readAllBytes(compiled), 64));
        Path old = UncheckedSnapshot.write(Fixtures.path("minimal.yaml"), dir.resolve("old.kbc"), "okpay-support 0.1");
        List<List<String>> runs = List.of(
                List.of("--kb", dir.resolve("missing.yaml").toString(), "faq", "list"),
                List.of("--kb", dir.toString(), "faq", "list"),
                List.of("--kb", fifo.toString(), "faq", "list"),
                List.of("--kb", "/dev/zero", "faq", "list"),
                List.of("--kb", Fixtures.path("minimal.yaml").toString(), "--kb-max-size", "1K", "faq", "list"),
                List.of("--kb", latin1.toString(), "faq", "list"),
                List.of("--kb", compiled.toString(), "--kb", Fixtures.path("minimal.yaml").toString(), "faq", "list"),
                List.of("--kb", truncated.toString(), "faq", "list"),
                List.of("--kb", old.toString(), "faq", "list"),
                List.of("kb", "validate", dir.resolve("missing.yaml").toString()),
                List.of("kb", "compile", Fixtures.path("minimal.yaml").toString(), "-o", dir.toString()),
                List.of("kb", "validate", "--kb-max-size", "1K", Fixtures.path("minimal.yaml").toString()));
        for (List<String> args : runs) {
            List<String> zh = new ArrayList<>(args);
            zh.addAll(List.of("--lang", "zh"));
            CliRunner.Result run = CliRunner.runEn(zh.toArray(String[]::new));
            assertFalse(run.exitCode() == 0, run.toString());
            assertTrue(run.err().startsWith("错误："), args + "\n" + run);
            assertChinese(run.err());
        }
    }

    @Test
    void theErrorDocumentsProblemsAreInChinese() throws IOException {
        Path path = Files.writeString(dir.resolve("kb.yaml"), MINIMAL.replace("urgency: high", "urgency: soon"));
        CliRunner.Result json = CliRunner.runEn("--kb", path.toString(), "faq", "list", "--format", "json", "--lang", "zh");
        assertEquals(4, json.exitCode(), json.toString());
        assertTrue(json.out().contains("\"message\" : \"问题类型 'funds' 的 urgency 'soon' 不在可选值之中：low, normal, high, critical\""),
                json.out());
        CliRunner.Result en = CliRunner.runEn("--kb", path.toString(), "faq", "list", "--format", "json");
        assertTrue(en.out().contains("\"message\" : \"topic 'funds' urgency 'soon' is not one of low, normal, high, critical\""), en.out());
    }

    @Test
    void theKbCommandsSpeakChinese() throws IOException {
        Path compiled = dir.resolve("minimal.kbc");
        String kb = Fixtures.path("minimal.yaml").toString();
        for (List<String> args : List.of(List.of("kb", "validate", kb), List.of("kb", "stats", kb),
                List.of("kb", "compile", kb, "-o", compiled.toString()))) {
            List<String> zh = new ArrayList<>(args);
            zh.addAll(List.of("--lang", "zh"));
            CliRunner.Result run = CliRunner.runEn(zh.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run.toString());
            assertChinese(run.out());
        }
    }

    /** Every line of {@code output} without its position holds no English word but keys, quoted values and names. */
    private static void assertChinese(String output) {
        Set<String> english = new TreeSet<>();
        for (String line : output.split("\n")) {
            english.addAll(englishWords(POSITION.matcher(line).replaceFirst("")));
        }
        assertEquals(Set.of(), english, output);
    }

    static Set<String> englishWords(String line) {
        Set<String> words = new TreeSet<>(ChineseErrorsTest.englishWords(ID.matcher(line).replaceAll(" ")));
        words.removeAll(KEYS);
        words.removeAll(NAMES);
        return words;
    }

    private static void replaced(List<String[]> files, String original, Stream<Arguments> cases) {
        cases.forEach(a -> {
            Object[] args = a.get();
            String target = Marker.unmarked((String) args[1]);
            files.add(new String[] {name(a), original.replace(target, Marker.unmarked((String) args[2]))});
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String name(Arguments arguments) {
        return (String) arguments.get()[0];
    }

    /** The property names of {@code kb schema}. */
    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        Matcher property = Pattern.compile("\"([a-z][a-z0-9_]*)\" : \\{").matcher(CliRunner.runEn("kb", "schema").out());
        while (property.find()) {
            keys.add(property.group(1));
        }
        keys.removeAll(Set.of("properties", "items", "not", "then", "else", "contains"));
        return keys;
    }
}
