package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 15's small items through the CLI, parsed both ways (the direct parser and picocli): each failed before. */
class SmallFixesTest {
    private static final Path SECURITY = Fixtures.path("security.yaml");
    @TempDir
    Path temp;

    private static CliRunner.Result both(String... args) {
        CliRunner.Result direct = new CliRunner().env(Fixtures.KB_VARIABLE, SECURITY.toString()).run(args);
        CliRunner.Result picocli = new CliRunner().env(Fixtures.KB_VARIABLE, SECURITY.toString()).runWithPicocli(args);
        assertEquals(direct, picocli, "the two parsers agree");
        return direct;
    }

    /** {@code --only ,,} ran every check, while {@code --only ""} was refused: a list naming no check is refused either way. */
    @ParameterizedTest
    @ValueSource(strings = {",,", "", ",", " , "})
    void onlyWithoutACheckIdIsAUsageError(String only) {
        CliRunner.Result result = both("security-check", "--only", only, "--list-checks");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: --only needs at least one check id\nhint: "), result.err());
        assertEquals("", result.out());
    }

    @Test
    void onlyWithAnEmptyItemBesideAnIdRunsThatCheck() {
        CliRunner.Result result = both("security-check", "--only", "two-step,,", "--list-checks", "--format", "json");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("\"two-step\"") && !result.out().contains("\"alerts\""), result.out());
    }

    /** The last --lang wins at one level as across levels: one language per message, never an English error with a Chinese hint. */
    @Test
    void theLastLangWins() {
        CliRunner.Result en = both("--lang", "zh", "--lang", "en", "faq", "show", "nope");
        assertEquals(3, en.exitCode(), en.toString());
        assertTrue(en.err().startsWith("error: no FAQ entry 'nope'\nhint: run "), en.err());
        CliRunner.Result zh = both("faq", "show", "nope", "--lang=en", "--lang", "zh");
        assertEquals(3, zh.exitCode(), zh.toString());
        assertTrue(zh.err().contains("提示: ") && !zh.err().contains("hint:"), zh.err());
        assertTrue(zh.err().lines().allMatch(line -> !line.matches(".*\\b(no FAQ entry|run)\\b.*")), "no English sentence: " + zh.err());
    }

    @Test
    void anInvalidLangIsStillReported() {
        CliRunner.Result result = new CliRunner().run("--lang", "fr", "--lang", "en", "faq", "list");
        assertEquals(2, result.exitCode(), result.toString());
    }

    @Test
    void limitBelowOneHasAHint() {
        CliRunner.Result result = new CliRunner().run("faq", "search", "password", "--limit", "0");
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("error: --limit must be at least 1, got 0\nhint: Give --limit a whole number of 1 or more, for example --limit 5.\n", result.err());
    }

    /** The size is checked before reading: a sparse 3 GB file is refused at once (it gave OutOfMemoryError). */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aHugeAnswersFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = temp.resolve("answers.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        CliRunner.Result result = both("security-check", "--answers", big.toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: answers file " + big + " is larger than 1 MiB, the limit for an answers file\nhint: "), result.err());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void anAnswersFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = temp.resolve("answers.yaml");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        CliRunner.Result result = both("security-check", "--answers", fifo.toString());
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().startsWith("error: answers file is not a regular file: "), result.err());
        assertFalse(Files.isRegularFile(fifo));
    }
}
