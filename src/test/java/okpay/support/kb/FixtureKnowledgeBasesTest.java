package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import okpay.support.testing.KbValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fixture knowledge bases the logic tests run on are valid ones, as {@code kb validate} judges an operator's file. */
class FixtureKnowledgeBasesTest {
    /** Every fixture that is a whole knowledge base (security-section.yaml is a section that tests put in front of one). */
    private static final List<String> FULL = List.of("minimal.yaml", "flow.yaml", "flows.yaml", "search.yaml", "contact.yaml",
            "security.yaml");

    static List<String> full() {
        return FULL;
    }

    @ParameterizedTest
    @MethodSource("full")
    void passesKbValidate(String name) {
        CliRunner.Result result = CliRunner.runEn("kb", "validate", Fixtures.path(name).toString());
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains(": valid "), result.out());
    }

    @Test
    void contactDataArePlaceholders() {
        // Fixtures end up in logs and bug reports: like the shipped file, they name only fictional numbers and mailboxes.
        Pattern phone = Pattern.compile("\\+\\d[\\d -]{6,}\\d");
        Pattern mailbox = Pattern.compile("[\\w.-]+@[\\w-]+(\\.[\\w-]+)+");
        for (String name : FULL) {
            String text = KbValidation.fixture(name).replaceAll("(?m)^\\s*#.*$", ""); // the data, not the comments about it
            phone.matcher(text).results().forEach(m -> assertTrue(m.group().matches("\\+1-555-01\\d\\d"), name + ": " + m.group()));
            mailbox.matcher(text).results().forEach(m -> assertTrue(m.group().endsWith(".example"), name + ": " + m.group()));
            assertTrue(text.contains("okpay.example"), name);
        }
    }
}
