package okpay.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        JarTest.Run run = run(List.of(), "support@okpay.example\n# a comment\n\nokpay.example.co.uk\nꓳꓗꓑꓮꓬ.example\n+1 (555) 0100\n",
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
        JarTest.Run search = run(log, "", "faq", "search", "2fa");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("okpay.support.cli.Cli "), "the log is there");
        assertFalse(search.out().contains(PHONE_LIBRARY), "faq search loaded libphonenumber");

        JarTest.Run email = run(log, "", "contact", "verify", "support@okpay.example");
        assertEquals(0, email.exitCode(), email.err());
        assertFalse(email.out().contains(PHONE_LIBRARY), "an email address loaded libphonenumber");

        JarTest.Run phone = run(log, "", "contact", "verify", "555 0100");
        assertEquals(0, phone.exitCode(), phone.err());
        assertTrue(phone.out().contains(PHONE_LIBRARY + ".PhoneNumberUtil "), "a national number is read with libphonenumber");
    }

    private JarTest.Run run(List<String> jvm, String stdin, String... args) throws IOException, InterruptedException {
        return JarTest.run(elsewhere, Map.of("LC_ALL", "C.UTF-8", "OKPAY_SUPPORT_LANG", "en"), jvm, stdin, args);
    }
}
