package okpay.support.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import okpay.support.Main;
import okpay.support.prompt.NoTerminal;
import okpay.support.prompt.Terminal;
import okpay.support.render.SanitizingWriter;

/**
 * What a run of the tool gets from its surroundings: streams, environment, whether output goes to
 * a terminal ({@code tty}: colours), and the terminal questions are asked on ({@code terminal}, not
 * interactive when nobody can answer). {@code Main} builds it from {@code System}; tests and the
 * shell build their own.
 */
public record CliContext(
        PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean tty, Terminal terminal) {
    public CliContext {
        // The process's environment is immutable already; copying it would walk every variable in every cold start.
        env = env == System.getenv() ? env : Map.copyOf(env);
        // every path to the streams goes through the sanitiser, whether or not it writes through a layout
        out = SanitizingWriter.of(out, tty);
        err = SanitizingWriter.of(err, tty);
    }

    /** A context whose questions cannot be asked (scripts, tests of non-interactive runs). */
    public CliContext(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean tty) {
        this(out, err, in, env, tty, NoTerminal.INSTANCE);
    }
}
