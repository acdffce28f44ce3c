package okpay.support.kb.compiled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiling a large knowledge base into the cache in a second JVM with the optimising compiler. The launcher runs
 * Java with C1 only, which suits a one-off command (it ends before C2 would pay off) but makes the first run of a
 * 40 MB file about a third slower than C2 does. So when the launcher asks for it (the system property {@value
 * #PROPERTY}, the size from which to do it) and a chain that large is missing from the cache, the tool runs itself
 * once more as {@code kb stats} on the same files, with C2 and the serial collector (the least memory), and reads the
 * snapshot that run left in the cache. Anything that goes wrong there (an invalid file, an unwritable cache, no
 * {@code java}) only means the run compiles the chain itself, as it always did, and reports what it finds.
 */
public final class CompileApart {
    /** The system property the launcher sets: the total size in bytes from which a chain is compiled apart. */
    public static final String PROPERTY = "okpay.support.compileApartFrom";
    private static final String MAIN = "okpay.support.Main";

    private CompileApart() {}

    /** True when this run was asked to compile a chain of {@code bytes} bytes apart. */
    public static boolean wanted(long bytes) {
        String from = System.getProperty(PROPERTY);
        if (from == null) {
            return false;
        }
        try {
            return bytes >= Long.parseLong(from.strip());
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Runs the compiling JVM on {@code files} with the size limit {@code maxBytes} and the cache folder {@code cache}
     * (a {@link SnapshotCache#directory} of an XDG_CACHE_HOME), its output discarded; true when it ended well (the
     * caller still checks the cache, and compiles itself when the snapshot is not there).
     */
    public static boolean run(List<Path> files, int maxBytes, Path cache) {
        Path xdgCache = cache.toAbsolutePath().getParent();
        if (xdgCache == null || !cache.getFileName().toString().equals(SnapshotCache.FOLDER)) {
            return false; // a folder the child's environment cannot name
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx" + Runtime.getRuntime().maxMemory(), "-XX:-UsePerfData", "-Xshare:auto",
                "-Xlog:all=off", "-XX:-PrintWarnings", "-cp", System.getProperty("java.class.path"), MAIN,
                "--kb-max-size", Integer.toString(maxBytes), "kb", "stats", "--format", "json", "--"));
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
        }
        Process process = null;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("XDG_CACHE_HOME", xdgCache.toString());
            process = builder
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close(); // it asks nothing; an empty input, not the user's terminal
            return process.waitFor() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
