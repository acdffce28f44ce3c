package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.CompiledFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decline code looked up in a compiled knowledge base, whose entry is read alone, is the entry the whole catalogue
 * gives: for every code of the fixtures, their other spellings, and generated strings that are no code.
 */
class DeclineCodeLookupTest {
    @TempDir
    static Path dir;

    private static CompiledFixtures fixtures;

    @BeforeAll
    static void compileTheFixtures() {
        fixtures = new CompiledFixtures(dir, List.of("flows.yaml", "audience.yaml", "ask.yaml", "flow.yaml"));
    }

    private static void assertSame(int fixture, String code) {
        Optional<DeclineCode> expected = fixtures.yaml(fixture).get(DeclineCodesReader.SECTION).find(code);
        assertEquals(expected, DeclineCodesReader.find(fixtures.compiled(fixture), code), () -> fixtures.name(fixture) + ": '" + code + "'");
        assertEquals(expected, DeclineCodesReader.find(fixtures.yaml(fixture), code), () -> fixtures.name(fixture) + " as YAML: '" + code + "'");
    }

    @Test
    void everyCodeOfEveryFixtureIsTheEntryOfTheWholeCatalogue() {
        int codes = 0;
        for (int fixture = 0; fixture < fixtures.size(); fixture++) {
            for (DeclineCode entry : fixtures.yaml(fixture).get(DeclineCodesReader.SECTION).codes()) {
                for (String code : entry.codes()) {
                    assertSame(fixture, code);
                    assertSame(fixture, " " + code.toUpperCase(Locale.ROOT) + " ");
                    assertSame(fixture, code.toLowerCase(Locale.ROOT));
                    codes++;
                }
            }
        }
        assertTrue(codes > 20, "test setup: the fixtures hold codes: " + codes);
    }

    @Test
    void aCompiledKnowledgeBaseReadsTheCatalogueAfterwardsAsBefore() {
        KnowledgeBase kb = fixtures.compiled(0);
        assertEquals(Optional.of("read alone"), kb.readAlone(DeclineCodesReader.SECTION, (tree, context) -> "read alone"),
                "a compiled catalogue not read yet is looked up in its tree");
        assertEquals(null, fixtures.yaml(0).readAlone(DeclineCodesReader.SECTION, (tree, context) -> "read alone"), "YAML: read whole");
        DeclineCode first = fixtures.yaml(0).get(DeclineCodesReader.SECTION).codes().get(0);
        assertEquals(Optional.of(first), DeclineCodesReader.find(kb, first.code()));
        assertEquals(fixtures.yaml(0).get(DeclineCodesReader.SECTION), kb.get(DeclineCodesReader.SECTION));
        assertEquals(Optional.of(first), DeclineCodesReader.find(kb, first.code()), "read from the catalogue once it is read");
        assertEquals(null, kb.readAlone(DeclineCodesReader.SECTION, (tree, context) -> "read alone"), "read: no second reading");
        assertFalse(DeclineCodesReader.find(kb, "no_such_code").isPresent());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void generatedStringsFindWhatTheCatalogueFinds(long seed) {
        Random random = new Random(seed);
        String alphabet = "0123456789abcdefnNrR_ ";
        for (int round = 0; round < 300; round++) {
            StringBuilder code = new StringBuilder();
            int length = 1 + random.nextInt(4);
            for (int i = 0; i < length; i++) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSame(random.nextInt(fixtures.size()), code.toString());
        }
    }
}
