package okpay.support.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.serializer.Serializer;

/** Result records as YAML with the same fields, order and values as the JSON. */
public final class YamlRenderer implements Renderer {
    @Override
    public <T> void render(T result, TextLayout<T> layout, PrintWriter out) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        String yaml = dump(JsonRenderer.toTree(result), new QuotingRepresenter(options), options);
        out.print(Sanitizer.escapedInStrings(yaml));
        out.flush();
    }

    /**
     * {@code data} as YAML, as {@code new Yaml(representer, options).dump(data)} writes it, without making a {@code Yaml}:
     * that makes a loading constructor too, whose class starts java.util.logging (about 15 ms of a cold start) for a
     * document that is only written. {@code data} is a tree of maps, lists and scalars (no beans, no dates).
     */
    public static String dump(Object data, Representer representer, DumperOptions options) {
        representer.setDefaultFlowStyle(options.getDefaultFlowStyle());
        representer.setDefaultScalarStyle(options.getDefaultScalarStyle());
        StringWriter out = new StringWriter();
        Serializer serializer = new Serializer(new Emitter(out, options), new Resolver(), options, null);
        try {
            serializer.open();
            serializer.serialize(representer.represent(data));
            serializer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Writes a string holding a character the sanitiser escapes in double quotes, the one YAML style in which
     * the {@code \\uXXXX} escape means the character itself.
     */
    private static final class QuotingRepresenter extends Representer {
        QuotingRepresenter(DumperOptions options) {
            super(options);
            Represent plain = representers.get(String.class);
            // SnakeYAML writes a string it deems unprintable as !!binary (base64), unreadable to people and to most
            // scripts: every such string is double-quoted instead, where the emitter escapes what it cannot print
            representers.put(String.class, data -> Sanitizer.isClean((String) data) && StreamReader.isPrintable((String) data)
                    ? plain.representData(data) : representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.DOUBLE_QUOTED));
        }
    }
}
