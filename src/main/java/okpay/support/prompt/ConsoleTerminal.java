package okpay.support.prompt;

import java.io.Console;
import java.io.PrintWriter;
import okpay.support.error.SupportException;

/**
 * The plain {@link Terminal}: {@link System#console()} when the JVM has one, otherwise not interactive.
 *
 * <p>Ctrl-C is not turned into an exception here: {@code java.io.Console} gives no hook for it, so the JVM's
 * default SIGINT handling ends the process with status 130. The terminal echoed {@code ^C} after the prompt, so a
 * shutdown hook (added at the first question) ends that line when the process ends during a read; end of input
 * (Ctrl-D) ends it too, before the error is printed. The JLine shell's terminal, which does see Ctrl-C, throws
 * {@code SupportException(INTERRUPTED)} instead.
 */
public final class ConsoleTerminal implements Terminal {
    private final Console console;
    private final PrintWriter fallback;
    private volatile boolean reading;
    private boolean hooked;

    /** The JVM's console (null when there is none); lines go to {@code fallback} then, keeping standard output clean. */
    public ConsoleTerminal(Console console, PrintWriter fallback) {
        this.console = console;
        this.fallback = fallback;
    }

    @Override
    public boolean interactive() {
        return console != null;
    }

    @Override
    public String readLine(String prompt) {
        Console in = reading();
        try {
            // "%s" so a prompt containing '%' is printed, not interpreted as a format.
            return ended(in.readLine("%s", prompt));
        } finally {
            reading = false;
        }
    }

    @Override
    public char[] readSecret(String prompt) {
        Console in = reading();
        try {
            return ended(in.readPassword("%s", prompt));
        } finally {
            reading = false;
        }
    }

    /** The console, marked as reading; the first read adds the hook that ends the line of a read cut short by Ctrl-C. */
    private Console reading() {
        Console in = requireConsole();
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(this::interrupted, "end-the-question-line"));
        }
        reading = true;
        return in;
    }

    /**
     * At exit: a question was being read, so the process was stopped (Ctrl-C) on its line; the shell's prompt starts on
     * the next. Through standard error, the terminal too when a question can be asked: the console's own writer is
     * locked by the read this interrupted, and waiting for it would hold up the exit for good.
     */
    private void interrupted() {
        if (reading) {
            fallback.println();
            fallback.flush();
        }
    }

    /** {@code read}; at end of input (null) the cursor is still after the prompt, so the line is ended first. */
    private <T> T ended(T read) {
        if (read == null) {
            reading = false;
            console.writer().println();
            console.writer().flush();
        }
        return read;
    }

    @Override
    public void println(String text) {
        PrintWriter out = console != null ? console.writer() : fallback;
        out.println(text);
        out.flush();
    }

    private Console requireConsole() {
        if (console == null) {
            throw new IllegalStateException("no console: check interactive() before reading");
        }
        return console;
    }
}
