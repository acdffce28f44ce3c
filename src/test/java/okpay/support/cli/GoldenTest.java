package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden output: every {@code NAME.args} under {@code src/test/resources/golden/FEATURE/} is one run of the tool whose
 * exit code, standard output and standard error must equal {@code NAME.out} next to it, byte for byte.
 *
 * <p>{@code FEATURE} is the first argument of the command up to its first {@code -} ({@code contact}, {@code faq},
 * {@code diagnose}, {@code security} for {@code security-check}, {@code kb} for {@code kb validate}); a case filed under
 * another folder fails. Cases are named {@code WHAT.LANG.FORMAT} by convention, e.g. {@code faq-list.zh.json}.
 *
 * <p>A {@code .args} file holds, one per line and in this order:
 * <pre>
 * # a comment                          (any number, anywhere; blank lines are ignored too)
 * OKPAY_SUPPORT_KB={kb}/flow.yaml      (any number of KEY=VALUE lines: environment variables)
 * &lt;&lt;&lt; Tq7#mZp2vL                       (at most one: standard input, this text and a newline, as in bash)
 * diagnose describe payment-failed --lang en --format text
 * </pre>
 * The last line is the arguments, split at spaces; an argument containing spaces is written in double quotes
 * ({@code --tried "restarted the app"}), inside which {@code \"} and {@code \\} stand for {@code "} and {@code \}.
 * {@code {kb}} (in values and arguments) is the absolute path of {@code src/test/resources/kb}; wherever the output
 * contains that path followed by a separator, both are removed, so {@code .out} files name the bare fixture file
 * ({@code flow.yaml}) on every machine. Every case names its knowledge base, a fixture of that folder, with
 * {@code OKPAY_SUPPORT_KB} or {@code --kb}: writers edit the embedded one, and golden output must not follow their wording.
 * Every run has {@code LANG=en_US.UTF-8} and no terminal, as {@link CliRunner} gives.
 *
 * <p>A {@code .out} file holds {@code exit N}, then standard output, then, when standard error is not empty,
 * {@code --- stderr} and standard error.
 *
 * <p>After an intended change, or to create the {@code .out} of a new {@code .args}, run
 * {@code mvn -B -ntp test -Dtest=GoldenTest -Dgolden.update=true} and review the diff. Without that switch a missing
 * {@code .out} fails, and so does a {@code .out} without its {@code .args} or any other file in the folder, so that no
 * expectation lies around unchecked.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path KB = Path.of("src/test/resources/kb").toAbsolutePath();
    private static final String UPDATE = "mvn -B -ntp test -Dtest=GoldenTest -Dgolden.update=true";
    private static final Pattern ENV = Pattern.compile("([A-Z_][A-Z0-9_]*)=(.*)");
    private static final String STDIN = "<<< ";

    /** One run of the tool as an {@code .args} file describes it. */
    record Invocation(Map<String, String> env, String stdin, List<String> args) {}

    @TestFactory
    Stream<DynamicNode> outputMatchesGoldenFiles() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path entry : sorted(GOLDEN)) {
            if (Files.isDirectory(entry)) {
                nodes.add(DynamicContainer.dynamicContainer(entry.getFileName().toString(), feature(entry)));
            } else {
                nodes.add(stray(entry));
            }
        }
        if (nodes.isEmpty()) {
            fail("no golden cases found under " + GOLDEN.toAbsolutePath());
        }
        return nodes.stream();
    }

    private static List<DynamicTest> feature(Path folder) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        TreeSet<String> outs = new TreeSet<>();
        for (Path file : sorted(folder)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".args") && Files.isRegularFile(file)) {
                String caseName = name.substring(0, name.length() - ".args".length());
                tests.add(DynamicTest.dynamicTest(caseName, file.toUri(), () -> check(folder, caseName)));
            } else if (name.endsWith(".out") && Files.isRegularFile(file)) {
                outs.add(name.substring(0, name.length() - ".out".length()));
            } else {
                tests.add(stray(file));
            }
        }
        for (String caseName : outs) {
            if (!Files.exists(folder.resolve(caseName + ".args"))) {
                tests.add(DynamicTest.dynamicTest(caseName + ".out", folder.resolve(caseName + ".out").toUri(), () -> fail(
                        folder.resolve(caseName + ".out") + " has no " + caseName + ".args: delete it, or write the .args it expects")));
            }
        }
        return tests;
    }

    private static DynamicTest stray(Path file) {
        return DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> fail(file
                + " is not a golden case: a case is golden/FEATURE/NAME.args with its NAME.out; move or delete this file"));
    }

    @Test
    void argsFileGivesEnvironmentStandardInputAndArguments() {
        Invocation invocation = parse("# why\nOKPAY_SUPPORT_KB={kb}/flow.yaml\n\n<<< pass word\r\n"
                + "contact draft --tried \"restarted the app\" \"\" \"say \\\"hi\\\" \\\\\" --kb {kb}/x.yaml\n", Path.of("t.args"));

        assertEquals(Map.of("OKPAY_SUPPORT_KB", KB + "/flow.yaml"), invocation.env());
        assertEquals("pass word\n", invocation.stdin());
        assertEquals(List.of("contact", "draft", "--tried", "restarted the app", "", "say \"hi\" \\", "--kb", KB + "/x.yaml"),
                invocation.args());
    }

    @Test
    void malformedArgsFilesAreRefused() {
        for (String text : List.of("faq list\nLANG=C\n", "# only a comment\n", "faq \"list\n", "<<< a\n<<< b\nfaq list\n")) {
            assertThrows(IllegalArgumentException.class, () -> parse(text, Path.of("t.args")), text);
        }
    }

    private static void check(Path folder, String caseName) throws IOException {
        Path argsFile = folder.resolve(caseName + ".args");
        Invocation invocation = parse(Files.readString(argsFile, StandardCharsets.UTF_8), argsFile);
        assertTrue(invocation.env().containsKey("OKPAY_SUPPORT_KB") || invocation.args().contains("--kb"),
                argsFile + ": name a fixture, e.g. OKPAY_SUPPORT_KB={kb}/minimal.yaml; the embedded faq.yaml changes with its writers");
        String feature = invocation.args().get(0).split("-", 2)[0];
        assertEquals(folder.getFileName().toString(), feature,
                argsFile + ": a case of '" + invocation.args().get(0) + "' belongs in golden/" + feature + "/");

        CliRunner runner = new CliRunner().stdin(invocation.stdin());
        invocation.env().forEach(runner::env);
        CliRunner.Result result = runner.run(invocation.args().toArray(String[]::new));
        String actual = "exit " + result.exitCode() + "\n" + withoutKbDir(result.out())
                + (result.err().isEmpty() ? "" : "--- stderr\n" + withoutKbDir(result.err()));

        Path outFile = folder.resolve(caseName + ".out");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(outFile, actual, StandardCharsets.UTF_8);
        } else if (!Files.exists(outFile)) {
            fail(outFile + " is missing: create it with " + UPDATE + " and review what it wrote");
        }
        assertEquals(Files.readString(outFile, StandardCharsets.UTF_8), actual,
                outFile + " differs; if the change is intended, regenerate with " + UPDATE + " and review the diff");
    }

    /** Turns the absolute fixture paths the tool prints back into bare file names, which hold on every machine. */
    private static String withoutKbDir(String text) {
        return text.replace(KB + KB.getFileSystem().getSeparator(), "");
    }

    static Invocation parse(String text, Path file) {
        Map<String, String> env = new LinkedHashMap<>();
        String stdin = "";
        List<String> args = null;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (args != null) {
                throw new IllegalArgumentException(file + ": the arguments must be the last line, found after them: " + line);
            }
            Matcher variable = ENV.matcher(line);
            if (variable.matches()) {
                env.put(variable.group(1), expand(variable.group(2)));
            } else if (line.startsWith(STDIN)) {
                if (!stdin.isEmpty()) {
                    throw new IllegalArgumentException(file + ": at most one '" + STDIN + "' line of standard input");
                }
                stdin = line.substring(STDIN.length()) + "\n";
            } else {
                args = split(line, file).stream().map(GoldenTest::expand).toList();
            }
        }
        if (args == null || args.isEmpty()) {
            throw new IllegalArgumentException(file + ": no arguments line (the last line, e.g. 'faq list --lang en')");
        }
        return new Invocation(env, stdin, args);
    }

    private static String expand(String value) {
        return value.replace("{kb}", KB.toString());
    }

    /** Splits at spaces outside double quotes, like a shell but with {@code \"} and {@code \\} as the only escapes. */
    static List<String> split(String line, Path file) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\' && i + 1 < line.length() && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                word.append(line.charAt(++i));
            } else if (c == '"') {
                // a quote starts a word even when nothing follows, so "" is an empty argument
                quoted = !quoted;
                inWord = true;
            } else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(file + ": unterminated double quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<Path> sorted(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
