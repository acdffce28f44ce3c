package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import okpay.support.kb.UncheckedSnapshot;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a real pseudo-terminal (a tmux pane): knowledge-base text that retitles the window, clears the
 * screen, switches to the alternate screen, moves the cursor or hides a link changes nothing on the screen beyond its
 * visible characters. The pane must show exactly what the same commands print into a pipe, and keep its title.
 */
class TerminalSafetyJarTest {
    private static final List<List<String>> COMMANDS = List.of(List.of("faq", "show", "funds-not-received"), List.of("faq", "list"),
            List.of("contact", "--topic", "funds"), List.of("contact", "--region", "DE"), List.of("faq", "search", "money"));

    @TempDir
    Path dir;

    @Test
    void hostileKnowledgeBaseTextChangesNothingOnTheScreenButItsCharacters() throws Exception {
        String tool;
        try (JarFile jar = new JarFile(JarTest.jar().toFile())) {
            tool = "okpay-support " + jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        Path kbc = UncheckedSnapshot.write(Fixtures.path("hostile/terminal.yaml"), dir.resolve("hostile.kbc"), tool);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        StringBuilder script = new StringBuilder("printf '\\033]2;before\\033\\\\'\nprintf 'BEFORE\\n'\n");
        StringBuilder expected = new StringBuilder("BEFORE\n");
        for (List<String> command : COMMANDS) {
            List<String> args = new ArrayList<>(List.of(java, "-jar", JarTest.jar().toString(), "--kb", kbc.toString()));
            args.addAll(command);
            script.append(String.join(" ", args.stream().map(a -> "'" + a + "'").toList())).append(" 2>&1\n");
            expected.append(piped(args));
        }
        script.append("printf 'AFTER\\n'\nsleep 120\n");
        expected.append("AFTER\n");
        Path run = Files.writeString(dir.resolve("run.sh"), script);

        String socket = "okpay-test-" + ProcessHandle.current().pid();
        try {
            tmux(socket, "-f", "/dev/null", "new-session", "-d", "-x", "250", "-y", "150", "-s", "t", "bash " + run);
            String screen = "";
            for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); System.nanoTime() < end && !screen.contains("AFTER"); ) {
                Thread.sleep(200);
                screen = tmux(socket, "capture-pane", "-p", "-t", "t");
            }
            assertEquals(trimmed(expected.toString()), trimmed(screen), "the pane shows what a pipe gets, no more");
            assertEquals("before", tmux(socket, "display", "-p", "-t", "t", "#{pane_title}").strip(), "the window title is unchanged");
        } finally {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What {@code command} prints into a pipe, stdout and stderr together. */
    private String piped(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return out;
    }

    private String tmux(String socket, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("HOME", dir.toString());
        builder.environment().remove("NO_COLOR");
        builder.environment().remove("TMUX");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "tmux answered");
        return out;
    }

    /** Lines without trailing spaces, and no blank lines at the end: the screen's rows are padded and the pane taller. */
    private static String trimmed(String text) {
        return String.join("\n", text.lines().map(String::stripTrailing).toList()).strip();
    }
}
