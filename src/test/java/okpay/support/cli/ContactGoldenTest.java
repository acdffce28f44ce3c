package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden output of {@code contact verify} and {@code contact draft} on the embedded knowledge base (whose
 * channels and ticket template users actually see), in text, JSON and YAML, both languages. Same files and
 * update switch as {@link GoldenOutputTest}: {@code mvn test -Dtest=ContactGoldenTest -Dgolden.update=true}.
 */
class ContactGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Object[][] CASES = {
        {"contact-verify-lookalike", List.of("contact", "verify", "https://okpay.example.support-desk.test/login")},
        {"contact-draft-funds", List.of("contact", "draft", "--topic", "funds", "--tx-id", "TX-20250308-0042", "--amount", "120.00",
            "--currency", "usd", "--error", "E51", "--message",
            "Card 4111 1111 1111 1111 was charged but the money never arrived; the SMS code 483920 came twice.",
            "--tried", "restarted the app")},
    };

    @TestFactory
    List<DynamicTest> outputMatchesGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object[] c : CASES) {
            for (String lang : List.of("en", "zh")) {
                for (String format : List.of("text", "json", "yaml")) {
                    String name = c[0] + "." + lang + "." + format;
                    @SuppressWarnings("unchecked")
                    List<String> command = (List<String>) c[1];
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name, command, lang, format)));
                }
            }
        }
        return tests;
    }

    private static void check(String name, List<String> command, String lang, String format) throws IOException {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--lang", lang, "--format", format));
        CliRunner.Result result = new CliRunner().run(args.toArray(String[]::new));
        List<String> shown = args.stream().map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList();
        String actual = "$ okpay-support " + String.join(" ", shown) + "\nexit " + result.exitCode() + "\n"
                + result.out() + (result.err().isEmpty() ? "" : "--- stderr\n" + result.err());
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
