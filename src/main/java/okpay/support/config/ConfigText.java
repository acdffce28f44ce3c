package okpay.support.config;

import java.util.ArrayList;
import java.util.List;
import okpay.support.i18n.Messages;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layouts of {@code config list}, {@code config get} and {@code config set/unset}. */
public final class ConfigText {
    private final Messages m;

    public ConfigText(Messages messages) {
        this.m = messages;
    }

    public TextLayout<ConfigResult.Listing> listing() {
        return new SettingsLayout();
    }

    /** {@code config get}: the value alone, for scripts ({@code region=$(okpay-support config get region)}). */
    public TextLayout<ConfigResult.Setting> value() {
        return new ValueLayout();
    }

    public TextLayout<ConfigResult.Change> change() {
        return new ChangeLayout();
    }

    private final class SettingsLayout implements TextLayout<ConfigResult.Listing> {
        @Override
        public void write(ConfigResult.Listing listing, TextWriter out) {
            out.line(out.style().dim(m.get("config.file", listing.file())));
            List<String> keys = new ArrayList<>();
            for (ConfigResult.Setting setting : listing.settings()) {
                keys.add(setting.key());
            }
            int width = TextWriter.widest(keys);
            for (ConfigResult.Setting setting : listing.settings()) {
                String value = setting.value() != null ? setting.value() : out.style().dim(m.get("config.unset"));
                out.line(out.style().accent(TextWriter.pad(setting.key(), width)) + "  " + value);
            }
            if (!listing.problems().isEmpty()) {
                out.blank().line(out.style().bold(m.get("config.problems")));
                for (String problem : listing.problems()) {
                    out.line("  " + problem);
                }
            }
        }
    }

    private static final class ValueLayout implements TextLayout<ConfigResult.Setting> {
        @Override
        public void write(ConfigResult.Setting setting, TextWriter out) {
            out.line(setting.value());
        }
    }

    private final class ChangeLayout implements TextLayout<ConfigResult.Change> {
        @Override
        public void write(ConfigResult.Change change, TextWriter out) {
            String key = change.value() == null ? change.changed() ? "config.unset.done" : "config.unset.none"
                    : change.changed() ? "config.set.done" : "config.set.same";
            out.line(m.get(key, change.key(), change.value(), change.file()));
        }
    }
}
