package okpay.support.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import okpay.support.cli.ShellLauncher;
import okpay.support.cli.ShellRequest;
import okpay.support.cli.StandardInput;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

/** Opens the shell on the process's own terminal; loaded by name by the {@code shell} command. */
public final class JLineShellLauncher implements ShellLauncher {
    /**
     * JLine reports through java.util.logging, whose default handler writes to stderr: "History file contained errors"
     * and the like would land among the shell's output. The shell says what matters itself (see {@link HistoryFile}).
     * Held here because the logging framework keeps loggers only weakly, and a collected one forgets its level.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    @Override
    public int launch(ShellRequest request) {
        JLINE_LOG.setLevel(Level.OFF);
        Terminal terminal;
        try {
            terminal = ShellTerminal.open(StandardInput.closedAtStart(), request.context().tty(), request.context().env());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terminal.getWidth() <= 0) {
            // A pseudo-terminal nobody sized (script(1) fed from a pipe) reports 0 columns, and line editing
            // cannot draw in zero columns: assume the classic size.
            terminal.setSize(new Size(80, 24));
        }
        int status;
        try (terminal) {
            status = new Shell(terminal, request).run();
        } catch (IOException e) {
            status = 0; // Closing the terminal failed after the session ended: nothing left to lose.
        }
        if (terminal instanceof ShellTerminal.PipeTerminal pipe && pipe.outputFailure() != null) {
            return outputFailed(pipe.outputFailure().getMessage(), request);
        }
        return status;
    }

    /**
     * A piped session whose output could not all be written ends as a one-off command does: exit 74, quietly when the
     * reader went away ({@code | head}), else with the one line that says why (a full disk, a closed standard output).
     */
    private static int outputFailed(String why, ShellRequest request) {
        String message = String.valueOf(why);
        if (message.contains("Broken pipe")) {
            return ExitCode.OUTPUT_FAILED.code();
        }
        Messages messages = Messages.core(request.lang() != null ? request.lang() : Lang.fromEnvironment(request.context().env()));
        String key = message.contains("No space left") ? "error.output-full" : message.contains("Bad file descriptor") ? "error.output-closed"
                : "error.output-failed";
        throw new SupportException(ExitCode.OUTPUT_FAILED, messages.get(key), null);
    }
}
