package okpay.support.maintain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import okpay.support.testing.KbValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb stats} on fixture knowledge bases: entries per section, texts per language, what to translate and enrich. */
class KbStatsTest {
    @Test
    void countsEntriesAndTextsPerSectionAsJson() {
        CliRunner.Result stats = Fixtures.run("search.yaml", "kb", "stats", "--format", "json");
        assertEquals(0, stats.exitCode(), stats.toString());
        assertTrue(stats.out().contains("\"key\" : \"faqs\",\n    \"entries\" : {\n      \"faqs\" : 10\n    }"), stats.out());
        assertTrue(stats.out().contains("\"minExamples\" : 8"), stats.out());
        // the fixture's entries have no example questions: every one is listed, with its counts
        assertEquals(10, stats.out().split("\"zh\" : 0,\n    \"en\" : 0", -1).length - 1, stats.out());
    }

    @Test
    void findsUntranslatedTextsAndCountsExampleQuestions(@TempDir Path dir) throws IOException {
        String minimal = KbValidation.fixture("minimal.yaml");
        String title = minimal.substring(minimal.indexOf("title: {zh: "));
        title = title.substring(0, title.indexOf('\n'));
        Path file = Files.writeString(dir.resolve("kb.yaml"), minimal.replace(title, "title: {zh: Refund, en: Refund}"));
        CliRunner.Result stats = CliRunner.runEn("kb", "stats", file.toString());
        assertEquals(0, stats.exitCode(), stats.toString());
        assertTrue(stats.out().contains("Texts whose Chinese is the English (no Chinese character): 1"), stats.out());
        assertTrue(stats.out().lines().anyMatch(l -> l.startsWith("  faqs[") && l.endsWith("].title: Refund")), stats.out());
        CliRunner.Result zh = CliRunner.runEn("--lang", "zh", "kb", "stats", file.toString());
        assertTrue(zh.out().contains("中文与英文相同"), zh.out());
    }

    @Test
    void listsOnlyTheEntriesWithFewExamplesInALanguage(@TempDir Path dir) throws IOException {
        String minimal = KbValidation.fixture("minimal.yaml");
        String id = "  - id: funds-not-received\n";
        assertTrue(minimal.contains(id), "test setup: the fixture has the entry");
        String nine = String.join(", ", java.util.Collections.nCopies(9, "\"where is my money\""));
        Path file = Files.writeString(dir.resolve("kb.yaml"), minimal.replace(id, id
                + "    examples: {zh: [钱呢, 还没到], en: [" + nine + "]}\n"));
        CliRunner.Result stats = CliRunner.runEn("kb", "stats", "--format", "json", file.toString());
        assertEquals(0, stats.exitCode(), stats.toString());
        assertTrue(stats.out().contains("\"id\" : \"funds-not-received\",\n    \"zh\" : 2,\n    \"en\" : 9"), stats.out());
    }
}
