package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contact verify} and {@code contact draft} from the built jar, with the exit codes a runbook branches on. */
class ContactJarTest {
    @TempDir
    Path elsewhere;

    @Test
    void verifyExitCodesFromTheJar() throws Exception {
        Map<String, String> env = Map.of("LANG", "en_US.UTF-8");
        assertEquals(0, JarTest.run(elsewhere, env, "contact", "verify", "support@okpay.example").exitCode());
        JarTest.Run lookalike = JarTest.run(elsewhere, env, "contact", "verify", "xn--pay-bedt.example", "--format", "json");
        assertEquals(7, lookalike.exitCode(), lookalike.err());
        assertTrue(lookalike.out().contains("\"verdict\" : \"lookalike\""), lookalike.out());
        assertTrue(lookalike.out().contains("Cyrillic letter, U+043E"), "the Unicode form is decoded in the jar too");
        assertEquals(8, JarTest.run(elsewhere, env, "contact", "verify", "alice@gmail.com").exitCode());
        JarTest.Run garbage = JarTest.run(elsewhere, env, "contact", "verify", "hello world");
        assertEquals(2, garbage.exitCode());
        assertTrue(garbage.err().startsWith("error: \"hello world\" is not"), garbage.err());
    }

    @Test
    void draftFromTheJarMasksTheCardAndWarnsOnStderr() throws Exception {
        JarTest.Run run = JarTest.run(elsewhere, Map.of("LC_ALL", "C.UTF-8"), "contact", "draft", "--topic", "mistake",
                "--lang", "zh", "--message", "转错账了，卡号 4111 1111 1111 1111，验证码是 483920");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("卡号 411111******1111"), run.out());
        assertFalse(run.out().contains("483920") || run.err().contains("483920"), run.out() + run.err());
        assertTrue(run.err().contains("警告：已删除 1 个一次性验证码"), run.err());
    }
}
