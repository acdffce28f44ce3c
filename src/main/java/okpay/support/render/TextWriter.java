package okpay.support.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Helpers for text layouts: headings, aligned label/value pairs, lists and tables. Alignment counts
 * display cells, so Chinese (two cells a character) lines up with English. Every line goes through the
 * {@link Sanitizer}, so no text a layout prints can carry a control or bidi character to the terminal, and then
 * through the {@link Wrapper} when the screen has a width: continuation lines keep the indent of a list item's or
 * a field's text, and a table too wide for the screen becomes one record of {@code label: value} lines a row.
 */
public final class TextWriter {
    private final PrintWriter out;
    private final Style style;
    private final int columns;

    TextWriter(PrintWriter out, Style style, int columns) {
        this.out = out;
        this.style = style;
        this.columns = columns;
    }

    public Style style() {
        return style;
    }

    /** The width lines are wrapped to, in columns; 0 when they are not wrapped (output not for a terminal). */
    public int columns() {
        return columns;
    }

    /** One line of text (line breaks in it start new lines); wrapped lines continue under its indent or list marker. */
    public TextWriter line(String text) {
        return line(text, -1);
    }

    /** One line whose wrapped continuation lines are indented by {@code hang} columns (-1: the line's own indent). */
    public TextWriter line(String text, int hang) {
        String safe = Sanitizer.text(text, style.enabled());
        if (columns <= 0) {
            out.println(safe);
            return this;
        }
        for (String part : safe.split("\n", -1)) {
            for (String wrapped : Wrapper.wrap(part, columns, hang < 0 ? Wrapper.hangOf(part) : hang)) {
                out.println(wrapped);
            }
        }
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
            line(indent + style.dim(pad(label, width)) + "  " + value, width(indent) + width + 2);
        }
        return this;
    }

    public TextWriter bullets(String indent, List<String> items) {
        for (String item : items) {
            line(indent + "• " + item, width(indent) + 2);
        }
        return this;
    }

    public TextWriter numbered(String indent, List<String> items) {
        int width = String.valueOf(items.size()).length();
        for (int i = 0; i < items.size(); i++) {
            line(indent + pad(String.valueOf(i + 1), width) + ". " + items.get(i), width(indent) + width + 2);
        }
        return this;
    }

    /**
     * {@code rows} of cells after {@code indent}, aligned in columns two spaces apart (the last column unpadded). When
     * a row does not fit the screen, the table is printed as records instead: a row's first cell on a line of its own,
     * then {@code label: value} for each other non-empty cell, {@code labels} naming the columns after the first.
     */
    public TextWriter table(String indent, List<String> labels, List<List<String>> rows) {
        return table(indent, labels, rows, 1);
    }

    /**
     * As {@link #table(String, List, List)}, a record's title being its first {@code key} cells (a status and a
     * name, say), aligned as in the table; {@code labels} name the columns after them.
     */
    public TextWriter table(String indent, List<String> labels, List<List<String>> rows, int key) {
        int cells = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[cells];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i) == null ? "" : row.get(i)));
            }
        }
        List<String> aligned = new ArrayList<>();
        boolean fits = true;
        for (List<String> row : rows) {
            StringBuilder text = new StringBuilder(indent);
            int last = row.size() - 1;
            while (last > 0 && (row.get(last) == null || row.get(last).isEmpty())) {
                last--;
            }
            for (int i = 0; i <= last; i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                text.append(i == 0 ? "" : "  ").append(i == last ? cell : pad(cell, widths[i]));
            }
            aligned.add(text.toString());
            // The last column may wrap under itself, as long as it keeps a third of the line.
            int before = width(indent) + (last == 0 ? 0 : sum(widths, last) + 2 * last);
            int lastWidth = width(row.get(last) == null ? "" : row.get(last));
            fits &= columns <= 0 || before + Math.min(lastWidth, Math.max(12, columns / 3)) <= columns;
        }
        if (fits) {
            int hang = width(indent) + sum(widths, cells - 1) + 2 * (cells - 1);
            aligned.forEach(row -> line(row, hang));
            return this;
        }
        for (List<String> row : rows) {
            StringBuilder title = new StringBuilder(indent);
            for (int i = 0; i < Math.min(key, row.size()); i++) {
                String cell = row.get(i) == null ? "" : row.get(i);
                title.append(i == 0 ? "" : "  ").append(i == key - 1 ? cell : pad(cell, widths[i]));
            }
            line(title.toString(), width(indent) + sum(widths, key - 1) + 2 * (key - 1));
            for (int i = key; i < row.size(); i++) {
                String cell = row.get(i);
                if (cell != null && !cell.isEmpty()) {
                    String label = i - key < labels.size() ? labels.get(i - key) : "";
                    String prefix = indent + "  " + (label.isEmpty() ? "" : style.dim(label + ":") + " ");
                    line(prefix + cell, width(prefix));
                }
            }
        }
        return this;
    }

    private static int sum(int[] widths, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += widths[i];
        }
        return sum;
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

    /** How many terminal cells {@code text} takes: two for wide East Asian characters, none for colours, one otherwise. */
    public static int width(String text) {
        return Wrapper.columns(text);
    }
}
