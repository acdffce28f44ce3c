package okpay.support.testing;

import okpay.support.kb.Text;

/**
 * The position marker {@value #MARK} (U+2038 CARET) of tests that expect a problem at a line and column of a file:
 * written into the test's text where the problem must be reported, so that no test spells out a line and column
 * counted by hand, and editing a fixture moves the expectation along with the text.
 *
 * <p>The character appears in no fixture, knowledge base or message, so a marker is never mistaken for content;
 * {@link #strip} also refuses text that holds more than one.
 */
public final class Marker {
    /** The marker itself. */
    public static final String MARK = "\u2038";

    private Marker() {}

    /** A line and a column, both from 1, printed {@code LINE:COLUMN} as the tool prints them. */
    public record Position(int line, int column) {
        @Override
        public String toString() {
            return line + ":" + column;
        }
    }

    /** Text with its one marker taken out, and the position the marker stood at. */
    public record Marked(String text, Position position) {}

    /** Takes the one marker out of {@code text}; fails the test setup when it holds none or more than one. */
    public static Marked strip(String text) {
        int at = text.indexOf(MARK);
        if (at < 0 || text.indexOf(MARK, at + 1) >= 0) {
            throw new IllegalArgumentException("test setup: the text must hold exactly one " + MARK + ", it holds "
                    + count(text) + ": " + quoted(text.length() > 200 ? text.substring(0, 200) + "…" : text));
        }
        return new Marked(text.substring(0, at) + text.substring(at + MARK.length()), positionOf(text, at));
    }

    /**
     * Where the marker of {@code markedTarget} stands in {@code text}, in which the target without its marker must
     * occur exactly once (so that the position cannot silently come from another spot).
     */
    public static Position find(String text, String markedTarget) {
        Marked target = strip(markedTarget);
        int at = indexOfOnce(text, target.text());
        return strip(text.substring(0, at) + markedTarget + text.substring(at + target.text().length())).position();
    }

    /** Where {@code part} starts in {@code text}; fails the test setup unless it occurs there exactly once. */
    public static int indexOfOnce(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0 || part.isEmpty()) {
            throw new IllegalArgumentException("test setup: the text must contain " + quoted(part));
        }
        if (text.indexOf(part, at + 1) >= 0) {
            throw new IllegalArgumentException("test setup: the text contains " + quoted(part) + " more than once; make it longer");
        }
        return at;
    }

    /** How many markers {@code text} holds. */
    public static int count(String text) {
        return (text.length() - text.replace(MARK, "").length()) / MARK.length();
    }

    /** {@code text} without any marker. */
    public static String unmarked(String text) {
        return text.replace(MARK, "");
    }

    // Columns count code points, as the YAML parser does, so a character outside the BMP is one column.
    private static Position positionOf(String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
        return new Position(line, text.codePointCount(lineStart, at) + 1);
    }

    private static String quoted(String part) {
        return "'" + part.replace("\n", "\\n") + "'";
    }
}
