package okpay.support.contact.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.Fixtures;
import okpay.support.testing.KbValidation;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The optional {@code verify} section: read when present, every mistake in it reported with its position. */
public class VerifySectionTest {
    @TempDir
    Path dir;

    private static final String MINIMAL = KbValidation.fixture("minimal.yaml");
    private static final String VALID = """
            verify:
              brand_words: [okpay]
              claim_words: [support, kefu]
              free_mail_domains: [gmail.com, qq.com]
              confusables:
                - {latin: o, lookalikes: ["0", "о"]}
                - {latin: m, lookalikes: [rn]}
            """;

    /** name, verify section appended to minimal.yaml, message expected at the marker ‸ of the section. */
    public static Stream<Arguments> broken() {
        String twiceFreeMail = "verify:\n  free_mail_domains: [qq.com, ‸qq.com]\n";
        String twiceLookalike = "verify:\n  confusables:\n    - {latin: o, lookalikes: [\"0\"]}\n    - {latin: d, lookalikes: [‸\"0\"]}\n";
        return Stream.of(
                Arguments.of("unknown key", "verify:\n  ‸free_mail: [gmail.com]\n",
                        "unknown key 'free_mail' in verify (did you mean 'free_mail_domains'?)"),
                Arguments.of("not a domain", "verify:\n  free_mail_domains: [‸Gmail.com]\n",
                        "free-mail domain 'Gmail.com' must be a lowercase domain name such as gmail.com"),
                Arguments.of("official domain as free mail", "verify:\n  free_mail_domains: [gmail.com, ‸okpay.example]\n",
                        "free-mail domain 'okpay.example' is an official domain of the product"),
                Arguments.of("duplicate free mail", twiceFreeMail,
                        "duplicate free-mail domain 'qq.com' (first listed at line "
                                + lineInFile(twiceFreeMail, "‸  free_mail_domains") + ")"),
                Arguments.of("bad brand word", "verify:\n  brand_words: [‸OK Pay]\n",
                        "verify brand_words item 'OK Pay' must be 3-32 lowercase ASCII letters or digits (inputs are folded to that form before comparing)"),
                Arguments.of("empty claim words", "verify:\n  claim_words: ‸[]\n", "verify claim_words must not be empty"),
                Arguments.of("latin of two letters", "verify:\n  confusables:\n    - {latin: ‸ab, lookalikes: [x]}\n",
                        "confusable latin 'ab' must be one lowercase letter a-z"),
                Arguments.of("uppercase lookalike", "verify:\n  confusables:\n    - {latin: o, lookalikes: [‸\"О\"]}\n",
                        "lookalike 'О' must be written in lowercase (inputs are lowercased before comparing)"),
                Arguments.of("lookalike is the letter", "verify:\n  confusables:\n    - {latin: o, lookalikes: [‸o]}\n",
                        "lookalike 'o' is the letter itself"),
                Arguments.of("lookalike twice", twiceLookalike,
                        "duplicate lookalike '0' (first listed at line " + lineInFile(twiceLookalike, "‸    - {latin: o") + ")"),
                Arguments.of("lookalike is another letter", "verify:\n  confusables:\n    - {latin: l, lookalikes: [‸i]}\n    - {latin: i, lookalikes: [\"1\"]}\n",
                        "lookalike 'i' is also the latin letter of another entry; list its lookalikes there"),
                Arguments.of("long lookalike", "verify:\n  confusables:\n    - {latin: m, lookalikes: [‸rnrn]}\n",
                        "lookalike 'rnrn' must be 1-3 characters without spaces"),
                Arguments.of("missing lookalikes", "verify:\n  confusables:\n    - ‸{latin: m}\n",
                        "confusable is missing required field 'lookalikes'"));
    }

    /** The line, in the file the test writes, of the marker of {@code markedTarget}, a text of {@code section}. */
    private static int lineInFile(String section, String markedTarget) {
        return Marker.find(MINIMAL + Marker.unmarked(section), markedTarget).line();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void reportsTheProblemAtItsPosition(String name, String section, String message) {
        KbValidation.assertReported(dir, MINIMAL + section, message);
    }

    @Test
    void validSectionIsReadAndAnEmptyOneIsAllowed() throws IOException {
        for (String section : List.of(VALID, "verify: {}\n")) {
            Path file = dir.resolve("ok.yaml");
            Files.writeString(file, MINIMAL + section);
            CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
            assertEquals(0, result.exitCode(), result.toString());
        }
        KnowledgeBase kb = KnowledgeBaseFormat.LOADER.load(dir.resolve("ok.yaml"));
        assertEquals(VerifyRules.EMPTY, kb.get(VerifyRulesReader.SECTION));
        Files.writeString(dir.resolve("ok.yaml"), MINIMAL + VALID);
        VerifyRules rules = KnowledgeBaseFormat.LOADER.load(dir.resolve("ok.yaml")).get(VerifyRulesReader.SECTION);
        assertEquals(List.of("okpay"), rules.brandWords());
        assertEquals(List.of("gmail.com", "qq.com"), rules.freeMailDomains());
        assertEquals(new VerifyRules.Confusable("o", List.of("0", "о")), rules.confusables().get(0));
    }

    @Test
    void absentSectionMeansEmptyRules() {
        assertEquals(VerifyRules.EMPTY, Fixtures.load("minimal.yaml").get(VerifyRulesReader.SECTION));
        VerifyRules full = Fixtures.load("contact.yaml").get(VerifyRulesReader.SECTION);
        assertTrue(full.freeMailDomains().contains("qq.com") && full.freeMailDomains().contains("163.com"));
        assertEquals(new VerifyRules.Confusable("m", List.of("rn", "м")),
                full.confusables().stream().filter(c -> c.latin().equals("m")).findFirst().orElseThrow(), "a letter pair is a lookalike");
    }
}
