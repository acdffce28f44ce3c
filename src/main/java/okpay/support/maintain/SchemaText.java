package okpay.support.maintain;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layout of {@code kb schema}: the schema as JSON, the form editors read. */
public final class SchemaText implements TextLayout<Map<String, Object>> {
    @Override
    public void write(Map<String, Object> schema, TextWriter out) {
        try {
            for (String line : JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(schema).split("\n")) {
                out.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
