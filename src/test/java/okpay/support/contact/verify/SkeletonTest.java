package okpay.support.contact.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.SpoofChecker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Skeletons from Unicode's confusables data, as written at build time: several scripts, and the table against ICU4J. */
class SkeletonTest {
    private final Skeleton skeleton = new Skeleton(List.of());

    @ParameterizedTest(name = "{0} looks like {1}")
    @CsvSource({
        "оkрау, okpay",        // Cyrillic o, er, a, u
        "οκpαy, οκpay",        // Greek omicron, kappa (kappa folds as in the table, to the same as itself)
        "օkpay, okpay",        // Armenian oh
        "ꓳꓗꓑꓮꓬ, okpay",       // Lisu, all five
        "ᎪᏴᏟ, abc",            // Cherokee capitals
        "ꭺᏼꮯ, abc",            // Cherokee small letters fold to the capitals, as Unicode case folding does
        "𝐨𝐤𝐩𝐚𝐲, okpay",        // mathematical bold
        "0kpay, okpay",
        "exarnple, example",
        "paypa1, paypal",
        "ıdentity, identity"})   // dotless i reads as i, which reads as l
    void lookalikesShareTheSkeleton(String lookalike, String original) {
        assertEquals(skeleton.fold(original), skeleton.fold(lookalike));
    }

    @Test
    void differentNamesKeepDifferentSkeletons() {
        assertNotEquals(skeleton.fold("okpay"), skeleton.fold("okbay"));
        assertNotEquals(skeleton.fold("support"), skeleton.fold("supp0rts"));
    }

    @Test
    void imitationsNameTheSwappedCharacters() {
        List<String[]> pairs = skeleton.imitations("ꓳkpay.exarnple", "okpay.example");
        assertEquals(List.of("ꓳ=o", "rn=m"), pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
    }

    /** Every line of the generated table is ICU4J's skeleton of that character, and the table covers the confusables. */
    @Test
    void theTableIsIcusSkeletons() throws IOException {
        SpoofChecker icu = new SpoofChecker.Builder().build();
        int lines = 0;
        try (InputStream in = Skeleton.class.getResourceAsStream("confusables.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                String c = new String(Character.toChars(Integer.parseInt(f[0], 16)));
                StringBuilder expected = new StringBuilder();
                for (String hex : f[1].isEmpty() ? new String[0] : f[1].split(" ")) {
                    expected.appendCodePoint(Integer.parseInt(hex, 16));
                }
                assertEquals(icu.getSkeleton(c), expected.toString(), f[0]);
                lines++;
            }
        }
        assertTrue(lines > 6_000, "lines: " + lines);
        assertEquals(icu.getSkeleton("ꓳ").toLowerCase(Locale.ROOT), skeleton.fold("ꓳ"));
    }
}
