package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built fat jar, run as users run it: {@code java -jar target/okpay-support.jar ...} from another folder. */
class JarTest {
    @TempDir
    Path elsewhere;

    record Run(int exitCode, String out, String err) {}

    static Path jar() {
        return Path.of(System.getProperty("okpay.jar", "target/okpay-support.jar")).toAbsolutePath();
    }

    static Run run(Path cwd, Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(cwd, env, List.of(), null, args);
    }

    /** Runs the jar in {@code cwd} with JVM options {@code jvm} and {@code stdin} as its input (null: /dev/null). */
    static Run run(Path cwd, Map<String, String> env, List<String> jvm, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        builder.environment().remove("OKPAY_SUPPORT_KB");
        builder.environment().put("XDG_CACHE_HOME", cwd.resolve("cache").toString()); // never the real home's cache
        builder.environment().putAll(env);
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process process = builder.start();
        if (stdin != null) {
            try (java.io.OutputStream in = process.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar finished");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void searchesTheEmbeddedKnowledgeBaseFromAnyFolderInChinese() throws Exception {
        Run run = run(elsewhere, Map.of("LC_ALL", "C.UTF-8"), "faq", "search", "钱没到账", "--lang", "zh");
        assertEquals(0, run.exitCode(), run.err());
        // which entry ranks first is the content's business (ShippedKnowledgeBaseTest); here: a ranked hit, in Chinese
        assertTrue(run.out().matches("(?s) 1\\. [01]\\.\\d\\d  [a-z0-9-]+ .*"), run.out());
        assertTrue(run.out().contains("查看答案"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void chineseOutputSurvivesACLocale() throws Exception {
        Run run = run(elsewhere, Map.of("LANG", "C", "LC_ALL", "C"), "faq", "show", "forgot-password", "--lang", "zh");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("处理步骤"), run.out());
    }

    @Test
    void launcherPassesChineseArgumentsUnderACLocaleAndKeepsTheLanguage() throws Exception {
        Path launcher = Path.of("okpay-support").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", launcher.toString(), "faq", "search", "钱没到账", "--format", "json")
                .directory(elsewhere.toFile());
        builder.environment().putAll(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"));
        builder.environment().remove("OKPAY_SUPPORT_LANG");
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), err);
        assertTrue(out.startsWith("[ {") && out.contains("\"id\" : \"") && out.contains("\"score\" : "), "the Chinese words found entries: " + out + err);
    }

    @Test
    void userMistakesExitNonZeroWithoutStackTraces() throws Exception {
        for (String[] args : List.of(new String[] {"--no-such-option"}, new String[] {"faq", "show", "no-such-id-zz"},
                new String[] {"--kb", "/nonexistent/kb.yaml", "faq", "list"})) {
            Run run = run(elsewhere, Map.of("LANG", "en_US.UTF-8"), args);
            assertTrue(run.exitCode() >= 2, String.join(" ", args));
            assertTrue(run.err().startsWith("error: "), run.err());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void validatesAnOperatorsFileAndUsesIt() throws Exception {
        Path kb = elsewhere.resolve("kb.yaml");
        Files.writeString(kb, new String(JarTest.class.getResourceAsStream("/kb/minimal.yaml").readAllBytes(), StandardCharsets.UTF_8));
        Run validate = run(elsewhere, Map.of(), "kb", "validate", kb.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        Run list = run(elsewhere, Map.of("OKPAY_SUPPORT_KB", kb.toString()), "faq", "list", "--format", "json");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("funds-not-received") && !list.out().contains("forgot-password"), list.out());
    }

    @Test
    void compilesAnOperatorsFileIntoTheCacheAndReadsItBack() throws Exception {
        Path kb = elsewhere.resolve("kb.yaml");
        Files.writeString(kb, new String(JarTest.class.getResourceAsStream("/kb/search.yaml").readAllBytes(), StandardCharsets.UTF_8));
        Run first = run(elsewhere, Map.of("LANG", "en_US.UTF-8"), "--kb", kb.toString(), "faq", "search", "refund");
        assertEquals(0, first.exitCode(), first.err());
        try (var entries = Files.list(elsewhere.resolve("cache/okpay-support"))) {
            assertEquals(1, entries.count(), "one compiled entry");
        }
        Run cached = run(elsewhere, Map.of("LANG", "en_US.UTF-8"), "--kb", kb.toString(), "faq", "search", "refund");
        assertEquals(first.out(), cached.out());
        Path compiled = elsewhere.resolve("kb.kbc");
        assertEquals(0, run(elsewhere, Map.of(), "kb", "compile", kb.toString(), "-o", compiled.toString()).exitCode());
        assertEquals(first.out(), run(elsewhere, Map.of("LANG", "en_US.UTF-8"), "--kb", compiled.toString(), "faq", "search", "refund").out());
    }

    @Test
    void jarIsSelfContained() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            assertEquals("okpay.support.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(jar.getEntry("okpay/support/kb/faq.yaml") != null, "embedded knowledge base");
            // stored, not deflated (src/build/StoreUncompressed.java): java -jar runs read it whole, and inflating cost 3 ms
            assertEquals(java.util.zip.ZipEntry.STORED, jar.getEntry("okpay/support/kb/faq.snapshot").getMethod(), "the snapshot is stored");
            assertTrue(jar.getEntry("picocli/CommandLine.class") != null, "picocli inside");
            // compiled for Java 17 by the build (class-file version 61), which the class-data archive can hold
            try (var in = new java.io.DataInputStream(jar.getInputStream(jar.getEntry("picocli/CommandLine$Model$CommandSpec.class")))) {
                assertEquals(0xCAFEBABE, in.readInt());
                in.readUnsignedShort();
                assertEquals(61, in.readUnsignedShort(), "picocli's class-file version");
            }
            assertTrue(jar.getEntry("META-INF/LICENSE-picocli.txt") != null, "picocli's licence notice");
            assertTrue(jar.getEntry("org/yaml/snakeyaml/Yaml.class") != null, "snakeyaml inside");
            assertTrue(jar.getEntry("module-info.class") == null, "no module-info");
        }
    }

    /** Runs {@code script} in bash with the jar's path in {@code $JAR}; for redirections ProcessBuilder cannot make. */
    private Run bash(String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(elsewhere.toFile());
        builder.environment().put("JAR", jar().toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("HOME", elsewhere.toString());
        builder.environment().put("XDG_CONFIG_HOME", elsewhere.resolve(".config").toString());
        builder.environment().remove("OKPAY_SUPPORT_KB");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "finished within 30 s: " + script);
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void aResultThatCannotBeWrittenIsAFailure() throws Exception {
        Run full = bash("\"$JAVA\" -jar \"$JAR\" faq list --format json > /dev/full");
        assertEquals(74, full.exitCode(), full.err());
        assertTrue(full.err().startsWith("error: could not write the output"), full.err());
    }

    @Test
    void aReaderThatStopsReadingEndsTheRunQuietly() throws Exception {
        Run piped = bash("\"$JAVA\" -jar \"$JAR\" kb export 2>err.txt | head -c 10 > /dev/null; echo \"${PIPESTATUS[0]}\"; cat err.txt >&2");
        assertEquals("74", piped.out().strip(), "the output did not all arrive: not a success");
        assertEquals("", piped.err(), "a closed pipe is not reported, as with other tools (| head)");
    }

    @Test
    void theShellWithClosedInputLeavesAtOnce() throws Exception {
        Run closed = bash("timeout 20 \"$JAVA\" -jar \"$JAR\" shell <&-");
        assertEquals(0, closed.exitCode(), closed.err());
        assertTrue(closed.out().contains("Bye."), closed.out());
        assertFalse(closed.out().contains("\u0000"), "nothing of a JVM file was read as input");
    }
}
