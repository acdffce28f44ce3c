package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.security.SecurityAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code security-check} from the built jar: the password through a real pipe, and nbvcxz loaded only when it is needed. */
class SecurityCheckJarTest {
    private static final List<String> ANSWERS = List.of("--answer", "password-unique=yes", "--answer", "two-step=app",
            "--answer", "recovery-contacts=yes", "--answer", "activity-reviewed=3", "--answer", "alerts=both", "--answer", "app-updated=yes",
            "--answer", "system-updated=yes", "--answer", "screen-lock=strong", "--answer", "support-never-asks=no");

    @TempDir
    Path elsewhere;

    private JarTest.Run run(String stdin, List<String> jvm, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("security-check"));
        command.addAll(args);
        return JarTest.run(elsewhere, Map.of("LANG", "en_US.UTF-8"), jvm, stdin, command.toArray(String[]::new));
    }

    @Test
    void passwordFromAPipeIsEstimatedAndNeverPrinted() throws Exception {
        for (String format : List.of("text", "json", "yaml")) {
            List<String> args = new ArrayList<>(ANSWERS);
            args.addAll(List.of("--check-password", "--password-stdin", "--format", format));
            JarTest.Run run = run("gTw-ravine-Octopus-94\n", List.of(), args);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("", run.err());
            assertTrue(run.out().contains("100"), run.out());
            assertFalse(run.out().contains("gTw-ravine-Octopus-94"), run.out());
        }
    }

    @Test
    void weakPasswordFailsTheAuditWithExitSix() throws Exception {
        List<String> args = new ArrayList<>(ANSWERS);
        args.addAll(List.of("--password-stdin", "--fail-under", "90"));
        JarTest.Run run = run("password123\n", List.of(), args);
        assertEquals(6, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("  to do    Password strength"), run.out());
        assertTrue(run.err().matches("error: security score \\d+ is below --fail-under 90\n(?s).*"), run.err());
        assertFalse((run.out() + run.err()).contains("password123"));
    }

    /** Only --check-password pays for nbvcxz's word lists: without it, not one of its classes is loaded. */
    @Test
    void passwordLibraryIsLoadedOnlyForThePasswordCheck() throws Exception {
        JarTest.Run without = run("", List.of("-Xlog:class+load=info"), ANSWERS);
        assertEquals(0, without.exitCode(), without.err());
        assertTrue(without.out().contains("okpay.support.security.SecurityAudit"), "the log is there");
        assertFalse(without.out().contains("me.gosimple.nbvcxz"), "nbvcxz was loaded without --check-password");

        List<String> args = new ArrayList<>(ANSWERS);
        args.add("--password-stdin");
        JarTest.Run with = run("gTw-ravine-Octopus-94\n", List.of("-Xlog:class+load=info"), args);
        assertEquals(0, with.exitCode(), with.err());
        assertTrue(with.out().contains("me.gosimple.nbvcxz.resources.ConfigurationBuilder"), "nbvcxz is used for the password");
    }
}
