package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick script test answers as the JDK does, for every code point, and on whole texts. */
class ScriptsTest {
    @Test
    void everyCodePointHasTheJdksAnswer() {
        int disagreements = 0;
        StringBuilder first = new StringBuilder();
        for (int cp = Character.MIN_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp++) {
            boolean jdk = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            if (Scripts.isHan(cp) != jdk) {
                if (disagreements++ < 5) {
                    first.append(String.format(" U+%04X (JDK says %s)", cp, jdk));
                }
            }
        }
        assertEquals(0, disagreements, "code points where Scripts.isHan differs from the JDK:" + first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"钱没到账", "〇", "々", "𠀀", "⺀", "豈"})
    void chineseTextIsAllHan(String text) {
        assertTrue(Scripts.allHan(text), text);
        assertTrue(Scripts.anyHan(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"money", "。，、", "カード", "카드", "ＯＫ", "1234"})
    void otherTextHasNoHan(String text) {
        assertFalse(Scripts.anyHan(text), text);
        assertFalse(Scripts.allHan(text), text);
    }

    @Test
    void mixedTextHasSomeButNotAllHan() {
        assertTrue(Scripts.anyHan("PIN：密码"));
        assertFalse(Scripts.allHan("PIN：密码"));
        assertTrue(Scripts.allHan(""), "an empty text is vacuously all Han");
        assertFalse(Scripts.anyHan(""));
    }
}
