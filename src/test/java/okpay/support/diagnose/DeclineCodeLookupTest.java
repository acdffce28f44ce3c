package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.KnowledgeBaseLoader;
import okpay.support.testing.Fixtures;
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
    private static final List<String> FIXTURES = List.of("flows.yaml", "audience.yaml", "ask.yaml", "flow.yaml");

    @TempDir
    static Path dir;

    private static final List<KnowledgeBase> YAML = new ArrayList<>();
    private static final List<Path> COMPILED = new ArrayList<>();

    @BeforeAll
    static void compileTheFixtures() {
        for (String name : FIXTURES) {
            Path out = dir.resolve(name + ".okn");
            KnowledgeBaseLoader.Validation compiled = KnowledgeBaseFormat.LOADER.compile(List.of(Fixtures.path(name)),
                    KnowledgeBaseLoader.Settings.DEFAULT, out);
            assertTrue(compiled.problems().isEmpty(), () -> "test setup: " + name + " compiles: " + compiled.problems());
            YAML.add(Fixtures.load(name));
            COMPILED.add(out);
        }
    }

    /** A fresh compiled knowledge base: its catalogue not read yet. */
    private static KnowledgeBase compiled(int fixture) {
        return KnowledgeBaseFormat.LOADER.load(List.of(COMPILED.get(fixture)), KnowledgeBaseLoader.Settings.DEFAULT);
    }

    private static void assertSame(int fixture, String code) {
        Optional<DeclineCode> expected = YAML.get(fixture).get(DeclineCodesReader.SECTION).find(code);
        assertEquals(expected, DeclineCodesReader.find(compiled(fixture), code), () -> FIXTURES.get(fixture) + ": '" + code + "'");
        assertEquals(expected, DeclineCodesReader.find(YAML.get(fixture), code), () -> FIXTURES.get(fixture) + " as YAML: '" + code + "'");
    }

    @Test
    void everyCodeOfEveryFixtureIsTheEntryOfTheWholeCatalogue() {
        int codes = 0;
        for (int fixture = 0; fixture < FIXTURES.size(); fixture++) {
            for (DeclineCode entry : YAML.get(fixture).get(DeclineCodesReader.SECTION).codes()) {
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
        KnowledgeBase kb = compiled(0);
        assertEquals(Optional.of("read alone"), kb.readAlone(DeclineCodesReader.SECTION, (tree, context) -> "read alone"),
                "a compiled catalogue not read yet is looked up in its tree");
        assertEquals(null, YAML.get(0).readAlone(DeclineCodesReader.SECTION, (tree, context) -> "read alone"), "YAML: read whole");
        DeclineCode first = YAML.get(0).get(DeclineCodesReader.SECTION).codes().get(0);
        assertEquals(Optional.of(first), DeclineCodesReader.find(kb, first.code()));
        assertEquals(YAML.get(0).get(DeclineCodesReader.SECTION), kb.get(DeclineCodesReader.SECTION));
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
            assertSame(random.nextInt(FIXTURES.size()), code.toString());
        }
    }
}
