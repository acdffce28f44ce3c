package okpay.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import okpay.support.testing.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pager and wrapping of the built jar on a real pseudo-terminal (tmux, 80×24): long text goes through
 * {@code PAGER} ({@code less -FRX} shows its prompt), and not with {@code PAGER=cat}, {@code --no-pager} or a pipe.
 */
class PagerJarTest {
    /** A tmux server of each test's own: one being stopped by the test before cannot take a new window down with it. */
    private final String server = "okpay-pager-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private int windows;

    @TempDir
    Path home;

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void longOutputOnATerminalGoesThroughThePager() throws Exception {
        String pane = start("PAGER='less -FRX' \"$JAVA\" -jar \"$JAR\" contact --all --lang en; echo \"DONE $?\"",
                screen -> screen.lines().anyMatch(l -> l.equals(":")));
        List<String> lines = pane.lines().toList();
        assertTrue(lines.contains(":"), "less shows its prompt:\n" + pane);
        assertFalse(pane.contains("DONE"), "the command waits for the pager:\n" + pane);
        assertTrue(lines.get(0).startsWith("Official channels"), "the pager shows the top first:\n" + pane);
        for (String line : lines) {
            assertTrue(line.length() <= 80, line);
        }
        tmux("send-keys", "-t", target(), "q");
        String after = waitFor(screen -> screen.contains("DONE 0"));
        assertTrue(after.contains("DONE 0"), after);
    }

    @Test
    void noPagerWithCatNoPagerOrAPipe() throws Exception {
        for (String command : List.of("PAGER=cat \"$JAVA\" -jar \"$JAR\" contact --all --lang en",
                "\"$JAVA\" -jar \"$JAR\" contact --all --lang en --no-pager",
                "PAGER= \"$JAVA\" -jar \"$JAR\" contact --all --lang en",
                "\"$JAVA\" -jar \"$JAR\" contact --all --lang en | cat")) {
            String pane = start(command + "; echo \"DONE ${PIPESTATUS[0]}\"", screen -> screen.contains("DONE"));
            assertTrue(pane.contains("DONE 0"), command + ":\n" + pane);
            assertFalse(pane.lines().anyMatch(l -> l.equals(":") || l.contains("(END)")), command + ":\n" + pane);
        }
    }

    @Test
    void textWrapsToTheTerminalAndNotInAPipe() throws Exception {
        String pane = start("\"$JAVA\" -jar \"$JAR\" contact --topic funds --region CN --lang en; echo \"DONE $?\"",
                screen -> screen.contains("DONE"));
        assertTrue(pane.contains("DONE 0"), pane);
        assertTrue(pane.contains("Hotline for CN") && pane.contains("1. Support hotline  +1-555-0106"), pane);
        assertTrue(pane.lines().anyMatch(l -> l.startsWith("     your transaction history")), "continuation under its text:\n" + pane);
        String piped = start("\"$JAVA\" -jar \"$JAR\" contact --topic funds --region CN --lang en | cat; echo DONE",
                screen -> screen.contains("DONE"));
        assertFalse(piped.lines().anyMatch(l -> l.startsWith("     your transaction history")), "a pipe is not wrapped:\n" + piped);
    }

    /** Opens an 80×24 window running {@code command} in bash and returns the screen once {@code ready} holds. */
    private String start(String command, Predicate<String> ready) throws Exception {
        windows++;
        String script = "export JAVA='" + Path.of(System.getProperty("java.home"), "bin", "java") + "' JAR='" + JarTest.jar()
                + "' LANG=C.UTF-8 XDG_CONFIG_HOME='" + home + "' XDG_CACHE_HOME='" + home + "'; unset COLUMNS LINES; clear; "
                + command + "; sleep 60";
        tmux("new-session", "-d", "-s", target(), "-x", "80", "-y", "24", "bash", "--norc", "-c", script);
        return waitFor(ready);
    }

    private String target() {
        return "w" + windows;
    }

    private String waitFor(Predicate<String> ready) throws Exception {
        return Tmux.waitFor(server, target(), ready);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        return Tmux.run(server, args);
    }
}
