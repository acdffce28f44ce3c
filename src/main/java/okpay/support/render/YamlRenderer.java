package okpay.support.render;

import java.io.PrintWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Result records as YAML with the same fields, order and values as the JSON. */
public final class YamlRenderer implements Renderer {
    @Override
    public <T> void render(T result, TextLayout<T> layout, PrintWriter out) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        out.print(new Yaml(options).dump(JsonRenderer.toTree(result)));
        out.flush();
    }
}
