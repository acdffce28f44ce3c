package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.cli.ChineseErrorsTest;
import okpay.support.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SnakeYAML's problem texts in both languages: a broken document for each text {@link YamlTexts} maps, whose English
 * problem reads as SnakeYAML wrote it (as before) and whose Chinese one is translated, without an English word.
 */
class YamlTextsTest {
    /** Texts SnakeYAML 2.7 holds that composing a file cannot produce (its constructors', internal checks). */
    private static final Set<String> UNREACHABLE = Set.of("yaml.simple-key-first", "yaml.code-point-limit",
            "yaml.merge-not-mapping", "yaml.duplicate-keys", "yaml.constructing-mapping");

    /** A broken document and the problem it gives in English, after "malformed YAML: ". */
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("a: b: c\n", "mapping values are not allowed here"),
                Arguments.of("a:\n\tb: 1\n", "while scanning for the next token: found character '\\t(TAB)' that cannot start any token. "
                        + "(Do not use \\t(TAB) for indentation)"),
                Arguments.of("a: \"x\n", "while scanning a quoted scalar: found unexpected end of stream"),
                Arguments.of("a: \"x\n---\n\"\n", "while scanning a quoted scalar: found unexpected document separator"),
                Arguments.of("- a\n? b\n", "while parsing a block collection: expected <block end>, but found '?'"),
                Arguments.of("a:\n  b: 1\n c: 2\n", "while parsing a block mapping: expected <block end>, but found '<block mapping start>'"),
                Arguments.of("{a: 1\n", "while parsing a flow mapping: expected ',' or '}', but got <stream end>"),
                Arguments.of("[a, b\n", "while parsing a flow sequence: expected ',' or ']', but got <stream end>"),
                Arguments.of("a: *x\n", "found undefined alias x"),
                Arguments.of("a: 1\n---\nb: 2\n", "expected a single document in the stream: but found another document"),
                Arguments.of("a: \"\\q\"\n", "while scanning a double-quoted scalar: found unknown escape character q(113)"),
                Arguments.of("a: \"\\x4\"\n", "while scanning a double-quoted scalar: expected escape sequence of 2 hexadecimal numbers, "
                        + "but found: 4\""),
                Arguments.of("a: !<x y\n", "while scanning a tag: expected '>', but found ' ' (32)"),
                Arguments.of("!<> a\n", "while scanning a tag: expected URI, but found >(62)"),
                Arguments.of("a: !<%zz>\n", "while scanning a tag: expected URI escape sequence of 2 hexadecimal numbers, but found z(122) and z(122)"),
                Arguments.of("a: !<%ff> b\n", "while scanning a tag: expected URI in UTF-8: Input length = 1"),
                Arguments.of("a: !x!y 1\n", "while parsing a node: found undefined tag handle !x!"),
                Arguments.of("%YAML 1.1\n%YAML 1.1\n---\na: 1\n", "found duplicate YAML directive"),
                Arguments.of("%YAML 2.0\n---\na: 1\n", "found incompatible YAML document (version 1.* is required)"),
                Arguments.of("%TAG ! tag:a,2000:\n%TAG ! tag:b,2000:\n---\na: 1\n", "duplicate tag handle !"),
                Arguments.of("%YAML 1.x\n---\na: 1\n", "while scanning a directive: expected a digit, but found x(120)"),
                Arguments.of("%YAML 1.1x\n---\n", "while scanning a directive: expected a digit or ' ', but found x(120)"),
                Arguments.of("%YAML 1\n---\na: 1\n", "while scanning a directive: expected a digit or '.', but found "),
                Arguments.of("%YAML 1.1 x\n---\na: 1\n", "while scanning a directive: expected a comment or a line break, but found x(120)"),
                Arguments.of("%YAML 11111111111111111111.1\n---\na: 1\n",
                        "while scanning a YAML directive: found a number which cannot represent a valid version: 11111111111111111111"),
                Arguments.of("%YA?ML 1.1\n---\n", "while scanning a directive: expected alphabetic or numeric character, but found ?(63)"),
                Arguments.of("%TAG !a b\n---\n", "while scanning a directive: expected '!', but found  (32)"),
                Arguments.of("%TAG !a!x b\n---\n", "while scanning a directive: expected ' ', but found x(120)"),
                Arguments.of("a: & b\n", "while scanning an anchor: unexpected character found  (32)"),
                Arguments.of("a: * b\n", "while scanning an alias: unexpected character found  (32)"),
                Arguments.of("a: |0\n  x\n", "while scanning a block scalar: expected indentation indicator in the range 1-9, but found 0"),
                Arguments.of("a: |x\n  x\n", "while scanning a block scalar: expected chomping or indentation indicators, but found x(120)"),
                Arguments.of("---\na: 1\n...\nb\n", "expected '<document start>', but found '<scalar>'"),
                Arguments.of("a: [b, : ]\n", "while parsing a flow node: expected the node content, but found ':'"),
                Arguments.of("- ]\n", "while parsing a block node: expected the node content, but found ']'"),
                Arguments.of("? a\nb\n", "while scanning a simple key: could not find expected ':'"),
                Arguments.of("a: - b\n", "sequence entries are not allowed here"),
                Arguments.of("a: ? b\n", "mapping keys are not allowed here"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documents")
    void eachTextReadsAsBeforeInEnglishAndIsTranslatedInChinese(String document, String english) {
        assertEquals("malformed YAML: " + english, problem(document, Lang.EN));
        String chinese = problem(document, Lang.ZH);
        assertTrue(chinese.startsWith("YAML 格式有误："), chinese);
        assertFalse(chinese.contains("SnakeYAML"), "not translated: " + chinese);
        assertEquals(Set.of(), chineseOnly(chinese), chinese);
    }

    @Test
    void everyMappedTextIsFedByADocument() {
        Set<String> fed = new TreeSet<>();
        documents().forEach(arguments -> {
            String english = (String) arguments.get()[1];
            for (String part : english.split(": ", 2)) {
                for (String[] known : YamlTexts.TEXTS) {
                    if (Pattern.compile(known[0]).matcher(part).matches() || Pattern.compile(known[0]).matcher(english).matches()) {
                        fed.add(known[1]);
                    }
                }
            }
        });
        List<String> missing = new ArrayList<>();
        for (String[] known : YamlTexts.TEXTS) {
            if (!fed.contains(known[1]) && !UNREACHABLE.contains(known[1])) {
                missing.add(known[1]);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void anUnknownTextIsTheEnglishAfterAChineseLeadIn() {
        assertEquals("YAML 格式有误（SnakeYAML 的原文）：“while juggling: dropped a ball”",
                YamlTexts.describe("while juggling", "dropped a ball", Lang.ZH));
        assertEquals("malformed YAML: while juggling: dropped a ball", YamlTexts.describe("while juggling", "dropped a ball", Lang.EN));
    }

    /** The English words of a Chinese problem, but the names of standards it quotes (URI, UTF-8). */
    static Set<String> chineseOnly(String message) {
        Set<String> english = new TreeSet<>(ChineseErrorsTest.englishWords(message));
        english.removeAll(Set.of("URI", "UTF"));
        return english;
    }

    private static String problem(String document, Lang lang) {
        List<Problem> problems = new ArrayList<>();
        SafeYaml.parse(document, "f.yaml", SafeYaml.KNOWLEDGE_BASE.in(lang), problems);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).message();
    }
}
