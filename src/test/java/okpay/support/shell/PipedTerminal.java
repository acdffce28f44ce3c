package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * A JLine terminal on piped streams for tests: keys go in as a person types them, and what the terminal
 * shows is collected. JLine's own line discipline runs in Java, so Ctrl-C becomes a SIGINT as on a pty.
 */
final class PipedTerminal implements AutoCloseable {
    static final String TAB = "\t";
    static final String CTRL_C = "\u0003";
    /** Up arrow as xterm sends it in keypad-transmit mode, which JLine turns on while reading. */
    static final String UP = "\u001bOA";

    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;

    PipedTerminal() throws IOException {
        terminal = new ExternalTerminal("test", "xterm", new PipedInputStream(keys, 64 * 1024), screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(160, 50));
    }

    Terminal terminal() {
        return terminal;
    }

    /** Sends {@code text} as typed keys. */
    void type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /**
     * Presses Ctrl-C as a person would, a moment after the last key: JLine can miss the signal when it
     * arrives while the reader is still redrawing the echo of a key typed just before.
     */
    void ctrlC() throws IOException {
        sleep(400);
        type(CTRL_C);
    }

    /** Ends input, as Ctrl-D on an empty line or a closed pipe. */
    void endInput() throws IOException {
        keys.close();
    }

    /** Everything shown so far, as received (with escape sequences). */
    String raw() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    /** Everything shown so far without escape sequences and carriage returns. */
    String plain() {
        return raw().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[=>]", "").replace("\r", "");
    }

    /** Waits until the screen shows {@code text}; returns the whole screen, plain. */
    String waitFor(String text) {
        await(() -> plain().contains(text), "'" + text + "'");
        return plain();
    }

    /** Whether {@code condition} comes to hold within {@code seconds}. */
    boolean within(int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(10);
        }
        return true;
    }

    /** Waits until {@code condition} holds, failing with the screen after 20 seconds. */
    void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what + "; screen:\n" + plain());
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws IOException {
        keys.close();
        terminal.close();
    }
}
