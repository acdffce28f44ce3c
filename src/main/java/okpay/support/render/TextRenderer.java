package okpay.support.render;

import java.io.PrintWriter;

/** Results as text for people, through the layout the command supplies. */
public final class TextRenderer implements Renderer {
    private final Style style;
    private final int columns;

    /** Text in {@code style}, wrapped to {@code columns} (0: not wrapped). */
    public TextRenderer(Style style, int columns) {
        this.style = style;
        this.columns = columns;
    }

    @Override
    public <T> void render(T result, TextLayout<T> layout, PrintWriter out) {
        layout.write(result, new TextWriter(out, style, columns));
        out.flush();
    }
}
