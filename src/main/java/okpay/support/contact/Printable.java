package okpay.support.contact;

/** Makes user input safe to show: no control or invisible characters reach the terminal or a JSON reader. */
final class Printable {
    private Printable() {
    }

    /**
     * {@code value} with control characters and invisible format characters (zero-width spaces, direction
     * overrides) written as {@code \\uXXXX}, so input can neither move the cursor nor hide a character, and cut
     * after {@code max} characters with an ellipsis.
     */
    static String of(String value, int max) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (shown++ == max) {
                out.append('…');
                break;
            }
            int c = value.codePointAt(i);
            if (isHidden(c) || Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Characters that take no space on screen, so one address can pass for another. */
    static boolean isHidden(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
                || (c >= 0xFE00 && c <= 0xFE0F);
    }
}
