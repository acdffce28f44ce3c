package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.Random;
import okpay.support.testing.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick NFKC gives the JDK's NFKC: on every ASCII character, on what people type, and on generated text. */
class NfkcTest {
    @Test
    void asciiIsItsOwnFormAndReturnedAsItIs() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
            assertEquals(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC), Nfkc.of(String.valueOf(c)), "U+" + (int) c);
        }
        String ascii = all.toString();
        assertSame(ascii, Nfkc.of(ascii), "no copy for plain text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＰＡＹ－ＯＲ－ＳＥＮＤ", "３", "ﬁx", "是的", "①", "Ａ１２３", "café", "e\u0301", "pay-or-send"})
    void whatPeopleTypeIsFoldedAsTheJdkFoldsIt(String text) {
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC), Nfkc.of(text));
    }

    @Test
    void generatedTextIsFoldedAsTheJdkFoldsIt() {
        String pieces = "aZ09 -_.ＡＺ０９　，。ﬁ①é\u0301中文\uD83D\uDE00\u00A0\u2126";
        Random random = new Random(1202);
        for (int i = 0; i < 2000; i++) {
            String text = RandomText.of(pieces, random, 8);
            assertEquals(Normalizer.normalize(text, Normalizer.Form.NFKC), Nfkc.of(text), text);
        }
    }
}
