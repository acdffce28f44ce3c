package okpay.support.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import okpay.support.cli.ShellLauncher;
import okpay.support.cli.ShellRequest;
import okpay.support.cli.StandardInput;
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
        try (terminal) {
            return new Shell(terminal, request).run();
        } catch (IOException e) {
            return 0; // Closing the terminal failed after the session ended: nothing left to lose.
        }
    }
}
