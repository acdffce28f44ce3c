package okpay.support.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sanitiser's fast path for plain characters (ASCII, CJK) agrees with the full check by character type, on every
 * character it covers and on generated text mixing them with controls, bidi and format characters.
 */
class SanitizerTest {
    /** What the sanitiser escapes, written out from its definition without the fast path. */
    private static boolean unsafeByType(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT || c == 0x034F || c == 0x115F
                || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    @Test
    void everyCharacterAgreesWithTheCheckByType() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int code = c;
            if (Sanitizer.isPlain(c)) {
                assertFalse(unsafeByType(c), () -> "plain but escaped by type: U+" + Integer.toHexString(code));
            }
            assertEquals(unsafeByType(c), Sanitizer.isUnsafe(c), () -> "U+" + Integer.toHexString(code));
        }
    }

    /** Text of ASCII, Chinese, full-width forms, line breaks and now and then a control, bidi or format character. */
    private static String generated(Random random) {
        int[] rare = {0x1b, 0x07, 0x00, 0x7f, 0x85, 0x200b, 0x200e, 0x202e, 0x2066, 0xfeff, 0xad, 0x2028, 0xfffe, 0x3164,
            0xffa0, 0xfe0f, 0xd800, 0x1f600, 0xe9, 0x3000, 0xff0c, '\t', '\n'};
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(60);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(10);
            int c = pick < 4 ? 0x20 + random.nextInt(0x5f) : pick < 7 ? 0x4e00 + random.nextInt(0x5200)
                    : pick < 8 ? 0xff01 + random.nextInt(0x5e) : pick < 9 ? 0x3000 + random.nextInt(0x40) : rare[random.nextInt(rare.length)];
            text.appendCodePoint(c);
        }
        return text.toString();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void isCleanAndTheWriterAgreeWithTheFullCheck(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            String text = generated(random);
            boolean clean = true;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                clean &= c == '\n' || c == '\t' || !unsafeByType(c);
                i += Character.charCount(c);
            }
            assertEquals(clean, Sanitizer.isClean(text), text);
            StringWriter written = new StringWriter();
            PrintWriter out = SanitizingWriter.of(new PrintWriter(written), false);
            out.print(text);
            out.flush();
            assertEquals(Sanitizer.text(text, false), written.toString(), text);
            if (clean) {
                assertEquals(text, written.toString());
            }
        }
    }
}
