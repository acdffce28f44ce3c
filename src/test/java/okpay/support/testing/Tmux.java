package okpay.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A tmux server on its own socket, for the jar tests that drive the tool on a real pseudo-terminal. */
public final class Tmux {
    private Tmux() {}

    /** Runs {@code tmux -L server args...} and returns what it printed; fails the test when tmux fails (but for kill-*). */
    public static String run(String server, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", server));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(true, process.exitValue() == 0 || args[0].startsWith("kill"), String.join(" ", command) + ": " + out);
        return out;
    }

    /** The pane's screen once {@code ready} holds for it, or after 30 s the last screen seen (the caller's assertion fails on it). */
    public static String waitFor(String server, String target, Predicate<String> ready) throws Exception {
        String screen = "";
        for (int i = 0; i < 300; i++) {
            screen = run(server, "capture-pane", "-p", "-t", target);
            if (ready.test(screen)) {
                return screen;
            }
            Thread.sleep(100);
        }
        return screen;
    }
}
