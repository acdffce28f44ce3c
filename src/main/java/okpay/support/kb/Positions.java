package okpay.support.kb;

import java.nio.CharBuffer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Positions for the problems SnakeYAML reports without one: bytes that are not UTF-8, a character YAML does not
 * allow in a file (NUL, ESC...), and its composer's limits (nesting, aliases). A problem at {@code 1:1} sends an
 * operator through a whole file; these find the line and column.
 */
final class Positions {
    private Positions() {}

    /** A problem at the position just after {@code decoded}, the text before it. */
    static Problem after(String file, CharBuffer decoded, String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (breaksLine(decoded, i)) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) && !(c == '\r' && i + 1 < decoded.length() && decoded.charAt(i + 1) == '\n')) {
                column++;
            }
        }
        return new Problem(file, line, column, message);
    }

    /**
     * Whether the character at {@code i} ends a line as YAML counts lines, and so as its marks do: a line feed, a
     * carriage return not followed by one, NEL, and the line and paragraph separators.
     */
    static boolean breaksLine(CharSequence text, int i) {
        char c = text.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /** The first character of {@code text} that YAML does not allow in a file, as a problem at its position. */
    static Problem unprintable(String file, String text, SafeYaml.Limits limits) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                return new Problem(file, line, column, HiddenCharacters.message(c, "hidden.file", limits.lang()));
            }
            if (breaksLine(text, i)) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
            i += Character.charCount(c);
        }
        return new Problem(file, 1, 1, limits.say("hidden.file.unknown"));
    }

    /** The composer's message for one of its limits, in the words of the other problems. */
    static String describe(String message, SafeYaml.Limits limits) {
        String text = String.valueOf(message);
        if (text.startsWith("Nesting Depth exceeded")) {
            return limits.say("too-deep.limit", limits.maxDepth(), limits.what());
        }
        if (text.startsWith("Number of aliases")) {
            return limits.say("too-many-aliases", limits.maxAliases(), limits.what());
        }
        return YamlTexts.describe(null, message, limits.lang());
    }

    /** A parser that remembers the last event it handed out, whose mark says where the composer was. */
    static final class LastEvent implements Parser {
        private final Parser parser;
        private Event last;

        LastEvent(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            last = parser.getEvent();
            return last;
        }

        /** Where the last event handed out starts; null before the first. */
        Mark mark() {
            return last == null ? null : last.getStartMark();
        }
    }
}
