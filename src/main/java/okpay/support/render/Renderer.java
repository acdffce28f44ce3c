package okpay.support.render;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a command's result in one format; text needs the command's layout, JSON and YAML do not. */
public interface Renderer {
    <T> void render(T result, TextLayout<T> layout, PrintWriter out);

    /**
     * {@code result} (a record that is a JSON object) as the tree its JSON has, with the member {@code name} =
     * {@code value} added at the end: for a result that comes with an error, still one document.
     */
    static Object withMember(Object result, String name, Object value) {
        if (!(JsonRenderer.toTree(result) instanceof Map<?, ?> tree)) {
            throw new IllegalArgumentException("not an object: " + result.getClass().getName());
        }
        Map<Object, Object> document = new LinkedHashMap<>(tree);
        document.put(name, value);
        return document;
    }

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
