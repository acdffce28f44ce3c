package okpay.support.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The last stop of every stream the tool writes text to (stdout, stderr, the shell's terminal): whatever reaches it,
 * from a layout, an error, a question, picocli's help or a stack trace, leaves with every control, bidi and format
 * character escaped by the {@link Sanitizer}, so no path can retitle the window, clear the screen or turn text
 * around. With colours, the colour sequences of {@link Style} and of picocli's help pass; nothing else does. Layouts
 * sanitise their lines already ({@link TextWriter}); this catches the paths that do not go through one.
 */
public final class SanitizingWriter extends PrintWriter {
    private SanitizingWriter(Filter filter) {
        super(filter, true);
    }

    /** {@code out}, sanitised; {@code out} itself when it already is. */
    public static PrintWriter of(PrintWriter out, boolean colours) {
        return out instanceof SanitizingWriter ? out : new SanitizingWriter(new Filter(out, colours));
    }

    /** Escapes what is unsafe, holding back a colour sequence or surrogate pair cut in two by the writes. */
    private static final class Filter extends Writer {
        private final PrintWriter target;
        private final boolean colours;
        private final StringBuilder pending = new StringBuilder();

        Filter(PrintWriter target, boolean colours) {
            this.target = target;
            this.colours = colours;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (pending.length() == 0 && clean(chars, offset, length)) {
                target.write(chars, offset, length);
                return;
            }
            pending.append(chars, offset, length);
            int keep = incompleteTail(pending);
            String ready = pending.substring(0, pending.length() - keep);
            pending.delete(0, pending.length() - keep);
            target.write(Sanitizer.terminal(ready, colours));
        }

        @Override
        public void write(String text, int offset, int length) {
            write(text.toCharArray(), offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (pending.length() > 0) {
                target.write(Sanitizer.terminal(pending.toString(), false)); // a cut sequence never completed: escaped
                pending.setLength(0);
            }
            target.flush();
            if (target.checkError()) {
                throw new IOException("the output could not be written");
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        /** No escape, control or other character at or above DEL: nothing to look at (most lines of output). */
        private static boolean clean(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (Sanitizer.isPlain(c)) {
                    continue;
                }
                if (c < 0x20 ? c != '\n' && c != '\t' : c >= 0x7f && unsafe(chars, i)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean unsafe(char[] chars, int i) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                return Sanitizer.isUnsafe(Character.toCodePoint(c, chars[i + 1]));
            }
            if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(chars[i - 1])) {
                return false;
            }
            return Sanitizer.isUnsafe(c);
        }

        /** How many chars at the end of {@code text} may be the start of a colour sequence or of a surrogate pair. */
        private int incompleteTail(StringBuilder text) {
            int n = text.length();
            if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
                return 1;
            }
            if (!colours) {
                return 0;
            }
            for (int i = Math.max(0, n - Sanitizer.LONGEST_COLOUR); i < n; i++) {
                if (text.charAt(i) == '\u001b' && Sanitizer.colourPrefix(text, i)) {
                    return n - i;
                }
            }
            return 0;
        }
    }
}
