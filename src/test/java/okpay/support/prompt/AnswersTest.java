package okpay.support.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.kb.SafeYaml;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersTest {
    @TempDir
    Path dir;

    @Test
    void flagsKeepTheirOrderAndSplitAtTheFirstEqualsSign() {
        Answers answers = Answers.fromFlags(List.of("balance-ok=yes", "method=card", "note=a=b"), Lang.EN);

        assertEquals(List.of("balance-ok", "method", "note"), List.copyOf(answers.ids()));
        assertEquals("a=b", answers.get("note").orElseThrow());
        assertEquals("yes", answers.get("balance-ok").orElseThrow());
        assertTrue(answers.get("other").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "=yes", "balance-ok=", "balance-ok=  ", "bad id=yes", "-x=yes", ""})
    void malformedFlagsAreUsageErrorsThatShowTheExpectedForm(String flag) {
        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFlags(List.of(flag), Lang.EN));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--answer expects ID=VALUE, got \"" + flag + "\"", e.getMessage());
        assertTrue(e.hint().contains("--answer balance-ok=yes"), e.hint());
    }

    @Test
    void malformedFlagMessageIsLocalizedAndEscapesControlCharacters() {
        SupportException e = assertThrows(SupportException.class,
                () -> Answers.fromFlags(List.of("oops\u001b[31m"), Lang.ZH));

        assertEquals("--answer 的格式应为 ID=VALUE，收到的是 \"oops\\u001b[31m\"", e.getMessage());
    }

    @Test
    void theSameIdTwiceWithDifferentValuesIsAnError() {
        SupportException e = assertThrows(SupportException.class,
                () -> Answers.fromFlags(List.of("a=yes", "a=no"), Lang.EN));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("--answer a is given twice with different values", e.getMessage());
        assertEquals(Map.of("a", "yes"), Answers.fromFlags(List.of("a=yes", "a=yes"), Lang.EN).values());
    }

    @Test
    void fileGivesScalarsAsWrittenAndBooleansAsYesOrNo() throws IOException {
        Path file = write("answers.yaml", """
                # answers for the payment-failed flow
                balance-ok: true
                card-expired: false
                amount: 12.50
                count: 3
                method: card
                says: "yes"
                note: 卡被拒了
                """);

        Answers answers = Answers.fromFile(file, Lang.EN);

        assertEquals(Map.of("balance-ok", "yes", "card-expired", "no", "amount", "12.50", "count", "3",
                "method", "card", "says", "yes", "note", "卡被拒了"), answers.values());
        assertEquals("balance-ok", answers.ids().iterator().next());
    }

    @Test
    void emptyFileHasNoAnswers() throws IOException {
        assertTrue(Answers.fromFile(write("empty.yaml", "# nothing yet\n"), Lang.EN).values().isEmpty());
    }

    @Test
    void duplicateKeyIsReportedWithItsLineAndColumn() throws IOException {
        Marker.Marked text = Marker.strip("balance-ok: yes\nmethod: card\n‸balance-ok: no\n");
        int first = Marker.find(text.text(), "‸balance-ok: yes").line();
        Path file = write("dup.yaml", text.text());

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(file + ":" + text.position() + ": duplicate key 'balance-ok' (first defined at line " + first + ")", e.getMessage());
        assertTrue(e.hint().contains("balance-ok: yes"), e.hint());
    }

    @Test
    void nestedMapIsRejectedAtTheValue() throws IOException {
        Marker.Marked text = Marker.strip("method:\n  ‸kind: card\n");
        Path file = write("nested.yaml", text.text());

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals(file + ":" + text.position() + ": the answer to method must be a single value, not a list or a map", e.getMessage());
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() throws IOException {
        String text = "a: [1, 2]\nb:\nc: yes\nc: no\n";
        Path file = write("many.yaml", text);

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals("answers file " + file + " has 3 problems", e.getMessage());
        assertEquals(List.of(
                file + ":" + Marker.find(text, "a: ‸[1, 2]") + ": the answer to a must be a single value, not a list or a map",
                file + ":" + Marker.find(text, "‸b:") + ": the answer to b is empty",
                file + ":" + Marker.find(text, "c: yes\n‸c: no") + ": duplicate key 'c' (first defined at line "
                        + Marker.find(text, "‸c: yes").line() + ")"), e.details());
    }

    @Test
    void aListAtTheTopIsNotAnAnswersFile() throws IOException {
        Marker.Marked text = Marker.strip("‸- yes\n- no\n");
        Path file = write("list.yaml", text.text());

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals(file + ":" + text.position() + ": the answers file must be a map of question id to answer, like \"balance-ok: yes\"",
                e.getMessage());
    }

    @Test
    void keysThatAreNotQuestionIdsAreRejected() throws IOException {
        Marker.Marked text = Marker.strip("ok: yes\n? ‸[a, b]\n: no\n");
        Path file = write("keys.yaml", text.text());

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals(file + ":" + text.position() + ": mapping keys must be plain strings", e.getMessage());
    }

    @Test
    void yamlSyntaxErrorHasAPosition() throws IOException {
        Path file = write("broken.yaml", "a: yes\nb: [unclosed\n");

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().matches("\\Q" + file + "\\E:\\d+:\\d+: malformed YAML: .+"), e.getMessage());
    }

    @Test
    void fileOverTheSizeLimitIsRefused() throws IOException {
        Path file = write("huge.yaml", "note: \"" + "x".repeat(SafeYaml.ANSWERS_FILE.maxBytes()) + "\"\n");

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals("answers file " + file + " is larger than 1 MiB, the limit for an answers file", e.getMessage());
    }

    @Test
    void aliasBombIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("‸a: &a [x, x]\n");
        for (char c = 'b'; c <= 'p'; c++) {
            yaml.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append("]\n");
        }
        Marker.Marked text = Marker.strip(yaml.toString());
        Path file = write("bomb.yaml", text.text());

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith(file + ":" + text.position() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("aliases"), e.getMessage());
    }

    @Test
    void missingFileNamesThePath() {
        Path file = dir.resolve("nope.yaml");

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("answers file not found: " + file, e.getMessage());
    }

    @Test
    void directoryIsNotAnAnswersFile() {
        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(dir, Lang.ZH));

        assertEquals("答案文件不是普通文件：" + dir, e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8IsRefused() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "note: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        SupportException e = assertThrows(SupportException.class, () -> Answers.fromFile(file, Lang.EN));

        assertEquals("answers file is not UTF-8 text: " + file, e.getMessage());
    }

    @Test
    void flagsOverrideTheFile() throws IOException {
        Path file = write("answers.yaml", "balance-ok: yes\nmethod: card\n");

        Answers answers = Answers.parse(List.of("method=bank", "limit-hit=no"), file, Lang.EN);

        assertEquals(Map.of("balance-ok", "yes", "method", "bank", "limit-hit", "no"), answers.values());
    }

    @Test
    void parseWithoutAFileUsesOnlyFlags() {
        assertEquals(Map.of("a", "1"), Answers.parse(List.of("a=1"), null, Lang.EN).values());
    }

    @Test
    void valuesCannotBeChanged() {
        Answers answers = Answers.fromFlags(List.of("a=1"), Lang.EN);

        assertThrows(UnsupportedOperationException.class, () -> answers.values().put("b", "2"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
