package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.render.Wrapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text output at 40, 80 and 120 columns ({@code COLUMNS}): the command lines of the golden files plus each
 * command's text layouts over the fixture knowledge bases, in both languages. No line is wider than the screen
 * (unless it holds one word too long for any line), no Latin word, URL, email address or number is split, and
 * continuation lines keep the indent (and list marker) of the line they continue.
 */
class WrappedOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9@._/:+\\-%#?=&~']*");
    private static final int[] WIDTHS = {40, 80, 120};
    private static final List<String> EXTRA = List.of(
            "contact.yaml|contact", "contact.yaml|contact --all", "contact.yaml|contact --topic funds --region CN",
            "contact.yaml|contact --region FR", "contact.yaml|contact --topic security --all --region US",
            "search.yaml|faq list", "search.yaml|faq search password", "flows.yaml|diagnose",
            "security.yaml|security-check --list-checks", "ask.yaml|ask my transfer has not arrived for three days",
            "minimal.yaml|kb stats");

    @TestFactory
    Stream<DynamicTest> everyTextOutputFitsTheScreen() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".args")).sorted().toList()) {
                GoldenTest.Invocation invocation = GoldenTest.parse(Files.readString(file, StandardCharsets.UTF_8), file);
                if (!invocation.args().contains("json") && !invocation.args().contains("yaml")) {
                    tests.add(DynamicTest.dynamicTest(GOLDEN.relativize(file).toString(), () -> check(invocation)));
                }
            }
        }
        Path kb = Path.of("src/test/resources/kb").toAbsolutePath();
        for (String extra : EXTRA) {
            String[] parts = extra.split("\\|");
            for (String lang : List.of("en", "zh")) {
                List<String> args = new ArrayList<>(List.of(parts[1].split(" ")));
                args.add("--lang");
                args.add(lang);
                GoldenTest.Invocation invocation = new GoldenTest.Invocation(
                        Map.of("OKPAY_SUPPORT_KB", kb.resolve(parts[0]).toString()), "", args);
                tests.add(DynamicTest.dynamicTest(parts[0] + ": " + String.join(" ", args), () -> check(invocation)));
            }
        }
        return tests.stream();
    }

    private static void check(GoldenTest.Invocation invocation) {
        CliRunner.Result plain = run(invocation, null);
        for (int width : WIDTHS) {
            CliRunner.Result wrapped = run(invocation, width);
            assertEquals(plain.exitCode(), wrapped.exitCode(), "exit code at " + width);
            String context = "at " + width + " columns:\n" + wrapped.out();
            List<String> lines = wrapped.out().lines().toList();
            for (String line : lines) {
                assertTrue(Wrapper.columns(line) <= width || oneWord(line), "a line wider than " + width + ": " + line + "\n" + context);
            }
            List<String> before = words(plain.out());
            List<String> after = words(wrapped.out());
            for (String word : before) {
                if (!after.remove(word)) {
                    fail("the word '" + word + "' is split or lost " + context);
                }
            }
            if (plain.out().replaceAll("\\s", "").equals(wrapped.out().replaceAll("\\s", ""))) {
                indentsKept(plain.out().lines().toList(), lines, width, context);
            }
        }
    }

    /** Each line of the unwrapped output is its wrapped lines: the first as it was, the others indented under it. */
    private static void indentsKept(List<String> plain, List<String> wrapped, int width, String context) {
        int at = 0;
        for (String line : plain) {
            String target = line.replaceAll("\\s", "");
            StringBuilder seen = new StringBuilder(wrapped.get(at).replaceAll("\\s", ""));
            String first = wrapped.get(at++);
            int lead = leading(line);
            assertEquals(line.substring(0, lead), first.substring(0, Math.min(lead, first.length())), "indent of: " + line + "\n" + context);
            int hang = Wrapper.hangOf(line);
            boolean deep = width - hang < Math.max(12, width / 3);
            while (seen.length() < target.length()) {
                String next = wrapped.get(at++);
                seen.append(next.replaceAll("\\s", ""));
                assertTrue(leading(next) >= (deep ? Math.min(lead, width / 3) : hang),
                        "continuation '" + next + "' not under '" + line + "'\n" + context);
            }
            assertEquals(target, seen.toString(), context);
        }
    }

    private static boolean oneWord(String line) {
        return Wrapper.columns(line.strip()) > 0 && !line.strip().contains(" ");
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static List<String> words(String text) {
        Matcher matcher = LATIN.matcher(text);
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static CliRunner.Result run(GoldenTest.Invocation invocation, Integer columns) {
        CliRunner runner = new CliRunner().stdin(invocation.stdin());
        Map<String, String> env = new HashMap<>(invocation.env());
        if (columns != null) {
            env.put("COLUMNS", String.valueOf(columns));
        }
        env.forEach(runner::env);
        return runner.run(invocation.args().toArray(String[]::new));
    }
}
