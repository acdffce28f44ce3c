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

/** Opens the shell on the process's own terminal; loaded by name by the {@code shell} command. */
public final class JLineShellLauncher implements ShellLauncher {
    @Override
    public int launch(ShellRequest request) {
        Terminal terminal;
        try {
            TerminalBuilder builder = StandardInput.closedAtStart()
                    // Closed input is end of input: the shell greets and leaves instead of reading a JVM file.
                    ? TerminalBuilder.builder().system(false).type(Terminal.TYPE_DUMB)
                            .streams(InputStream.nullInputStream(), new FileOutputStream(FileDescriptor.out))
                    : TerminalBuilder.builder().system(true);
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
