package okpay.support.maintain;

import okpay.support.i18n.Messages;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;
import okpay.support.render.YamlRenderer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.representer.Representer;

/** Text layout of {@code kb export}: the merged knowledge base as a YAML file that loads as it is. */
public final class ExportText implements TextLayout<ExportResult> {
    private final Messages m;

    public ExportText(Messages messages) {
        this.m = messages;
    }

    @Override
    public void write(ExportResult export, TextWriter out) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(120);
        out.line("# " + m.get("export.header", export.source()));
        out.line("# yaml-language-server: $schema=okpay-kb.schema.json");
        String yaml = YamlRenderer.dump(export.knowledgeBase(), new Representer(options), options);
        for (String line : yaml.strip().split("\n", -1)) {
            out.line(line); // blank lines inside a quoted scalar are part of its value: all are kept
        }
    }
}
