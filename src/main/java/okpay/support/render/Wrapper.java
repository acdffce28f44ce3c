package okpay.support.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The one line wrapper: breaks a line of terminal text to a width in columns at spaces and between Chinese
 * characters, never inside a Latin word, URL, email address or number, and indents the continuation lines.
 * Colour sequences take no columns; a colour open at a break is closed there and opened again on the next line.
 */
public final class Wrapper {
    private static final char ESC = '\u001b';
    private static final String RESET = "\u001b[0m";
    /** Closing punctuation a line must not start with (CJK and Latin). */
    private static final String NO_START = "，。、；：！？）」』】〕〉》”’…·％,.;:!?)]}%";
    /** Opening punctuation a line must not end with. */
    private static final String NO_END = "（「『【〔〈《“‘([{";

    private Wrapper() {}

    /**
     * {@code line} (one line, no line break) cut into lines of at most {@code width} columns, continuation lines
     * indented by {@code hang} columns; the line itself when {@code width} is 0 or less or it fits. A word longer
     * than a line stays whole on a line of its own.
     */
    public static List<String> wrap(String line, int width, int hang) {
        if (width <= 0 || columns(line) <= width) {
            return List.of(line);
        }
        // Too deep an indent leaves room for a word or two a line: continue under the line's own indent instead.
        int lead = leadingSpaces(line);
        if (width - hang < Math.max(12, width / 3)) {
            hang = Math.min(lead, width / 3);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(line.substring(0, lead));
        int used = lead;
        boolean empty = true;
        String pendingSpace = "";
        StringBuilder active = new StringBuilder();
        for (String unit : units(line.substring(lead))) {
            String plain = stripStyles(unit);
            if (plain.isBlank()) {
                // Spaces go where the line breaks; their colour sequences stay.
                String styles = unit.replace(" ", "");
                current.append(styles);
                track(styles, active);
                pendingSpace = empty ? "" : plain;
                continue;
            }
            int unitWidth = columns(unit);
            if (!empty && used + pendingSpace.length() + unitWidth > width) {
                if (active.length() > 0) {
                    current.append(RESET);
                }
                lines.add(current.toString());
                current = new StringBuilder(" ".repeat(hang)).append(active);
                used = hang;
                pendingSpace = "";
            }
            current.append(pendingSpace).append(unit);
            used += pendingSpace.length() + unitWidth;
            pendingSpace = "";
            empty = false;
            track(unit, active);
        }
        lines.add(current.toString());
        return lines;
    }

    /** The continuation indent a line implies: its leading spaces, plus a list marker ("• ", "- ", "12. ") after them. */
    public static int hangOf(String line) {
        String plain = stripStyles(line);
        int lead = leadingSpaces(plain);
        int at = lead;
        if (plain.startsWith("• ", at) || plain.startsWith("- ", at) || plain.startsWith("* ", at)) {
            return lead + 2;
        }
        while (at < plain.length() && plain.charAt(at) >= '0' && plain.charAt(at) <= '9' && at - lead < 3) {
            at++;
        }
        return at > lead && plain.startsWith(". ", at) ? at + 2 : lead;
    }

    /**
     * The terminal columns {@code text} takes: two for East Asian wide and fullwidth characters, none for combining
     * marks and colour sequences, one otherwise.
     */
    public static int columns(String text) {
        int cells = 0;
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) == ESC) {
                i = afterEscape(text, i);
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            cells += type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK ? 0 : isWide(cp) ? 2 : 1;
        }
        return cells;
    }

    /** {@code text} without its colour sequences. */
    public static String stripStyles(String text) {
        if (text.indexOf(ESC) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) == ESC) {
                i = afterEscape(text, i);
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** Whether {@code cp} takes two columns (East Asian wide or fullwidth, and the common emoji blocks). */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /**
     * {@code text} cut into the pieces a line may break between: runs of spaces, and words, where a word ends at a
     * space or between two characters one of which is wide (Chinese), unless that would start a line with closing
     * punctuation or end one with opening punctuation. Colour sequences stay with the character after them.
     */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int start = 0;
        int previous = -1;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); ) {
            int at = i;
            while (i < text.length() && text.charAt(i) == ESC) {
                i = afterEscape(text, i);
            }
            if (i >= text.length()) {
                break;
            }
            int cp = text.codePointAt(i);
            boolean space = cp == ' ';
            boolean cut = previous >= 0 && (space != inSpace
                    || !space && (isWide(previous) || isWide(cp)) && NO_START.indexOf(cp) < 0 && NO_END.indexOf(previous) < 0);
            if (cut) {
                units.add(text.substring(start, at));
                start = at;
            }
            inSpace = space;
            previous = cp;
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            units.add(text.substring(start));
        }
        return glued(units);
    }

    /**
     * {@code units} with spaces that come before closing punctuation or after opening punctuation ("word ，", "（ x")
     * joined to the words beside them: such a space is no place for a line to break.
     */
    private static List<String> glued(List<String> units) {
        List<String> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            boolean space = stripStyles(unit).isBlank();
            if (space && !out.isEmpty() && i + 1 < units.size()) {
                String before = stripStyles(out.get(out.size() - 1));
                String after = stripStyles(units.get(i + 1));
                if (!after.isEmpty() && NO_START.indexOf(after.codePointAt(0)) >= 0
                        || !before.isEmpty() && NO_END.indexOf(before.codePointBefore(before.length())) >= 0) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + unit + units.get(++i));
                    continue;
                }
            }
            out.add(unit);
        }
        return out;
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** Remembers the colours open after {@code unit}: a reset closes all. */
    private static void track(String unit, StringBuilder active) {
        for (int i = unit.indexOf(ESC); i >= 0; i = unit.indexOf(ESC, i + 1)) {
            String code = unit.substring(i, afterEscape(unit, i));
            if (code.equals(RESET)) {
                active.setLength(0);
            } else {
                active.append(code);
            }
        }
    }

    /** The index after the escape sequence at {@code i} (an SGR sequence ends at its letter). */
    private static int afterEscape(String text, int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '[') {
            j++;
            while (j < text.length() && !Character.isLetter(text.charAt(j))) {
                j++;
            }
        }
        return Math.min(j + 1, text.length());
    }
}
