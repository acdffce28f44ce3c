package okpay.support.kb;

import okpay.support.i18n.Lang;
import okpay.support.render.Sanitizer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds the characters a knowledge base must not hold in its text, and where in the file they are: control
 * characters (but tab and line break), bidi controls, zero-width and other format characters, noncharacters, the
 * characters {@link Sanitizer} would escape on output. On a terminal they retitle the window, clear the screen, hide a
 * link or turn an address around; in a file meant for people they are a mistake or an attack. A double-quoted
 * scalar can write them as escapes ({@code "\e]0;x\a"}): those are found at their backslash.
 */
final class HiddenCharacters {
    private final String text;
    private int[] lineStarts;

    /** A finder over the whole text of one file. */
    HiddenCharacters(String text) {
        this.text = text;
    }

    /** Whether {@code value} holds a character a knowledge base must not. */
    static boolean any(String value) {
        for (int i = 0; i < value.length(); ) {
            char plain = value.charAt(i);
            if (Sanitizer.isPlain(plain) || plain == '\n') {
                i++;
                continue;
            }
            int c = value.codePointAt(i);
            if (refused(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Whether {@code c} is refused in knowledge-base text (a tab and a line break are fine, in block scalars too). */
    static boolean refused(int c) {
        return c != '\n' && c != '\t' && Sanitizer.isUnsafeCharacter(c);
    }

    /** The problem for the first refused character of {@code scalar}, at its position in the file. */
    Problem problem(String file, ScalarNode scalar, SafeYaml.Limits limits) {
        Mark start = scalar.getStartMark();
        Mark end = scalar.getEndMark();
        String name = start.getName() != null ? start.getName() : file;
        int from = offset(start);
        int to = end == null ? text.length() : Math.min(text.length(), Math.max(from, offset(end)));
        boolean escapes = scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
        int line = start.getLine();
        int column = start.getColumn();
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            int found = -1;
            int columns = 1;
            if (c == '\\' && escapes && i + 1 < to) {
                int[] escape = escape(i + 1);
                found = escape[0] >= 0 && refused(escape[0]) ? escape[0] : -1;
                width = 1 + escape[1];
                columns = width;
            } else if (c != '\r' && refused(c)) {
                found = c;
            }
            if (found >= 0) {
                return new Problem(name, line + 1, column + 1, message(found, "hidden.text", limits.lang()));
            }
            if (Positions.breaksLine(text, i)) {
                line++;
                column = 0;
            } else if (c != '\r') {
                column += columns;
            }
            i += width;
        }
        // not found in the source (a merged tree whose text is another file's): the scalar's start is the best guess
        return new Problem(name, start.getLine() + 1, start.getColumn() + 1, message(first(scalar.getValue()), "hidden.text", limits.lang()));
    }

    /** The code point a YAML escape at {@code at} (after its backslash) stands for, and how many chars it takes. */
    private int[] escape(int at) {
        char e = text.charAt(at);
        int digits = switch (e) {
            case 'x' -> 2;
            case 'u' -> 4;
            case 'U' -> 8;
            default -> 0;
        };
        if (digits > 0) {
            if (at + 1 + digits > text.length()) {
                return new int[] {-1, 1};
            }
            try {
                return new int[] {Integer.parseInt(text, at + 1, at + 1 + digits, 16), 1 + digits};
            } catch (NumberFormatException ex) {
                return new int[] {-1, 1};
            }
        }
        int c = switch (e) {
            case '0' -> 0;
            case 'a' -> 7;
            case 'b' -> 8;
            case 'v' -> 11;
            case 'f' -> 12;
            case 'r' -> 13;
            case 'e' -> 27;
            case 'N' -> 0x85;
            case 'L' -> 0x2028;
            case 'P' -> 0x2029;
            default -> -1;
        };
        return new int[] {c, 1};
    }

    /** The char offset in the text of {@code mark} (whose index counts code points, and whose column too). */
    private int offset(Mark mark) {
        if (lineStarts == null) {
            lineStarts = lineStarts(text);
        }
        int line = mark.getLine();
        if (line >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[line];
        try {
            return text.offsetByCodePoints(start, mark.getColumn());
        } catch (IndexOutOfBoundsException e) {
            return text.length();
        }
    }

    private static int[] lineStarts(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (Positions.breaksLine(text, i)) {
                lines++;
            }
        }
        int[] starts = new int[lines];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (Positions.breaksLine(text, i)) {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private static int first(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (refused(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return 0;
    }

    /**
     * What is wrong with {@code c}, named so that an operator can find it in an editor that does not show it: the
     * message {@code key} ({@code hidden.text}, {@code hidden.file}) of the {@code kb} bundle in {@code lang}.
     */
    static String message(int c, String key, Lang lang) {
        String kind;
        if (c == 0x1b) {
            kind = "hidden.escape";
        } else if (Character.getType(c) == Character.CONTROL) {
            kind = "hidden.control";
        } else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C) {
            kind = "hidden.bidi";
        } else if (Character.getType(c) == Character.FORMAT || Sanitizer.isHidden(c)) {
            kind = "hidden.format";
        } else {
            kind = "hidden.invisible";
        }
        return ProblemWords.say(lang, key, String.format("U+%04X", c), ProblemWords.say(lang, kind));
    }
}
