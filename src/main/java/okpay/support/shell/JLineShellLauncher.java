package okpay.support.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okpay.support.cli.ShellLauncher;
import okpay.support.cli.ShellRequest;
import okpay.support.cli.StandardInput;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** Opens the shell on the process's own terminal; loaded by name by the {@code shell} command. */
public final class JLineShellLauncher implements ShellLauncher {
    @Override
    public int launch(ShellRequest request) {
        Terminal terminal;
        try {
            if (StandardInput.closedAtStart()) {
                // Closed input is end of input: the shell greets and leaves instead of reading a JVM file. A plain dumb
                // terminal on stdout: no pseudo-terminal whose copying thread could lose the last line at exit.
                terminal = new DumbTerminal("okpay-support", Terminal.TYPE_DUMB, InputStream.nullInputStream(),
                        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8);
            } else {
                TerminalBuilder builder = TerminalBuilder.builder().system(true);
                if (!request.context().tty()) {
                    // Not a terminal on both ends (a pipe, a file): a dumb terminal, as JLine would end with, without
                    // its probes, which start a process per stream (a tenth of a piped shell's start).
                    builder.provider(TerminalBuilder.PROP_PROVIDER_DUMB);
                }
                terminal = builder
                        .name("okpay-support")
                        // UTF-8 whatever the locale, as Main does: Chinese answers must survive a C locale.
                        .encoding(StandardCharsets.UTF_8)
                        // Input from a pipe gets a dumb terminal, without JLine's warning about it.
                        .dumb(true)
                        // Ctrl-C while a command runs must not end the JVM; at a prompt JLine turns it into an exception.
                        .nativeSignals(true)
                        .signalHandler(Terminal.SignalHandler.SIG_IGN)
                        .build();
            }
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
