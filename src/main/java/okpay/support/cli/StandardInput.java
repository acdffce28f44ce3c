package okpay.support.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the tool was started with its standard input closed ({@code okpay-support shell <&-}). The JVM then
 * reuses descriptor 0 for a file of its own (its modules, a class-data archive, the jar), and reading "stdin"
 * would read that file; closed input must count as empty input instead. Detected through {@code /proc}, so on
 * systems without it standard input is taken as it is.
 */
public final class StandardInput {
    private static Boolean closed;

    private StandardInput() {}

    /** Standard input ({@code given}) as the tool reads it: empty when it was closed at start, checked at the first read. */
    public static InputStream stream(InputStream given) {
        return new Checked(given);
    }

    /** {@code given}, or nothing when it was closed at start; the check (a readlink in /proc) waits for a read. */
    private static final class Checked extends InputStream {
        private final InputStream given;
        private InputStream in;

        Checked(InputStream given) {
            this.given = given;
        }

        private InputStream in() {
            if (in == null) {
                in = closedAtStart() ? InputStream.nullInputStream() : given;
            }
            return in;
        }

        @Override
        public int read() throws IOException {
            return in().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in().read(b, off, len);
        }

        @Override
        public int available() throws IOException {
            return in().available();
        }

        @Override
        public void close() throws IOException {
            in().close();
        }
    }

    /** True when {@code in} is this process's standard input and that was closed at start (nothing to read). */
    public static boolean closed(InputStream in) {
        return in instanceof Checked && closedAtStart();
    }

    /** True when descriptor 0 is not the input the tool was given but a file the JVM opened for itself. */
    public static synchronized boolean closedAtStart() {
        if (closed == null) {
            closed = check();
        }
        return closed;
    }

    private static boolean check() {
        try {
            Path fd0 = Path.of("/proc/self/fd/0");
            if (!Files.isSymbolicLink(fd0)) {
                return false;
            }
            // The kernel names the file by its real path; the JVM's own are its runtime image, a class-data archive
            // and the jars of its class path, however they were named on the command line (relative, via a link).
            Path target = Files.readSymbolicLink(fd0);
            if (target.startsWith(Path.of(System.getProperty("java.home")).toRealPath()) || target.toString().endsWith(".jsa")) {
                return true;
            }
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && Files.isRegularFile(Path.of(entry)) && Path.of(entry).toRealPath().equals(target)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false; // no /proc, or no permission: nothing to correct
        }
    }
}
