package okpay.support.shell;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.utils.InfoCmp.Capability;

/**
 * Opens the terminal the shell runs on, without the detours of JLine's {@link TerminalBuilder}, which cost a cold
 * JVM more than the rest of the shell's start: a look-up of every terminal provider (one of which starts a
 * {@code test -t} process), an {@code infocmp} process for the terminal's capabilities even when JLine carries them
 * itself, and their parsing with a regular expression per line. A pipe or a file gets a dumb terminal; a terminal
 * gets JLine's native (JNI) terminal directly; anything that fails on the way falls back to the builder.
 */
final class ShellTerminal {
    private static final String NAME = "okpay-support";

    private ShellTerminal() {}

    /**
     * The terminal for a shell whose standard input is closed ({@code closed}), not a terminal on both ends
     * ({@code tty} false), or a terminal; {@code env} gives its type ({@code TERM}).
     */
    static Terminal open(boolean closed, boolean tty, Map<String, String> env) throws IOException {
        Charset utf8 = StandardCharsets.UTF_8; // whatever the locale, as Main does: Chinese must survive a C locale
        if (closed || !tty) {
            // Closed input is end of input: the shell greets and leaves instead of reading a JVM file. A plain dumb
            // terminal on stdout, as JLine ends with for a pipe, without its probes.
            InputStream in = closed ? InputStream.nullInputStream() : new FileInputStream(FileDescriptor.in);
            return new PipeTerminal(new KeptOpenInput(in), new KeptOpenOutput());
        }
        String type = env.getOrDefault("TERM", "");
        try {
            // JLine's native terminal, as its builder would make it, but with the capabilities read by
            // TerminalCapabilities; ANSI when TERM is not set, as JLine assumes.
            return new NativeTerminal(type.isEmpty() ? "ansi" : type, new JniTerminalProvider().current(SystemStream.Output));
        } catch (IOException | RuntimeException | LinkageError e) {
            // No native library for this system, or not a terminal after all: JLine's own way, whatever it costs.
            return TerminalBuilder.builder()
                    .system(true)
                    .name(NAME)
                    .encoding(utf8)
                    .dumb(true) // input from a pipe gets a dumb terminal, without JLine's warning about it
                    .nativeSignals(true)
                    .signalHandler(Terminal.SignalHandler.SIG_IGN)
                    .build();
        }
    }

    /** Whether {@code terminal} is the process's own terminal device (not a pipe, nor a test's virtual terminal). */
    static boolean ownsProcessTerminal(Terminal terminal) {
        return terminal instanceof PosixSysTerminal;
    }

    /**
     * JLine's dumb terminal with the capabilities of its "dumb" entry (80 columns, a bell, carriage return and line
     * feed) set directly: JLine would read its table of capability names and parse the entry with regular expressions,
     * which costs a cold JVM more than the rest of the terminal.
     */
    static final class PipeTerminal extends DumbTerminal {
        private final KeptOpenOutput output;

        PipeTerminal(InputStream in, OutputStream out) throws IOException {
            super(NAME, TYPE_DUMB, in, out, StandardCharsets.UTF_8);
            this.output = out instanceof KeptOpenOutput kept ? kept : null;
        }

        /** The first failure to write standard output (JLine's writer keeps only that one happened), or null. */
        IOException outputFailure() {
            return output == null ? null : output.failure;
        }

        @Override
        protected void parseInfoCmp() {
            bools.add(Capability.auto_right_margin);
            ints.put(Capability.columns, 80);
            strings.put(Capability.bell, "^G");
            strings.put(Capability.carriage_return, "^M");
            strings.put(Capability.cursor_down, "^J");
            strings.put(Capability.scroll_forward, "^J");
        }
    }

    /** JLine's terminal on a POSIX terminal device, with its capabilities read quickly (TerminalCapabilities). */
    private static final class NativeTerminal extends PosixSysTerminal {
        NativeTerminal(String type, Pty pty) throws IOException {
            // Ctrl-C while a command runs must not end the JVM; at a prompt JLine turns it into an exception.
            super(NAME, type, pty, StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8, true,
                    Terminal.SignalHandler.SIG_IGN);
        }

        @Override
        protected void parseInfoCmp() {
            if (!TerminalCapabilities.read(type, bools, ints, strings)) {
                super.parseInfoCmp(); // a type neither JLine nor the system knows: JLine's fallback, ANSI
            }
        }
    }

    /** Standard input for the dumb terminal: closing the terminal leaves the descriptor open, as JLine does. */
    private static final class KeptOpenInput extends FilterInputStream {
        KeptOpenInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the descriptor is the process's, not the terminal's
        }
    }

    /** Standard output for the dumb terminal: closing the terminal flushes it and leaves the descriptor open. */
    static final class KeptOpenOutput extends FilterOutputStream {
        private IOException failure;

        KeptOpenOutput() {
            super(new FileOutputStream(FileDescriptor.out));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length); // FilterOutputStream would write them one by one
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

}
