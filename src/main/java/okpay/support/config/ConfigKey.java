package okpay.support.config;

import java.util.List;
import java.util.Locale;
import okpay.support.i18n.Regions;

/**
 * The settings a user can keep: each is the default of the option of the same name ({@code region} of
 * {@code --region}...), checked as that option checks its values.
 */
public enum ConfigKey {
    REGION("CN, US, GB, SG, 中国大陆..."),
    LANG("zh, en"),
    AUDIENCE("customer, agent"),
    FORMAT("text, json, yaml");

    private final String accepted;

    ConfigKey(String accepted) {
        this.accepted = accepted;
    }

    /** The key as written in the file and on the command line ({@code region}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The option whose default this setting is ({@code --region}). */
    public String option() {
        return "--" + id();
    }

    /** The values it takes, for a hint. */
    public String accepted() {
        return accepted;
    }

    /** {@code value} as stored (a region's code, a language code, lower case), or null when the option would refuse it. */
    public String normalize(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        return switch (this) {
            case REGION -> Regions.code(v);
            case LANG -> oneOf(v, List.of("zh", "en"));
            case AUDIENCE -> oneOf(v, List.of("customer", "agent"));
            case FORMAT -> oneOf(v, List.of("text", "json", "yaml"));
        };
    }

    private static String oneOf(String value, List<String> allowed) {
        String lower = value.toLowerCase(Locale.ROOT);
        return allowed.contains(lower) ? lower : null;
    }

    /** The key named {@code id} (any case), or null. */
    public static ConfigKey of(String id) {
        for (ConfigKey key : values()) {
            if (key.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return key;
            }
        }
        return null;
    }

    /** Every key id, in order, for hints. */
    public static String ids() {
        StringBuilder out = new StringBuilder();
        for (ConfigKey key : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(key.id());
        }
        return out.toString();
    }
}
