package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./okpay-support} with the built jar: it starts the jar from the class-data archive the build
 * made, and a copy without a usable archive (read-only, moved, an archive of another JDK) still runs every command
 * with its own exit code and nothing but the command's output.
 */
class LauncherJarTest {
    @TempDir
    Path temp;

    private static Path launcher() {
        return JarTest.jar().getParent().getParent().resolve("okpay-support");
    }

    private JarTest.Run run(Path launcher, Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("OKPAY_SUPPORT_") || k.startsWith("JDK_JAVA") || k.startsWith("JAVA_TOOL"));
        // the JDK that built the archive, as Maven's JAVA_HOME gives it to the launcher
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        return new JarTest.Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The picocli and okpay classes a run loaded, and where from (-Xlog:class+load, one line each). */
    private List<String> loaded(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" picocli.") || l.contains(" okpay.support.")).toList();
    }

    @Test
    void launcherStartsTheJarFromTheBuildsClassDataArchive() throws Exception {
        assertTrue(Files.isRegularFile(JarTest.jar().resolveSibling("okpay-support.jsa")),
                "the package phase made target/okpay-support.jsa (see the build's class-data-archive step)");
        // through a symlink in another folder, as the one-line install puts it on PATH
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("okpay-support"), launcher());
        for (String[] args : List.of(new String[] {"faq", "search", "钱没到账", "--format", "json"}, new String[] {"contact", "--topic", "funds"},
                new String[] {"diagnose", "declined-tx", "--code", "51"}, new String[] {"--version"}, new String[] {"faq", "search", "--help"})) {
            Path log = temp.resolve("classes.txt");
            JarTest.Run run = run(link, temp, Map.of("LC_ALL", "C", "JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log), args);
            assertEquals(0, run.exitCode(), run.err());
            // the java launcher's note about JDK_JAVA_OPTIONS is the one thing on stderr
            assertEquals("", run.err().lines().filter(l -> !l.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS")).reduce("", String::concat));
            List<String> classes = loaded(log);
            long picocli = classes.stream().filter(l -> l.contains(" picocli.")).count();
            // a plain one-off command is parsed without picocli (cli.DirectParser); help is picocli's
            boolean help = List.of(args).contains("--help");
            assertTrue(help ? picocli > 50 : picocli < 10, (help ? "picocli ran: " : "picocli did not run: ") + picocli);
            assertTrue(classes.size() > 20, "the run loaded the tool's classes: " + classes.size());
            if (!help && !args[0].equals("--version")) {
                assertTrue(classes.stream().anyMatch(l -> l.contains(" okpay.support.resource.Embedded ")),
                        "the launcher's runs read their resources from the class constants in the archive");
            }
            List<String> fromJar = classes.stream().filter(l -> !l.contains("source: shared objects file")).toList();
            assertEquals(List.of(), fromJar, "every picocli and okpay class comes from the archive: " + String.join(" ", args));
        }
    }

    /**
     * The shell's lambdas come from the archive too, every one: JLine's line reader (and the JDK's streams) have call
     * sites of the same shape, each needing a class of its own, which the archive holds only when the build keeps each
     * line of the class lists as often as a run listed it. One made at run time costs about a millisecond.
     */
    @Test
    void theShellsLambdasComeFromTheArchive() throws Exception {
        Path log = temp.resolve("shell-classes.txt");
        JarTest.Run run = run(launcher(), temp, Map.of("XDG_CONFIG_HOME", temp.toString(), "JDK_JAVA_OPTIONS",
                "-Xlog:class+load:file=" + log), "shell");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lambdas = Files.readAllLines(log).stream().filter(l -> l.contains("$$Lambda")).toList();
        assertTrue(lambdas.size() > 100, "the shell links JLine's lambdas: " + lambdas.size());
        assertEquals(List.of(), lambdas.stream().filter(l -> !l.contains("source: shared objects file")).toList());
    }

    /**
     * Two costs of a cold start that come from libraries, each 10 to 30 ms, kept off the one-off commands: YAML output
     * starts no java.util.logging (a {@code Yaml} object makes a loading constructor, whose class starts it; the renderer
     * writes through SnakeYAML's serializer), and a run through picocli links no record methods (picocli writes its
     * default-value provider into its trace messages; a record's {@code toString} makes a dozen classes at run time; the
     * security audit and a diagnose run with its answers link no record methods either).
     */
    @Test
    void yamlOutputAndPicocliRunsStartNeitherLoggingNorRecordMethods() throws Exception {
        Map<String[], Integer> runs = Map.of(new String[] {"faq", "search", "钱没到账", "--format", "yaml"}, 0,
                new String[] {"contact", "draft", "--topic", "funds", "--message", "card declined", "--format", "yaml"}, 0,
                new String[] {"contact", "draft", "--topic", "funds", "--summary", "a usage error: picocli reports it"}, 2,
                new String[] {"security-check", "--list-checks", "--format", "yaml"}, 0,
                // the audit compares checks by id: comparing the records linked equals for every record inside them
                new String[] {"security-check", "--no-input", "--answer", "password-unique=yes", "--answer", "two-step=app",
                        "--answer", "recovery-contacts=yes", "--answer", "activity-reviewed=3", "--answer", "alerts=both",
                        "--answer", "app-updated=yes", "--answer", "system-updated=yes", "--answer", "screen-lock=strong",
                        "--answer", "support-never-asks=no"}, 0,
                new String[] {"diagnose", "declined-tx", "--answer", "action=pay-or-send", "--answer", "message=limit", "--no-input"}, 0);
        for (Map.Entry<String[], Integer> expected : runs.entrySet()) {
            String[] args = expected.getKey();
            Path log = temp.resolve("classes.txt");
            Files.deleteIfExists(log);
            JarTest.Run run = JarTest.run(temp, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log), args);
            assertEquals(expected.getValue(), run.exitCode(), run.err());
            List<String> all = Files.readAllLines(log);
            assertTrue(all.size() > 500, "the class log works: " + all.size());
            assertEquals(List.of(), all.stream().filter(l -> l.contains(" java.util.logging.LogManager ")
                    || l.contains(" java.lang.runtime.ObjectMethods ")).toList(), String.join(" ", args));
        }
    }

    @Test
    void withoutTheLauncherResourcesComeFromTheJar() throws Exception {
        Path log = temp.resolve("jar-classes.txt");
        JarTest.Run run = JarTest.run(temp, Map.of("JDK_JAVA_OPTIONS", "-Xlog:class+load:file=" + log), "faq", "search", "钱没到账");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("funds-not-received"), run.out());
        List<String> classes = loaded(log);
        assertTrue(classes.stream().anyMatch(l -> l.contains(" okpay.support.faq.SearchIndex ")), "the search ran");
        assertTrue(classes.stream().noneMatch(l -> l.contains(" okpay.support.resource.Embedded ")),
                "java -jar has no archive to hold the class constants: it reads the jar");
        // SnakeYAML's Tag, in the tool's own version, makes its table of Java classes only when asked (never, here):
        // the library's loaded java.sql through the platform class loader in every run, a few milliseconds
        List<String> all = Files.readAllLines(log);
        assertTrue(all.stream().anyMatch(l -> l.contains(" org.yaml.snakeyaml.nodes.Tag ")), "nodes were made");
        assertEquals(List.of(), all.stream().filter(l -> l.contains(" java.sql.")).toList());
    }

    @Test
    void aReadOnlyCopyWithoutAUsableArchiveRunsEveryCommandCleanly() throws Exception {
        Path copy = Files.createDirectories(temp.resolve("read only/okpay support"));
        Files.createDirectories(copy.resolve("target"));
        Files.copy(launcher(), copy.resolve("okpay-support"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JarTest.jar(), copy.resolve("target/okpay-support.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Path archive = copy.resolve("target/okpay-support.jsa");
        // no archive; the build's archive for a jar at another path; bytes of no archive at all (another JDK's, a broken file)
        for (String variant : List.of("none", "moved", "junk")) {
            Files.deleteIfExists(archive);
            if (variant.equals("moved")) {
                Files.copy(JarTest.jar().resolveSibling("okpay-support.jsa"), archive);
            } else if (variant.equals("junk")) {
                Files.write(archive, "not a class-data archive".repeat(100).getBytes(StandardCharsets.UTF_8));
            }
            List<Path> before = readOnly(copy, true);
            try {
                Path bin = Files.createDirectories(temp.resolve("bin " + variant));
                Path link = Files.createSymbolicLink(bin.resolve("okpay-support"), copy.resolve("okpay-support"));
                JarTest.Run search = run(link, temp, Map.of("LC_ALL", "C", "LANG", "C"), "faq", "search", "钱没到账", "--format", "json");
                assertEquals(0, search.exitCode(), variant + ": " + search.err());
                assertTrue(search.out().startsWith("[ {") && search.out().contains("\"score\""), variant + ": " + search.out());
                assertEquals("", search.err(), variant);
                JarTest.Run missing = run(link, temp, Map.of("LANG", "en_US.UTF-8"), "faq", "show", "no-such-entry", "--format", "json");
                assertEquals(3, missing.exitCode(), variant + ": " + missing.err());
                assertTrue(missing.out().startsWith("{\n  \"error\" : {\n    \"code\" : \"faq-not-found\""), variant + ": " + missing.out());
                assertTrue(missing.err().startsWith("error: ") && missing.err().contains("\nhint: "), variant + ": " + missing.err());
                assertEquals(before, readOnly(copy, false), "nothing written into the copy (" + variant + ")");
            } finally {
                readOnly(copy, false);
            }
        }
    }

    /** Makes every folder under {@code root} read-only ({@code on}) or writable again; returns the files there. */
    private static List<Path> readOnly(Path root, boolean on) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.sorted().toList();
            for (Path path : all) {
                if (Files.isDirectory(path)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(on ? "r-xr-xr-x" : "rwxr-xr-x"));
                }
            }
            return all;
        }
    }
}
