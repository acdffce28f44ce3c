package okpay.support.render;

import java.io.PrintWriter;

/** Results as text for people, through the layout the command supplies. */
public final class TextRenderer implements Renderer {
    private final Style style;

    public TextRenderer(Style style) {
        this.style = style;
    }

    @Override
    public <T> void render(T result, TextLayout<T> layout, PrintWriter out) {
        layout.write(result, new TextWriter(out, style));
        out.flush();
    }
}
