package okpay.support.render;

import java.io.PrintWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/** Result records as YAML with the same fields, order and values as the JSON. */
public final class YamlRenderer implements Renderer {
    @Override
    public <T> void render(T result, TextLayout<T> layout, PrintWriter out) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        String yaml = new Yaml(new QuotingRepresenter(options), options).dump(JsonRenderer.toTree(result));
        out.print(Sanitizer.escapedInStrings(yaml));
        out.flush();
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
