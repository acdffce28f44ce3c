package okpay.support.render;

import java.io.PrintWriter;
import java.util.List;

/**
 * Helpers for text layouts: headings, aligned label/value pairs and lists. Alignment counts
 * display cells, so Chinese (two cells a character) lines up with English. Every line goes through the
 * {@link Sanitizer}, so no text a layout prints can carry a control or bidi character to the terminal.
 */
public final class TextWriter {
    private final PrintWriter out;
    private final Style style;

    TextWriter(PrintWriter out, Style style) {
        this.out = out;
        this.style = style;
    }

    public Style style() {
        return style;
    }

    public TextWriter line(String text) {
        out.println(Sanitizer.text(text, style.enabled()));
        return this;
    }

    public TextWriter blank() {
        out.println();
        return this;
    }

    public TextWriter heading(String text) {
        return line(style.heading(text));
    }

    /** {@code label} padded to {@code width} display cells, then {@code value}; nothing when value is null. */
    public TextWriter field(String indent, String label, int width, String value) {
        if (value != null) {
            line(indent + style.dim(pad(label, width)) + "  " + value);
        }
        return this;
    }

    public TextWriter bullets(String indent, List<String> items) {
        for (String item : items) {
            line(indent + "• " + item);
        }
        return this;
    }

    public TextWriter numbered(String indent, List<String> items) {
        int width = String.valueOf(items.size()).length();
        for (int i = 0; i < items.size(); i++) {
            line(indent + pad(String.valueOf(i + 1), width) + ". " + items.get(i));
        }
        return this;
    }

    /**
     * A score between 0 and 1 as "0.42", without {@code String.format}: its first use loads the locale's number
     * symbols, a tenth of a cold one-off command.
     */
    public static String twoDecimals(double score) {
        long hundredths = Math.round(score * 100);
        return hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
    }

    /** The number {@code n} right-aligned in two columns and a dot, " 1." or "12." (no {@code String.format} either). */
    public static String listNumber(int n) {
        return (n < 10 ? " " : "") + n + ".";
    }

    /** The widest of {@code labels}, in display cells. */
    public static int widest(List<String> labels) {
        int widest = 0;
        for (String label : labels) {
            widest = Math.max(widest, width(label));
        }
        return widest;
    }

    /** {@code text} followed by spaces up to {@code width} display cells. */
    public static String pad(String text, int width) {
        int missing = width - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** How many terminal cells {@code text} takes: two for wide East Asian characters, one otherwise. */
    public static int width(String text) {
        int cells = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            cells += isWide(cp) ? 2 : (Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : 1);
        }
        return cells;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
