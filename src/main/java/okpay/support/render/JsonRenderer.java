package okpay.support.render;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Result records as JSON: fields in declaration order, empty fields left out ({@link OutputTree}: null, and empty lists
 * unless {@link KeepEmpty}; output records hold strings, never enums or Optionals). This is the contract scripts rely on;
 * the YAML renderer mirrors it.
 */
public final class JsonRenderer implements Renderer {
    private static final JSON JSON_WRITER = JSON.builder()
            .enable(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_RECORD_FIELDS_IN_DECLARATION_ORDER)
            .disable(JSON.Feature.WRITE_NULL_PROPERTIES)
            .build();

    @Override
    public <T> void render(T result, TextLayout<T> layout, PrintWriter out) {
        out.println(Sanitizer.escapedInStrings(toJson(result)));
        out.flush();
    }

    static String toJson(Object result) {
        try {
            return JSON_WRITER.asString(OutputTree.of(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as plain maps, lists, strings, numbers and booleans, exactly as the JSON has it. */
    static Object toTree(Object result) {
        return OutputTree.of(result);
    }
}
