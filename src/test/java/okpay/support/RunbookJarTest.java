package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's runbook example, taken from README.md as it is and run with bash against the built jar, on a fixture
 * knowledge base (flow.yaml, its flow renamed {@code declined-tx} as the script expects); and the error document's
 * exit 74 when stdout cannot take it.
 */
class RunbookJarTest {
    private static final Pattern SCRIPT = Pattern.compile("<!-- runbook[^>]*-->\\s*```bash\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    static Path dir;

    private static Path script;
    private static Path kb;

    @BeforeAll
    static void setUp() throws IOException {
        Matcher block = SCRIPT.matcher(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
        assertTrue(block.find(), "README.md has the runbook example after a <!-- runbook --> marker");
        script = Files.writeString(dir.resolve("triage.sh"), block.group(1));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path launcher = Files.writeString(bin.resolve("okpay-support"), "#!/bin/sh\nexec '"
                + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '" + JarTest.jar() + "' \"$@\"\n");
        assertTrue(launcher.toFile().setExecutable(true));
        String flows = Files.readString(Path.of("src/test/resources/kb/flow.yaml"), StandardCharsets.UTF_8);
        // plus a code the card issuer has to act on, which the runbook escalates
        String issuerCode = """
                    - codes: ["59"]
                      scheme: iso8583
                      title: {zh: 请联系发卡银行, en: Call your card issuer}
                      meaning: {zh: 发卡银行需要您先联系他们。, en: Your card issuer wants you to contact them first.}
                      actor: issuer
                      retry: hard
                      steps:
                        - {zh: 拨打卡背面的电话。, en: Call the number on the back of your card.}
                """;
        kb = Files.writeString(dir.resolve("runbook.yaml"),
                flows.replace("payment-failed", "declined-tx").replace("    - codes: [fraudulent]\n", issuerCode + "    - codes: [fraudulent]\n"));
    }

    private static JarTest.Run triage(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("PATH", dir.resolve("bin") + File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("OKPAY_SUPPORT_KB", kb.toString());
        builder.environment().put("LANG", "en_US.UTF-8");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script finished");
        return new JarTest.Run(process.exitValue(), out, err);
    }

    @Test
    void anEscalatingCodeAnOfficialCallerAndQuestionsStillOpen() throws Exception {
        JarTest.Run run = triage("59", "+1-555-0100", "money", "not", "arrived");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("""
                decline 59: escalate, issuer has to act
                caller +1-555-0100: an official number, but a caller can fake any number: call back on the one in the app
                check: needs --answer kind=send|top-up
                faq: funds-not-received
                """, run.out(), run.err());
    }

    @Test
    void aCodeTheCustomerFixesAnUnknownCodeAndCallersThatAreNotOfficial() throws Exception {
        JarTest.Run customer = triage("51", "support@okpay-help.test", "zzzzqqq");
        assertEquals(0, customer.exitCode(), customer.out() + customer.err());
        assertTrue(customer.out().startsWith("decline 51: the customer can fix it\ncaller support@okpay-help.test: "), customer.out());

        JarTest.Run unknown = triage("zz99", "hello world", "money");
        assertEquals(0, unknown.exitCode(), unknown.out() + unknown.err());
        assertTrue(unknown.out().startsWith("decline zz99: decline-code-not-found, the general steps apply\n"
                + "caller hello world: usage\n"), unknown.out());
    }

    /** A document that cannot be written (a full disk) is exit 74, said on stderr, as any other output. */
    @Test
    void anErrorDocumentOnAFullDiskIsExit74() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                JarTest.jar().toString(), "faq", "show", "no-such-entry", "--format", "json")
                .redirectOutput(new File("/dev/full"));
        builder.environment().put("OKPAY_SUPPORT_KB", kb.toString());
        builder.environment().put("LANG", "en_US.UTF-8");
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(74, process.exitValue(), err);
        assertTrue(err.startsWith("error: no FAQ entry"), err);
        assertTrue(err.contains("error: could not write the output"), err);
    }
}
