package okpay.support.config;

import java.util.List;

/** What {@code config} commands return: the settings file and the settings it holds or was changed to. */
public final class ConfigResult {
    private ConfigResult() {}

    /** One setting: its key and value (null: not set). */
    public record Setting(String key, String value) {}

    /** {@code config list}: every key with its value or null, and the file's problems. */
    public record Listing(String file, List<Setting> settings, List<String> problems) {}

    /** {@code config set} / {@code config unset}: the key, its new value (null after unset) and whether the file changed. */
    public record Change(String file, String key, String value, boolean changed) {}
}
