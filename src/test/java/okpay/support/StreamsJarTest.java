package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built jar with the streams and files a user's shell can hand it (issue 15): standard input closed ({@code <&-},
 * which ProcessBuilder cannot do, so through bash), standard output full or closed, an answers file of 3 GB or a FIFO,
 * a damaged history, arguments Java could not decode. Every run is bounded by timeout(1): a hang fails, not stalls.
 */
class StreamsJarTest {
    @TempDir
    Path home;

    /** {@code script} in bash with {@code $JAVA}, {@code $JAR} and a config folder of its own. */
    private JarTest.Run bash(String script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(home.toFile());
        builder.environment().put("JAR", JarTest.jar().toString());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("OKPAY_SUPPORT_KB");
        builder.environment().remove("OKPAY_SUPPORT_LANG");
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished: " + script);
        return new JarTest.Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static void assertNoTrace(JarTest.Run run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("internal error"), run.err());
    }

    @Test
    void aPasswordFromClosedStandardInputIsAClearError() throws Exception {
        JarTest.Run run = bash("timeout 20 \"$JAVA\" -jar \"$JAR\" security-check --password-stdin --only password-strength <&-");
        assertEquals(5, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: --password-stdin: standard input is closed"), run.err());
        assertEquals("", run.out(), "no estimate of a JVM file's first line");
    }

    @Test
    void aQuestionWithClosedStandardInputNamesTheFlagThatAnswersIt() throws Exception {
        JarTest.Run run = bash("timeout 20 \"$JAVA\" -jar \"$JAR\" diagnose declined-tx <&-");
        assertEquals(5, run.exitCode(), run.err());
        assertTrue(run.err().contains("--answer action="), run.err());
        assertNoTrace(run);
    }

    /** Every format of a few commands, to a full disk and to a closed standard output: exit 74 and one line saying which. */
    @ParameterizedTest
    @ValueSource(strings = {"faq list", "faq list --format json", "faq list --format yaml", "faq show forgot-password",
        "contact --topic funds --format json", "kb schema", "security-check --list-checks --format yaml", "--help"})
    void aResultThatCannotBeWrittenEndsWith74AndOneLine(String command) throws Exception {
        JarTest.Run full = bash("\"$JAVA\" -jar \"$JAR\" " + command + " > /dev/full");
        assertEquals(74, full.exitCode(), full.err());
        assertEquals("error: could not write the output: the disk is full\n", full.err());
        JarTest.Run closed = bash("\"$JAVA\" -jar \"$JAR\" " + command + " >&-");
        assertEquals(74, closed.exitCode(), closed.err());
        assertEquals("error: could not write the output: standard output is closed\n", closed.err());
    }

    @Test
    void aPipedShellWhoseOutputCannotBeWrittenEndsWith74() throws Exception {
        JarTest.Run full = bash("echo 'faq list' | timeout 20 \"$JAVA\" -jar \"$JAR\" shell > /dev/full");
        assertEquals(74, full.exitCode(), full.err());
        assertEquals("error: could not write the output: the disk is full\n", full.err());
        JarTest.Run gone = bash("echo 'kb export' | timeout 20 \"$JAVA\" -jar \"$JAR\" shell 2>err.txt | head -c 10 > /dev/null; echo \"${PIPESTATUS[1]}\"; cat err.txt >&2");
        assertEquals("74", gone.out().strip(), gone.err());
        assertEquals("", gone.err(), "a reader that stopped reading is not reported");
    }

    @Test
    void aHugeAnswersFileIsRefusedUnread() throws Exception {
        JarTest.Run run = bash("truncate -s 3G big.yaml && timeout 20 \"$JAVA\" -Xmx64m -jar \"$JAR\" diagnose declined-tx --answers big.yaml");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: answers file big.yaml is larger than 1 MiB"), run.err());
        assertNoTrace(run);
    }

    @Test
    void anAnswersFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        JarTest.Run run = bash("mkfifo answers.fifo && ln -s answers.fifo link.yaml && timeout 20 \"$JAVA\" -jar \"$JAR\" diagnose declined-tx --answers link.yaml");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: answers file is not a regular file: link.yaml"), run.err());
    }

    @Test
    void chineseArgumentsJavaCouldNotDecodeAreAUsageError() throws Exception {
        JarTest.Run run = bash("LC_ALL=C \"$JAVA\" -jar \"$JAR\" faq search 钱没到账");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("error: the arguments could not be decoded") && run.err().contains("LC_ALL=C.UTF-8"), run.err());
        assertEquals("", run.out(), "no 'nothing matches' for a search of U+FFFD");
    }

    /** The shell fed one line, its history in {@code config/okpay-support/history} as a test made it. */
    private JarTest.Run shellWithHistory(String makeHistory) throws Exception {
        Files.createDirectories(home.resolve("config/okpay-support"));
        return bash("cd config/okpay-support && " + makeHistory + " && cd ../.. && echo 'faq list --tag security' | timeout 20 \"$JAVA\" -jar \"$JAR\" shell");
    }

    private static void assertOneWarning(JarTest.Run run, String says) {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("enable-2fa") && run.out().endsWith("Bye.\n"), "the shell ran the line and left: " + run.out());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line, no JLine log: " + run.err());
        assertTrue(lines.get(0).startsWith("warning: the history file ") && lines.get(0).contains(says), run.err());
    }

    @Test
    void aHistoryThatIsAFolderIsNotUsed() throws Exception {
        JarTest.Run run = shellWithHistory("mkdir history");
        assertOneWarning(run, "is a folder");
        assertTrue(Files.isDirectory(home.resolve("config/okpay-support/history")), "left as it was");
    }

    @Test
    void aHistoryThatIsAFifoIsNotUsedAndDoesNotHang() throws Exception {
        JarTest.Run run = shellWithHistory("mkfifo history");
        assertOneWarning(run, "is not a regular file");
    }

    @Test
    void aHistoryThatLinksOutOfTheConfigFolderIsNotFollowed() throws Exception {
        Files.writeString(home.resolve("elsewhere.txt"), "1764000000000:faq list\n");
        JarTest.Run run = shellWithHistory("ln -s ../../elsewhere.txt history");
        assertOneWarning(run, "link out of the config folder");
        assertEquals("1764000000000:faq list\n", Files.readString(home.resolve("elsewhere.txt")), "not written");
        assertTrue(Files.isSymbolicLink(home.resolve("config/okpay-support/history")), "not replaced");
    }

    @Test
    void aConfigFolderThatIsAFileCostsTheHistoryOnly() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/okpay-support"), "not a folder");
        JarTest.Run run = bash("echo 'faq list --tag security' | timeout 20 \"$JAVA\" -jar \"$JAR\" shell");
        assertOneWarning(run, "cannot be used");
    }

    /** Invalid UTF-8, a JVM file read as input by an older version, lines JLine cannot parse: set aside, a new one started. */
    @ParameterizedTest
    @ValueSource(strings = {"printf '1764000000000:faq list\\n1764000000001:\\xff\\xfe\\n' > history",
        "head -c 3000 \"$(dirname \"$(dirname \"$(readlink -f \"$JAVA\")\")\")/lib/modules\" > history",
        "printf 'faq list\\ncontact\\n' > history"})
    void aDamagedHistoryIsSetAsideAndANewOneStarted(String makeHistory) throws Exception {
        JarTest.Run run = shellWithHistory(makeHistory);
        assertOneWarning(run, "is damaged");
        Path folder = home.resolve("config/okpay-support");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("history.damaged-")).count(), run.err());
        }
        String history = Files.readString(folder.resolve("history"), StandardCharsets.UTF_8);
        assertTrue(history.matches("\\d+:faq list --tag security\n"), history);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("history"))));
    }

    @Test
    void anExistingHistoryReadableByOthersBecomesTheOwnersAlone() throws Exception {
        JarTest.Run run = shellWithHistory("printf '1764000000000:faq list\\n' > history && chmod 644 history");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Path history = home.resolve("config/okpay-support/history");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(history)));
        assertTrue(Files.readString(history).startsWith("1764000000000:faq list\n"), "kept, with the new line after it");
    }

    /**
     * {@code diagnose declined-tx} on a pseudo-terminal (script(1)): {@code key} typed at its first question once that
     * is on the screen; what the terminal showed, and the exit status.
     */
    private JarTest.Run keyAtTheFirstQuestion(String key) throws Exception {
        String command = "stty cols 120 rows 40; exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '"
                + JarTest.jar() + "' diagnose declined-tx --lang en";
        ProcessBuilder builder = new ProcessBuilder("timeout", "60", "script", "-qfec", command, "/dev/null").directory(home.toFile());
        builder.environment().putAll(java.util.Map.of("XDG_CONFIG_HOME", home.toString(), "LANG", "en_US.UTF-8", "TERM", "xterm", "NO_COLOR", "1"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        java.io.ByteArrayOutputStream screen = new java.io.ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                process.getInputStream().transferTo(screen);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(50);
        while (!java.util.regex.Pattern.compile("Choose 1-\\d+: ").matcher(screen.toString(StandardCharsets.UTF_8)).find()) {
            assertTrue(System.nanoTime() < deadline && process.isAlive(), "the first question: " + screen);
            Thread.sleep(20);
        }
        process.getOutputStream().write(key.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        assertTrue(process.waitFor(50, TimeUnit.SECONDS), screen.toString(StandardCharsets.UTF_8));
        reader.join(5000);
        return new JarTest.Run(process.exitValue(), screen.toString(StandardCharsets.UTF_8).replace("\r", ""), "");
    }

    @Test
    void ctrlCAtAQuestionEndsTheLineAndExits130() throws Exception {
        JarTest.Run run = keyAtTheFirstQuestion("\u0003");
        assertEquals(130, run.exitCode(), run.out());
        assertTrue(run.out().matches("(?s).*Choose 1-\\d+: \\^C\n"), "the line ends after ^C: " + run.out());
    }

    @Test
    void ctrlDAtAQuestionNamesItByItsTextAndTheFlagThatAnswersIt() throws Exception {
        JarTest.Run run = keyAtTheFirstQuestion("\u0004");
        assertEquals(5, run.exitCode(), run.out());
        assertTrue(run.out().matches("(?s).*Choose 1-\\d+: \nerror: input ended before this question was answered: .+\\?\n"
                + "hint: Answer it without being asked: --answer action=.*"), "on its own line, the question's text: " + run.out());
        assertFalse(run.out().contains("before action was"), run.out());
    }
}
