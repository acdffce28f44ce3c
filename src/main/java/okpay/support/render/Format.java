package okpay.support.render;

import java.util.Locale;

/** The output formats every command offers. */
public enum Format {
    TEXT, JSON, YAML;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
