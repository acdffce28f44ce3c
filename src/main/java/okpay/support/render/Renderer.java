package okpay.support.render;

import java.io.PrintWriter;

/** Writes a command's result in one format; text needs the command's layout, JSON and YAML do not. */
public interface Renderer {
    <T> void render(T result, TextLayout<T> layout, PrintWriter out);

    /** The renderer for {@code format}, text unwrapped. */
    static Renderer of(Format format, Style style) {
        return of(format, style, 0);
    }

    /** The renderer for {@code format}, text wrapped to {@code columns} (0: not wrapped). */
    static Renderer of(Format format, Style style, int columns) {
        return switch (format) {
            case TEXT -> new TextRenderer(style, columns);
            case JSON -> new JsonRenderer();
            case YAML -> new YamlRenderer();
        };
    }
}
