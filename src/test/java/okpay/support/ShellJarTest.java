package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell of the built jar, as users start it, and what starting it must not cost the one-off commands. */
class ShellJarTest {
    @TempDir
    Path home;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The classes a run of the jar loads (-verbose:class), one line each. */
    private List<String> loadedClasses(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-verbose:class", "-jar", JarTest.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().put("XDG_CONFIG_HOME", home.toString());
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return out.lines().filter(l -> l.startsWith("[") && l.contains("class,load")).toList();
    }

    @Test
    void oneOffCommandsLoadNoJlineClass() throws Exception {
        for (String[] args : List.of(new String[] {"faq", "search", "x"}, new String[] {"faq", "show", "forgot-password"},
                new String[] {"contact", "--topic", "funds"}, new String[] {"--help"}, new String[] {"completion", "bash"},
                new String[] {"shell", "--help"}, new String[] {"diagnose", "declined-tx", "--code", "51"},
                new String[] {"security-check", "--list-checks"}, new String[] {"ask", "我的转账一天了还没到账"}, new String[] {})) {
            List<String> classes = loadedClasses(args);
            assertTrue(classes.size() > 100, "the count works: " + classes.size());
            List<String> jline = classes.stream().filter(l -> l.contains("org.jline")).toList();
            assertEquals(List.of(), jline, String.join(" ", args));
        }
        long shell = loadedClasses("shell").stream().filter(l -> l.contains("org.jline")).count();
        assertTrue(shell > 50, "the shell does load JLine: " + shell);
    }

    @Test
    void shellReadsCommandsFromAPipeToo() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-jar", JarTest.jar().toString(), "shell").directory(home.toFile());
        builder.environment().putAll(java.util.Map.of("XDG_CONFIG_HOME", home.toString(), "LANG", "en_US.UTF-8"));
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("faq show no-such-entry\nfaq list --tag security\n".getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.contains("error: no FAQ entry 'no-such-entry'") && out.contains("exit 3"), out);
        // an entry the shipped knowledge base tags security, whatever its id
        String tagged = okpay.support.cli.KnowledgeBaseFormat.LOADER.load(null).get(okpay.support.faq.FaqReader.SECTION).stream()
                .filter(f -> f.tags().contains("security")).findFirst().orElseThrow().id();
        assertTrue(out.contains(tagged) && out.endsWith("Bye.\n"), out);
    }

    /**
     * The jar with no arguments in a pseudo-terminal (script(1)): the shell opens, Tab completes a command and an
     * FAQ id, then a diagnose session from the flow id to the outcome; Ctrl-C drops a line; exit leaves.
     */
    @Test
    void noArgumentsOnATerminalOpensTheShellWithCompletion() throws Exception {
        String command = "stty cols 120 rows 40; exec '" + java() + "' -jar '" + JarTest.jar() + "'";
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", command, "/dev/null").directory(home.toFile());
        builder.environment().putAll(java.util.Map.of("XDG_CONFIG_HOME", home.toString(), "LANG", "en_US.UTF-8",
                "TERM", "xterm", "NO_COLOR", "1"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Screen screen = new Screen(process.getInputStream());
        try (OutputStream keys = process.getOutputStream()) {
            screen.waitFor("okpay-support> ", 1);
            type(keys, "faq sh\t");
            screen.waitFor("faq show ", 1);
            type(keys, "forgot-pa\t");
            screen.waitFor("forgot-password", 1);
            type(keys, "\r");
            screen.waitFor("What to do", 1); // the entry's steps, whatever its wording
            screen.waitFor("okpay-support> ", 2);
            type(keys, "diag\t");
            screen.waitFor("diagnose ", 1);
            type(keys, "decl\t");
            screen.waitFor("declined-tx ", 1);
            type(keys, "\r");
            screen.waitFor("Choose 1-" + choices("action") + ": ", 1);
            type(keys, "pa\t");
            screen.waitFor("pay-or-send ", 1);
            type(keys, "\r");
            screen.waitFor("Choose 1-" + choices("message"), 1);
            type(keys, "li\t");
            screen.waitFor("limit ", 1);
            type(keys, "\r");
            screen.waitFor("Likely cause: ", 1);
            screen.waitFor("okpay-support> ", 3);
            type(keys, "contact --topic secu");
            screen.waitFor("secu", 1);
            Thread.sleep(400);
            type(keys, "\u0003"); // Ctrl-C drops the line
            if (!screen.within(3, "okpay-support> ", 4)) {
                type(keys, "\u0003"); // JLine can lose a SIGINT between two reads; a person presses again
            }
            screen.waitFor("okpay-support> ", 4);
            type(keys, "exit\r");
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), screen.text());
        }
        assertEquals(0, process.exitValue(), screen.text());
        assertTrue(screen.text().contains("Bye."), screen.text());
        assertFalse(screen.text().contains("Official channels"), "the cancelled line did not run");
        String history = Files.readString(home.resolve("okpay-support/history"), StandardCharsets.UTF_8);
        assertTrue(history.contains("faq show forgot-password") && history.contains("diagnose declined-tx"), history);
        assertFalse(history.contains("contact") || history.contains("pay-or-send"), history);
    }

    /**
     * The jar in a pseudo-terminal: a sentence typed at the prompt gets ask's answer, a number opens its first line, and
     * {@code go} starts the suggested flow, whose remaining questions take everyday answers until the outcome. The flow's
     * questions are answered by their kind (a number for a choice, "not sure" or "no" for yes/no, a duration for a
     * number), so the test holds whatever the writers make of the wording.
     */
    @Test
    void aSentenceIsAnsweredAndGoRunsTheFlowItSuggests() throws Exception {
        String command = "stty cols 120 rows 40; exec '" + java() + "' -jar '" + JarTest.jar() + "' --lang en";
        ProcessBuilder builder = new ProcessBuilder("script", "-qfec", command, "/dev/null").directory(home.toFile());
        // The FAQ entry opened below is longer than the window: PAGER=cat pages it straight through (the shell's pager
        // itself is ShellPagerJarTest's).
        builder.environment().putAll(java.util.Map.of("XDG_CONFIG_HOME", home.toString(), "LANG", "en_US.UTF-8",
                "TERM", "xterm", "NO_COLOR", "1", "PAGER", "cat"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        Screen screen = new Screen(process.getInputStream());
        try (OutputStream keys = process.getOutputStream()) {
            screen.waitFor("okpay-support> ", 1);
            type(keys, "my withdrawal hasn't arrived, it's been 3 days\r");
            screen.waitFor("or 'go' to start the check.", 1);
            // The answer wraps to the window (120 columns), so the command may continue on the next line.
            assertTrue(screen.text().replaceAll("\\s+", " ").contains("diagnose missing-funds --answer kind=withdrawal --answer days=3"),
                    screen.text());
            screen.waitFor("okpay-support> ", 2);
            type(keys, "1\r");
            screen.waitFor("→ faq show ", 1);
            screen.waitFor("okpay-support> ", 3);
            type(keys, "go\r");
            screen.waitFor("→ diagnose missing-funds --answer kind=withdrawal --answer days=3", 1);
            for (int answered = 0; !screen.text().contains("Likely cause: ") && answered < 12; answered++) {
                String prompt = screen.nextPrompt(answered);
                type(keys, (prompt.contains("Choose 1-") ? "1" : prompt.contains("don't know") ? "not sure"
                        : prompt.contains("[yes/no]") ? "nope" : "3 days") + "\r");
            }
            screen.waitFor("Likely cause: ", 1);
            screen.waitFor("okpay-support> ", 4);
            type(keys, "退出\r");
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), screen.text());
        }
        assertEquals(0, process.exitValue(), screen.text());
        assertFalse(screen.text().contains("Unmatched"), screen.text());
    }

    /** How many choices the shipped declined-tx flow offers for {@code question}: structure, which writers may change. */
    private static int choices(String question) {
        return okpay.support.diagnose.FlowsReader.find(okpay.support.cli.KnowledgeBaseFormat.LOADER.load(null), "declined-tx").orElseThrow()
                .question(question).orElseThrow().question().choices().size();
    }

    private static void type(OutputStream keys, String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }

    /** What the pseudo-terminal shows, read as it comes. */
    private static final class Screen {
        /** The end of a question's prompt: a choice, yes/no, or a number with its bounds, then ": ". */
        private static final java.util.regex.Pattern PROMPT = java.util.regex.Pattern.compile(
                "(Choose 1-\\d+|\\[yes/no[^\\]]*\\]|\\[\\d+-\\d+\\]|\\[number\\]|\\[at (least|most) [^\\]]*\\])[^:\\n]*: ");
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Screen(InputStream from) {
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n; (n = from.read(buffer)) > 0; ) {
                        bytes.write(buffer, 0, n);
                    }
                } catch (IOException e) {
                    // The process ended.
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "")
                    .replaceAll("\u001b[=>]", "").replace("\r", "");
        }

        boolean within(int seconds, String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (count(text) < times) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(20);
            }
            return true;
        }

        void waitFor(String text, int times) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(text) < times) {
                if (System.nanoTime() > deadline) {
                    fail("timed out waiting for '" + text + "' x" + times + "; screen:\n" + text());
                }
                Thread.sleep(20);
            }
        }

        /** The question prompt shown after {@code answered} answers of a flow: the text after the last "go" line. */
        String nextPrompt(int answered) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                String after = text().substring(text().lastIndexOf("→ diagnose"));
                List<String> prompts = new java.util.ArrayList<>();
                for (java.util.regex.Matcher m = PROMPT.matcher(after); m.find(); ) {
                    prompts.add(m.group());
                }
                if (prompts.size() > answered) {
                    return prompts.get(answered);
                }
                if (after.contains("Likely cause: ")) {
                    return "";
                }
                Thread.sleep(20);
            }
            fail("no question after " + answered + " answers; screen:\n" + text());
            return null;
        }

        private int count(String text) {
            String all = text();
            int n = 0;
            for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + 1)) {
                n++;
            }
            return n;
        }
    }
}
