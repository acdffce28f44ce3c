package okpay.support.cli;

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
            String target = Files.readSymbolicLink(fd0).toString();
            String jar = StandardInput.class.getProtectionDomain().getCodeSource().getLocation().getPath();
            return target.startsWith(System.getProperty("java.home")) || target.endsWith(".jsa") || target.equals(jar);
        } catch (Exception e) {
            return false; // no /proc, or no permission: nothing to correct
        }
    }
}
