import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Build step (run by Maven in the package phase, after the shade plugin made the jar): makes the class-data
 * archive the launcher starts the jar with. Each training run of the jar records the classes it loads
 * (-XX:DumpLoadedClassList); the merged list is dumped into one static archive (-Xshare:dump) beside the jar,
 * then the archive is tried once with -Xshare:on. Any failure leaves no archive and prints a warning: the
 * launcher runs without one (slower, never broken), and the jar test that expects the archive fails the verify.
 *
 * <p>Usage: {@code java ClassDataArchive.java JAR ARCHIVE TRAINING_FILE WORK_DIR}. Runs as a single source
 * file, so nothing of it goes into the jar.
 */
public final class ClassDataArchive {
    private static final long RUN_TIMEOUT_SECONDS = 120;
    /** A pseudo-terminal run that still waits after this lost its input: it is dropped, and the archive made without it. */
    private static final long TTY_TIMEOUT_SECONDS = 20;
    /** Seconds before a pseudo-terminal run's input is typed. */
    private static final String TTY_INPUT_DELAY = "1.5";
    /** The prefix of a training run in a pseudo-terminal. */
    private static final String TTY = "tty ";

    private ClassDataArchive() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path training = Path.of(args[2]);
        Path workDir = Path.of(args[3]);
        long start = System.nanoTime();
        Path temp = Files.createTempDirectory("okpay-class-data");
        try {
            Files.deleteIfExists(archive);
            List<List<String>> runs = trainingRuns(training);
            List<String> classes = train(jar, runs, workDir, temp);
            Path classList = temp.resolve("classes.lst");
            Files.write(classList, classes);
            Path made = temp.resolve("archive.jsa");
            Ran dump = java(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                    "-XX:SharedArchiveFile=" + made, "-Xlog:all=off", "-jar", jar.toString()), workDir, temp, "", false);
            if (dump.exitCode() != 0 || !Files.isRegularFile(made)) {
                throw new IllegalStateException("-Xshare:dump failed: " + dump.output());
            }
            Ran tried = java(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + made, "-XX:TieredStopAtLevel=1",
                    "-XX:+UseG1GC", "-jar", jar.toString(), "--version"), workDir, temp, "", false);
            if (tried.exitCode() != 0) {
                throw new IllegalStateException("the archive does not start the jar: " + tried.output());
            }
            Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("class-data archive %s: %d classes from %d training runs, %d MiB, %.1f s%n", archive,
                    classes.stream().filter(c -> !c.startsWith("@")).count(), runs.size(), Files.size(archive) >> 20,
                    (System.nanoTime() - start) / 1e9);
        } catch (Exception e) {
            System.err.println("WARNING: no class-data archive was made (" + e.getMessage() + "); the launcher "
                    + "runs the jar without one, which starts slower. The jar tests report it.");
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * The runs listed in {@code file}: arguments split on spaces, then the standard input after "<<< ", if any, with
     * {@code \\t} for a Tab and {@code \\n} for a new line. A line starting with "tty " runs in a pseudo-terminal (script(1)), as a person starts the
     * shell; without script(1) it is left out.
     */
    private static List<List<String>> trainingRuns(Path file) throws IOException {
        List<List<String>> runs = new ArrayList<>();
        boolean script = onPath("script");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                if (line.startsWith(TTY) && !script) {
                    continue;
                }
                int stdin = line.indexOf(" <<< ");
                List<String> run = new ArrayList<>();
                run.add(stdin < 0 ? "" : line.substring(stdin + 5).replace("\\t", "\t").replace("\\n", "\n") + "\n");
                run.addAll(List.of((stdin < 0 ? line : line.substring(0, stdin)).strip().split(" +")));
                runs.add(run);
            }
        }
        return runs;
    }

    /** Whether {@code program} is an executable file in a folder of PATH. */
    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The class list of all the training runs (two at a time): the classes in first-loaded order, and the lines that
     * tell the dump which lambda classes and method-handle forms to make. A {@code @lambda-proxy} line stands for one
     * call site: two call sites of the same shape (as in the JDK's stream code and JLine's line reader) are the same
     * line twice, and each line makes one archived class. So such a line is kept as many times as one run listed it;
     * kept once, the second call site's class was generated at run time, about a millisecond each in the shell.
     */
    private static List<String> train(Path jar, List<List<String>> runs, Path workDir, Path temp) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Path>> lists = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                Path list = temp.resolve("run" + i + ".lst");
                List<String> run = runs.get(i);
                List<String> command = new ArrayList<>(List.of("-XX:DumpLoadedClassList=" + list, "-XX:TieredStopAtLevel=1",
                        "-XX:+UseG1GC", "-Dokpay.support.resourcesInArchive=true", "-jar", jar.toString()));
                boolean tty = run.get(1).equals(TTY.strip());
                command.addAll(run.subList(tty ? 2 : 1, run.size()));
                lists.add(pool.submit(() -> {
                    Ran ran = java(command, workDir, temp, run.get(0), tty);
                    if (ran.output().contains("Error occurred during initialization of VM")) {
                        throw new IllegalStateException("a training run did not start: " + ran.output());
                    }
                    return ran.exitCode() == -1 && tty ? null : list;
                }));
            }
            Map<String, Integer> lines = new LinkedHashMap<>();
            for (Future<Path> list : lists) {
                Path file = list.get();
                if (file == null) {
                    continue; // a run in a pseudo-terminal that did not end
                }
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("a training run wrote no class list: " + file);
                }
                Map<String, Integer> times = new HashMap<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    // generated classes (annotation proxies) cannot be archived; the JVM would warn about each
                    if (!line.startsWith("#") && !line.isBlank() && !line.contains("$Proxy")) {
                        times.merge(line, 1, Integer::sum);
                        lines.merge(line, times.get(line), Math::max);
                    }
                }
            }
            List<String> classes = new ArrayList<>();
            lines.forEach((line, times) -> {
                for (int i = 0; i < (line.startsWith("@lambda-proxy") ? times : 1); i++) {
                    classes.add(line);
                }
            });
            return classes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How a run of java ended: its exit code and what it printed (stdout and stderr together). */
    private record Ran(int exitCode, String output) {}

    /**
     * Runs this JDK's java with {@code args} in {@code dir}, in a clean environment (UTF-8, a temporary home, no
     * knowledge base named), {@code stdin} as its input; in a pseudo-terminal of 80 columns through script(1) when
     * {@code tty}. Only a run that does not end in time is an error here: training runs include error paths on purpose.
     */
    private static Ran java(List<String> args, Path dir, Path temp, String stdin, boolean tty) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        if (tty) {
            StringBuilder line = new StringBuilder("stty cols 80 rows 24; exec");
            for (String word : command) {
                line.append(" '").append(word.replace("'", "'\\''")).append('\'');
            }
            // The input arrives a moment later: JLine discards what is typed before it enters raw mode (TCSAFLUSH), and a
            // shell whose input was discarded waits until the run times out.
            command = List.of("sh", "-c", "(sleep " + TTY_INPUT_DELAY + "; cat) | script -qfec \"$0\" /dev/null", line.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("OKPAY_SUPPORT_") || k.startsWith("JAVA_TOOL")
                || k.startsWith("JDK_JAVA") || k.startsWith("_JAVA"));
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("XDG_CONFIG_HOME", temp.toString());
        builder.environment().put("NO_COLOR", "1");
        if (tty) {
            builder.environment().put("TERM", "xterm-256color");
        }
        Path input = Files.createTempFile(temp, "stdin", ".txt");
        Files.writeString(input, stdin, StandardCharsets.UTF_8);
        Path output = Files.createTempFile(temp, "output", ".txt");
        builder.redirectInput(input.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        Process process = builder.start();
        if (!process.waitFor(tty ? TTY_TIMEOUT_SECONDS : RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            if (tty) {
                // a pseudo-terminal that lost its input: the shell still waits; the run teaches nothing, but costs nothing
                return new Ran(-1, "timed out in a pseudo-terminal");
            }
            throw new IllegalStateException("timed out after " + RUN_TIMEOUT_SECONDS + " s: " + String.join(" ", args));
        }
        return new Ran(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).strip());
    }
}
