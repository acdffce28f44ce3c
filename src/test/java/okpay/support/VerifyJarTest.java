package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code contact verify} from the built jar: its generated data (Public Suffix List, Unicode confusables) is in the jar
 * and Guava and ICU4J are not; libphonenumber loads for phone numbers only, never for {@code faq search} or an email.
 */
class VerifyJarTest {
    private static final String PHONE_LIBRARY = "com.google.i18n.phonenumbers";

    @TempDir
    Path elsewhere;

    @Test
    void theGeneratedDataIsInTheJarAndTheBuildLibrariesAreNot() throws IOException {
        try (ZipFile jar = new ZipFile(JarTest.jar().toFile())) {
            assertNotNull(jar.getEntry("okpay/support/contact/verify/public-suffixes.txt"));
            assertNotNull(jar.getEntry("okpay/support/contact/verify/confusables.txt"));
            assertNotNull(jar.getEntry("com/google/i18n/phonenumbers/PhoneNumberUtil.class"));
            assertNotNull(jar.getEntry("com/google/i18n/phonenumbers/data/PhoneNumberMetadataProto_GB"));
            assertNull(jar.getEntry("com/google/i18n/phonenumbers/data/ShortNumberMetadataProto_GB"), "short numbers are never read");
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("com/google/common/") || e.getName().startsWith("com/ibm/icu/")),
                    "Guava and ICU4J are build-time only");
        }
    }

    @Test
    void aBatchFromStandardInputWorksFromTheJar() throws Exception {
        Run run = run(List.of(), "support@okpay.example\n# a comment\n\nokpay.example.co.uk\nꓳꓗꓑꓮꓬ.example\n+1 (555) 0100\n",
                "contact", "verify", "-", "--format", "json");

        assertEquals(7, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("{\n  \"verdict\" : \"lookalike\",\n  \"results\" : [ {"), run.out());
        assertTrue(run.out().contains("registrable domain is example.co.uk"), "the Public Suffix List: " + run.out());
        assertTrue(run.out().contains("Lisu letter, U+A4F3"), "Unicode's confusables: " + run.out());
        assertTrue(run.out().contains("\"input\" : \"+1 (555) 0100\",\n    \"kind\" : \"phone\",\n    \"verdict\" : \"official\""), run.out());
        assertTrue(run.out().contains("Caller ID and text senders can be faked"), run.out());
    }

    @Test
    void thePhoneLibraryLoadsForPhoneNumbersOnly() throws Exception {
        List<String> log = List.of("-Xlog:class+load=info");
        Run search = run(log, "", "faq", "search", "2fa");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("okpay.support.cli.Cli "), "the log is there");
        assertFalse(search.out().contains(PHONE_LIBRARY), "faq search loaded libphonenumber");

        Run email = run(log, "", "contact", "verify", "support@okpay.example");
        assertEquals(0, email.exitCode(), email.err());
        assertFalse(email.out().contains(PHONE_LIBRARY), "an email address loaded libphonenumber");

        Run phone = run(log, "", "contact", "verify", "555 0100");
        assertEquals(0, phone.exitCode(), phone.err());
        assertTrue(phone.out().contains(PHONE_LIBRARY + ".PhoneNumberUtil "), "a national number is read with libphonenumber");
    }

    private record Run(int exitCode, String out, String err) {}

    private Run run(List<String> jvm, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JarTest.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
        builder.environment().remove("OKPAY_SUPPORT_KB");
        builder.environment().put("XDG_CACHE_HOME", elsewhere.resolve("cache").toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("OKPAY_SUPPORT_LANG", "en");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar finished");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
