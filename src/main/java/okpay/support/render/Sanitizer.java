package okpay.support.render;

/**
 * The one terminal sanitiser. Knowledge-base text and user input are untrusted on a terminal too: a control
 * character can move the cursor, retitle the window or hide text, and a bidi override or zero-width character
 * can make one address pass for another. Everything the tool prints goes through here; such characters come
 * out as visible {@code \\uXXXX} escapes instead.
 */
public final class Sanitizer {
    private static final char ESC = '\u001b';

    private Sanitizer() {}

    /**
     * Text for a terminal, line breaks and tabs kept. With {@code colours}, the colour sequences that only change the
     * colour or weight of text stay (the same ones {@link SanitizingWriter} lets through); every other control, bidi
     * and format character is escaped.
     */
    public static String text(String value, boolean colours) {
        return value == null ? null : terminal(value, colours);
    }

    /**
     * {@code value} as one safe line: every unsafe character, line breaks and tabs included, escaped, and cut
     * after {@code max} characters with an ellipsis, so pasted input can neither break the layout nor run on.
     */
    public static String shown(String value, int max) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
            if (shown++ == max) {
                out.append('…');
                break;
            }
            int c = value.codePointAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (isUnsafe(c)) {
                escape(out, c);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** {@code value} in double quotes as one safe line of at most 60 characters, for echoing input in a message. */
    public static String quoted(String value) {
        return "\"" + shown(value, 60) + "\"";
    }

    /** JSON or YAML text with every unsafe character a writer left raw escaped (they occur only inside strings). */
    public static String escapedInStrings(String document) {
        if (isClean(document)) {
            return document;
        }
        StringBuilder out = new StringBuilder(document.length() + 16);
        for (int i = 0; i < document.length(); ) {
            int c = document.codePointAt(i);
            if (c != '\n' && c != '\t' && isUnsafe(c)) {
                escape(out, c);
            } else {
                out.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Whether {@code value} has no character that {@link #text} would escape (tabs and line breaks are fine). */
    public static boolean isClean(String value) {
        for (int i = 0; i < value.length(); ) {
            char plain = value.charAt(i);
            if (isPlain(plain) || plain == '\n') {
                i++;
                continue;
            }
            int c = value.codePointAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7f && isUnsafe(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Characters that take no space on screen or change how text around them is shown, so one address can pass
     * for another: format characters (zero-width, bidi controls, soft hyphen) and the blank fillers of Hangul.
     */
    public static boolean isHidden(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
                || (c >= 0xFE00 && c <= 0xFE0F);
    }

    /**
     * Whether {@code c} is never printed as it is, but escaped: control characters (C0, DEL, C1; line breaks and tabs
     * too, which {@link #text} keeps where a layout needs them), line and paragraph separators, lone surrogates,
     * noncharacters and hidden characters (bidi controls and other format characters, see {@link #isHidden}).
     * {@code kb validate} rejects the same characters in knowledge-base text.
     */
    public static boolean isUnsafeCharacter(int c) {
        return isUnsafe(c);
    }

    /** Control characters (C0, DEL, C1), line and paragraph separators, lone surrogates, noncharacters and hidden characters. */
    static boolean isUnsafe(int c) {
        if (isPlain(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || isHidden(c) || isNoncharacter(c);
    }

    /**
     * Printable ASCII, CJK punctuation, CJK ideographs and full-width forms: most of what the tool prints, none of it
     * ever escaped. Checked before {@link Character#getType}, whose table look-ups cost a cold JVM on every character.
     */
    public static boolean isPlain(int c) {
        return c >= 0x20 && (c < 0x7f || c >= 0x3000 && c <= 0x303f || c >= 0x4e00 && c <= 0x9fff || c >= 0xff01 && c <= 0xff5e);
    }

    /** U+FDD0-U+FDEF and the last two code points of every plane: never text, and YAML writers refuse them. */
    private static boolean isNoncharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    /** The longest colour sequence {@link #terminal} lets through. */
    static final int LONGEST_COLOUR = 16;
    /** The SGR parameters of {@link Style} and of picocli's help: bold, dim, italic, their ends, four colours, reset. */
    private static final java.util.Set<String> COLOUR_PARAMETERS =
            java.util.Set.of("0", "1", "2", "3", "21", "22", "23", "31", "32", "33", "36", "39");

    /**
     * Text on its way to a terminal (see {@link SanitizingWriter}): line breaks and tabs kept, with {@code colours}
     * the colour sequences that only change the colour or weight of text (bold, dim, italic, red, green, yellow, cyan,
     * reset), every other control, bidi and format character escaped.
     */
    static String terminal(String value, boolean colours) {
        if (isClean(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (c == ESC && colours) {
                int length = colourAt(value, i);
                if (length > 0) {
                    out.append(value, i, i + length);
                    i += length;
                    continue;
                }
            }
            if (c == '\n' || c == '\t' || !isUnsafe(c)) {
                out.appendCodePoint(c);
            } else {
                escape(out, c);
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** The length of the allowed colour sequence at {@code at} (an ESC) in {@code text}; 0 when there is none. */
    private static int colourAt(CharSequence text, int at) {
        if (at + 2 >= text.length() || text.charAt(at + 1) != '[') {
            return 0;
        }
        int start = at + 2;
        for (int i = start; i < text.length() && i - at < LONGEST_COLOUR; i++) {
            char c = text.charAt(i);
            if (c == 'm') {
                for (String parameter : text.subSequence(start, i).toString().split(";", -1)) {
                    if (!COLOUR_PARAMETERS.contains(parameter)) {
                        return 0;
                    }
                }
                return i + 1 - at;
            }
            if (c != ';' && (c < '0' || c > '9')) {
                return 0;
            }
        }
        return 0;
    }

    /** Whether {@code text} from {@code at} (an ESC) to its end could still become a colour sequence. */
    static boolean colourPrefix(CharSequence text, int at) {
        if (at + 1 < text.length() && text.charAt(at + 1) != '[') {
            return false;
        }
        for (int i = at + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ';' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return text.length() - at < LONGEST_COLOUR;
    }

    private static void escape(StringBuilder out, int c) {
        out.append(String.format("\\u%04x", c));
    }
}
