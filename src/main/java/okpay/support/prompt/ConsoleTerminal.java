package okpay.support.prompt;

import java.io.Console;
import java.io.PrintWriter;
import okpay.support.error.SupportException;
import okpay.support.render.Sanitizer;

/**
 * The plain {@link Terminal}: {@link System#console()} when the JVM has one, otherwise not interactive.
 *
 * <p>Ctrl-C is not turned into an exception here: {@code java.io.Console} gives no hook for it, so the JVM's
 * default SIGINT handling ends the process (the shell reports status 130). The JLine shell's terminal,
 * which does see Ctrl-C, throws {@code SupportException(INTERRUPTED)} instead.
 */
public final class ConsoleTerminal implements Terminal {
    private final Console console;
    private final PrintWriter fallback;

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
        // "%s" so a prompt containing '%' is printed, not interpreted as a format.
        return requireConsole().readLine("%s", Sanitizer.text(prompt, false));
    }

    @Override
    public char[] readSecret(String prompt) {
        return requireConsole().readPassword("%s", Sanitizer.text(prompt, false));
    }

    @Override
    public void println(String text) {
        PrintWriter out = console != null ? console.writer() : fallback;
        out.println(Sanitizer.text(text, false));
        out.flush();
    }

    private Console requireConsole() {
        if (console == null) {
            throw new IllegalStateException("no console: check interactive() before reading");
        }
        return console;
    }
}
