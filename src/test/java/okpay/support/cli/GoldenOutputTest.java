package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rendered output compared byte for byte with files under {@code src/test/resources/golden/}, for
 * text, JSON and YAML in both languages, on a fixed test knowledge base ({@code minimal.yaml} unless a case names
 * another). After an intended change,
 * regenerate with {@code mvn test -Dtest=GoldenOutputTest -Dgolden.update=true} and review the diff.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String[][] CASES = {
        {"contact-topic-region", "contact --topic funds --region de"},
        {"contact-all", "contact"},
        {"contact-region-us", "contact --region US"},
        {"faq-list", "faq list"},
        {"faq-show", "faq show funds-not-received"},
        {"faq-search", "faq search money not arrived"},
        {"faq-search-none", "faq search xylophone"},
        {"kb-validate", "kb validate"},
        {"diagnose-list", "diagnose", "flow.yaml"},
        {"diagnose-describe", "diagnose describe payment-failed", "flow.yaml"},
        {"diagnose-run", "diagnose payment-failed --no-input --answer kind=send --answer amount=120 --answer balance=500"
                + " --answer retried=yes --answer error=E51 --tx-id TX-1001 --region US", "flow.yaml"},
        {"diagnose-run-low-balance", "diagnose payment-failed --no-input --answer kind=send --answer amount=120 --answer balance=50"
                + " --answer retried=yes", "flow.yaml"},
        {"diagnose-missing", "diagnose payment-failed --no-input --answer kind=send", "flow.yaml"},
        {"diagnose-code", "diagnose payment-failed --code FRAUDULENT", "flow.yaml"},
        {"diagnose-code-unknown", "diagnose payment-failed --code insufficent_funds", "flow.yaml"},
    };

    @TestFactory
    List<DynamicTest> outputMatchesGoldenFiles() throws URISyntaxException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : CASES) {
            Path kb = Path.of(GoldenOutputTest.class.getResource("/kb/" + (c.length > 2 ? c[2] : "minimal.yaml")).toURI());
            for (String lang : List.of("en", "zh")) {
                for (String format : List.of("text", "json", "yaml")) {
                    String name = c[0] + "." + lang + "." + format;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name, kb, c[1], lang, format)));
                }
            }
        }
        return tests;
    }

    private static void check(String name, Path kb, String command, String lang, String format) throws IOException {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--lang", lang, "--format", format));
        CliRunner.Result result = new CliRunner().env("OKPAY_SUPPORT_KB", kb.toString()).run(args.toArray(String[]::new));
        String actual = "$ okpay-support " + String.join(" ", args) + "\nexit " + result.exitCode() + "\n"
                + result.out().replace(kb.toString(), kb.getFileName().toString())
                + (result.err().isEmpty() ? "" : "--- stderr\n" + result.err());
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }
}
