package okpay.support.i18n;

/**
 * Which script a character is written in, answered without {@link Character.UnicodeScript} where the answer is
 * certain: that enum's first use builds tables of every script (a few milliseconds of a cold start), while the text a
 * command reads is almost all ASCII, common Chinese characters and CJK punctuation. Anything else is asked of the JDK,
 * so the answers are always the JDK's own.
 */
public final class Scripts {
    private Scripts() {}

    /** Whether {@code cp} is a Han (Chinese) character, exactly as {@code Character.UnicodeScript.of(cp) == HAN}. */
    public static boolean isHan(int cp) {
        if (cp < 0x2E80) {
            return false; // Latin, Greek, Cyrillic, symbols...: the first Han characters (CJK radicals) start here
        }
        if (cp >= 0x4E00 && cp <= 0x9FA5) {
            return true; // the CJK Unified Ideographs of Unicode 1.1, Han for good
        }
        if (cp >= 0x3000 && cp <= 0x3004 || cp >= 0x3008 && cp <= 0x3020 || cp >= 0xFF00 && cp <= 0xFFEF) {
            return false; // CJK and full-width punctuation (。，、「」…), never Han
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Whether every character of {@code text} is Han (true for an empty text). */
    public static boolean allHan(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!isHan(text.codePointAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether some character of {@code text} is Han. */
    public static boolean anyHan(String text) {
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (isHan(text.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
