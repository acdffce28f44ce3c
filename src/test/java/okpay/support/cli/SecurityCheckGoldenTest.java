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
 * Golden {@code security-check} output, like {@link GoldenOutputTest} but on the embedded knowledge base
 * (its checklist is the product; the minimal test file has none) and with the password on standard input.
 * Regenerate with {@code mvn test -Dtest=SecurityCheckGoldenTest -Dgolden.update=true} and review the diff.
 */
class SecurityCheckGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String PASSWORD = "Tq7#mZp2vL";
    /** name, arguments, standard input. */
    private static final String[][] CASES = {
        {"security-check-full", "security-check --password-stdin --email bob@example.com --answer password-unique=yes --answer two-step=sms"
                + " --answer recovery-contacts=not-sure --answer activity-reviewed=45 --answer alerts=both --answer app-updated=yes"
                + " --answer system-updated=no --answer screen-lock=strong --answer support-never-asks=no", PASSWORD + "\n"},
        {"security-check-list", "security-check --list-checks", ""},
    };

    @TestFactory
    List<DynamicTest> outputMatchesGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : CASES) {
            for (String lang : List.of("en", "zh")) {
                for (String format : List.of("text", "json", "yaml")) {
                    String name = c[0] + "." + lang + "." + format;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name, c[1], c[2], lang, format)));
                }
            }
        }
        return tests;
    }

    private static void check(String name, String command, String stdin, String lang, String format) throws IOException {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--lang", lang, "--format", format));
        CliRunner.Result result = new CliRunner().stdin(stdin).run(args.toArray(String[]::new));
        String actual = "$ " + (stdin.isEmpty() ? "" : "echo '********' | ") + "okpay-support " + String.join(" ", args) + "\n"
                + "exit " + result.exitCode() + "\n" + result.out() + (result.err().isEmpty() ? "" : "--- stderr\n" + result.err());
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
