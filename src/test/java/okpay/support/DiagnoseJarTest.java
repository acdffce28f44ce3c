package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagnose} from the built jar, as a runbook runs it: no terminal, answers as options. */
class DiagnoseJarTest {
    @TempDir
    Path elsewhere;

    @Test
    void runsAFlowFromAnswersAndDraftsATicket() throws Exception {
        JarTest.Run run = JarTest.run(elsewhere, Map.of("LANG", "en_US.UTF-8"), "diagnose", "declined-tx", "--no-input",
                "--answer", "action=pay-or-send", "--answer", "message=restricted", "--tx-id", "TX-42", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"id\" : \"account-restricted\""), run.out());
        assertTrue(run.out().matches("(?s).*\"subject\" : \"\\[[^\"\\]]+\\] \\(transaction TX-42\\)\".*"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void explainsADeclineCodeInChinese() throws Exception {
        JarTest.Run run = JarTest.run(elsewhere, Map.of("LC_ALL", "C.UTF-8"), "diagnose", "declined-tx", "--code", "51", "--lang", "zh");
        assertEquals(0, run.exitCode(), run.err());
        String title = run.out().lines().findFirst().orElse("");
        assertTrue(title.startsWith("51 — ") && title.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                run.out());
    }

    @Test
    void neverHangsWithoutATerminal() throws Exception {
        JarTest.Run run = JarTest.run(elsewhere, Map.of("LANG", "en_US.UTF-8"), "diagnose", "missing-funds");
        assertEquals(5, run.exitCode());
        assertTrue(run.err().matches("(?s)error: \\d+ questions? needs? .*, and (it|they) cannot be asked because there is no terminal\n.*"),
                run.err());
        assertTrue(run.err().contains("  --answer kind="), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
