package okpay.support.maintain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import okpay.support.testing.KbValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code kb schema} describes what the readers accept: faq.yaml and every valid fixture pass it (with a real JSON Schema
 * validator), and files the readers refuse fail it too, so the schema and the readers cannot drift apart unnoticed.
 */
class KbSchemaTest {
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        CliRunner.Result printed = CliRunner.runEn("kb", "schema");
        assertEquals(0, printed.exitCode(), printed.toString());
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(printed.out(), InputFormat.JSON);
    }

    static Stream<String> validFiles() {
        return Stream.of("faq.yaml", "minimal.yaml", "flow.yaml", "flows.yaml", "search.yaml", "contact.yaml", "security.yaml",
                "overlay-contacts.yaml");
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void theShippedFileAndEveryValidFixturePass(String name) throws IOException {
        String yaml = name.equals("faq.yaml") ? Files.readString(Path.of("faq.yaml")) : KbValidation.fixture(name);
        List<Error> errors = validate(yaml);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList(), name);
    }

    @Test
    void filesTheReadersRefuseFailTheSchemaToo(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String minimal = KbValidation.fixture("minimal.yaml");
        List<String> broken = List.of(
                minimal.replaceFirst("\n  - id: ", "\n  - colour: blue\n    id: "),        // an unknown key in an entry
                minimal.replaceFirst("version: 1", "version: 2"),                          // a version this tool does not read
                minimal.replaceFirst("(?s)faqs:.*?\n  - id: [a-z-]+", "faqs:\n  - id: Not_An_Id"), // an id in capitals
                minimal.replaceFirst("(?m)^faqs:", "fqas:"),                               // a misspelt section
                minimal.replaceFirst("en: ", "fr: "));                                    // a text without English
        for (String yaml : broken) {
            assertFalse(yaml.equals(minimal), "test setup: the edit applies");
            assertFalse(validate(yaml).isEmpty(), yaml.substring(0, Math.min(400, yaml.length())));
            // ...and kb validate refuses each of them as well: the two agree
            assertEquals(4, KbValidation.validate(dir, "broken.yaml", yaml).exitCode(), yaml);
        }
    }

    @Test
    void anOverlayNeedsNoSectionAndMayRemoveEntries() {
        assertEquals(List.of(), validate("extends: builtin\nfaqs:\n  - {id: lost-phone, remove: true}\n").stream().map(Error::toString).toList());
        assertFalse(validate("faqs:\n  - {id: lost-phone, remove: true}\n").isEmpty(), "a whole file needs its sections");
    }

    @Test
    void eachFeatureOwnsTheFragmentOfItsSections() {
        // the fragments are resources beside their readers, not one file in maintain
        assertTrue(getClass().getResource("/okpay/support/faq/faqs.schema.json") != null);
        assertTrue(getClass().getResource("/okpay/support/diagnose/flows.schema.json") != null);
        assertTrue(getClass().getResource("/okpay/support/contact/verify/verify.schema.json") != null);
        assertTrue(Fixtures.run("minimal.yaml", "kb", "schema", "--format", "yaml").out().contains("$defs:"));
    }

    private static List<Error> validate(String yaml) {
        try {
            // keys as written (an editor reads `yes:` as the string it is in YAML 1.2), values by their YAML type
            Object tree = KbTree.of(new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml)));
            return SCHEMA.validate(JSON.std.asString(tree), InputFormat.JSON);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
