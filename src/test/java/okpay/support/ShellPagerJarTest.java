package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The pager inside the interactive shell of the built jar, on a real pseudo-terminal (tmux, 80×24): a long answer
 * goes through {@code less -FRX}, Ctrl-C there leaves both the pager and the shell running, {@code q} gives the
 * prompt back in working order; a short answer, {@code --no-pager}, {@code set pager off}, a missing pager program
 * and the scripted shell print directly.
 */
class ShellPagerJarTest {
    private static final String PROMPT = "okpay-support>";
    /** A tmux server of each test's own, as in {@link PagerJarTest}. */
    private final String servers = "okpay-shellpager-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    /** The current session's server: a new one for each, so that one being stopped cannot take the next down with it. */
    private String server = servers;
    private int sessions;

    @TempDir
    Path home;

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void longAnswerPagesAndThePromptComesBackWorking() throws Exception {
        shell("PAGER='less -FRX'", "");
        type("contact --all");
        String paged = waitFor(screen -> lastLine(screen).equals(":"));
        assertEquals(":", lastLine(paged), "less shows its prompt:\n" + paged);
        assertTrue(paged.contains("Have ready") || paged.contains("Official"), "the answer is in the pager:\n" + paged);
        assertFalse(lastLine(paged).startsWith(PROMPT), paged);

        tmux("send-keys", "-t", "w", "C-c");
        Thread.sleep(700);
        String afterCtrlC = screen();
        assertFalse(afterCtrlC.contains("DONE"), "Ctrl-C in the pager does not end the shell:\n" + afterCtrlC);
        assertFalse(afterCtrlC.contains("exit 130"), "nor the command:\n" + afterCtrlC);

        tmux("send-keys", "-t", "w", "q");
        String back = waitFor(screen -> lastLine(screen).equals(PROMPT));
        assertEquals(PROMPT, lastLine(back), "q gives the prompt back:\n" + back);

        // Ctrl-C at the prompt still clears the line (the signal is the terminal library's again)
        tmux("send-keys", "-t", "w", "-l", "abc");
        waitFor(s -> lastLine(s).equals(PROMPT + " abc"));
        tmux("send-keys", "-t", "w", "C-c");
        String cleared = waitFor(s -> lastLine(s).equals(PROMPT));
        assertEquals(PROMPT, lastLine(cleared), "Ctrl-C cleared the line:\n" + cleared);

        // The line reader works as before: typed text echoes, Tab completes, a command runs.
        tmux("send-keys", "-t", "w", "faq list --tag passw", "Tab");
        String completed = waitFor(screen -> lastLine(screen).equals(PROMPT + " faq list --tag password"));
        assertEquals(PROMPT + " faq list --tag password", lastLine(completed), completed);
        tmux("send-keys", "-t", "w", "Enter");
        String listed = waitFor(screen -> screen.contains("3 entries") && lastLine(screen).equals(PROMPT));
        assertTrue(listed.contains("forgot-password") && lastLine(listed).equals(PROMPT), listed);
        type("exit");
        String done = waitFor(screen -> screen.contains("DONE"));
        assertTrue(done.contains("DONE 0"), done);
    }

    @Test
    void shortAnswerIsPrintedWithoutThePager() throws Exception {
        shell("PAGER='less -FRX'", "");
        type("faq list --tag password");
        String screen = waitFor(s -> s.contains("3 entries") && lastLine(s).equals(PROMPT));
        assertTrue(screen.contains("forgot-password"), screen);
        assertEquals(PROMPT, lastLine(screen), "straight back at the prompt:\n" + screen);
        assertFalse(screen.lines().anyMatch(l -> l.equals(":") || l.contains("(END)")), screen);
    }

    @Test
    void noPagerOnTheLineOrForTheSessionOrWithoutThePagerProgram() throws Exception {
        // --no-pager on one line, then `set pager off` for the rest of the session
        shell("PAGER='less -FRX'", "");
        type("contact --all --no-pager");
        assertPrintedDirectly(waitFor(ShellPagerJarTest::promptAfterAnswer));
        type("clear");
        type("set pager off");
        type("contact --all");
        assertPrintedDirectly(waitFor(ShellPagerJarTest::promptAfterAnswer));
        tmux("kill-server");

        // --no-pager given with the shell
        shell("PAGER='less -FRX'", "--no-pager");
        type("contact --all");
        assertPrintedDirectly(waitFor(ShellPagerJarTest::promptAfterAnswer));
        tmux("kill-server");

        // a pager program that is not there
        shell("PAGER=/nonexistent/pager", "");
        type("contact --all");
        assertPrintedDirectly(waitFor(ShellPagerJarTest::promptAfterAnswer));
    }

    @Test
    void terminalModesALeavingPagerBrokeAreRestored() throws Exception {
        // a "pager" that leaves the terminal raw, without echo and without Ctrl-C as a signal
        shell("PAGER=\"sh -c 'stty raw -echo </dev/tty; cat >/dev/null'\"", "");
        type("contact --all");
        assertEquals(PROMPT, lastLine(waitFor(s -> lastLine(s).equals(PROMPT) && s.contains("contact --all"))));
        // Ctrl-C still clears the line being typed, which needs the terminal's signal mode back
        tmux("send-keys", "-t", "w", "-l", "abc");
        waitFor(s -> lastLine(s).equals(PROMPT + " abc"));
        tmux("send-keys", "-t", "w", "C-c");
        String cleared = waitFor(s -> lastLine(s).equals(PROMPT));
        assertEquals(PROMPT, lastLine(cleared), "Ctrl-C cleared the line:\n" + cleared);
        type("faq list --tag password");
        String listed = waitFor(s -> s.contains("3 entries") && lastLine(s).equals(PROMPT));
        assertTrue(listed.contains("3 entries"), listed);
    }

    @Test
    void scriptedShellNeverPages() throws Exception {
        start("export PAGER='less -FRX'; printf 'contact --all\\n' | \"$JAVA\" -jar \"$JAR\" --lang en shell; echo \"DONE $?\"");
        String screen = waitFor(s -> s.contains("DONE"));
        assertTrue(screen.contains("DONE 0"), screen);
        assertFalse(screen.lines().anyMatch(l -> l.equals(":") || l.contains("(END)")), screen);
    }

    private static boolean promptAfterAnswer(String screen) {
        return screen.contains("operator replaces them") && lastLine(screen).equals(PROMPT);
    }

    private static void assertPrintedDirectly(String screen) {
        assertTrue(screen.contains("operator replaces them"), "the end of the answer:\n" + screen);
        assertEquals(PROMPT, lastLine(screen), "printed, then the prompt:\n" + screen);
        assertFalse(screen.lines().anyMatch(l -> l.equals(":") || l.contains("(END)")), screen);
    }

    /** The last line with text on the screen, without trailing blanks. */
    private static String lastLine(String screen) {
        List<String> lines = screen.lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    /** Opens the shell in English in an 80×24 window, with {@code env} and {@code options} given to it, and waits for its prompt. */
    private void shell(String env, String options) throws Exception {
        start(env + " \"$JAVA\" -jar \"$JAR\" --lang en shell " + options + "; echo \"DONE $?\"");
        String screen = waitFor(s -> lastLine(s).equals(PROMPT));
        assertEquals(PROMPT, lastLine(screen), screen);
    }

    private void start(String command) throws Exception {
        server = servers + "-" + ++sessions;
        String script = "export JAVA='" + Path.of(System.getProperty("java.home"), "bin", "java") + "' JAR='" + JarTest.jar()
                + "' LANG=C.UTF-8 TERM=xterm-256color XDG_CONFIG_HOME='" + home + "' XDG_CACHE_HOME='" + home
                + "'; unset COLUMNS LINES; clear; " + command + "; sleep 60";
        tmux("new-session", "-d", "-s", "w", "-x", "80", "-y", "24", "bash", "--norc", "-c", script);
    }

    /** Types {@code line} and Enter. */
    private void type(String line) throws Exception {
        tmux("send-keys", "-t", "w", "-l", line);
        tmux("send-keys", "-t", "w", "Enter");
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", "w");
    }

    private String waitFor(Predicate<String> ready) throws Exception {
        return Tmux.waitFor(server, "w", ready);
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        return Tmux.run(server, args);
    }
}
