package okpay.support.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;

/**
 * {@code config set/get/list/unset}: checks keys and values as the options would, and rewrites the settings file with
 * one line changed (comments and other lines kept), atomically (a new file beside it, then a rename) and readable by
 * the owner only (mode 600: the file says where a person lives and which language they read).
 */
public final class ConfigEditor {
    private final Map<String, String> env;
    private final Messages messages;

    public ConfigEditor(Map<String, String> env, Messages messages) {
        this.env = env;
        this.messages = messages;
    }

    /** Every key with its value (null when unset) and the file's problems. */
    public ConfigResult.Listing list() {
        UserConfig config = UserConfig.load(env);
        List<ConfigResult.Setting> settings = new ArrayList<>();
        for (ConfigKey key : ConfigKey.values()) {
            settings.add(new ConfigResult.Setting(key.id(), config.get(key)));
        }
        return new ConfigResult.Listing(String.valueOf(file(config)), settings, config.describe(messages));
    }

    /** The value of {@code id}; an unknown key is a usage error, an unset one not found (exit 3). */
    public ConfigResult.Setting get(String id) {
        ConfigKey key = key(id);
        String value = UserConfig.load(env).get(key);
        if (value == null) {
            throw new SupportException(ExitCode.NOT_FOUND, messages.get("config.error.not-set", key.id()),
                    messages.get("config.hint.set", key.id(), key.accepted()));
        }
        return new ConfigResult.Setting(key.id(), value);
    }

    /** Sets {@code id} to {@code value}, checked and normalised ({@code 中国大陆} is stored as {@code CN}). */
    public ConfigResult.Change set(String id, String value) {
        ConfigKey key = key(id);
        String normalized = key.normalize(value);
        if (normalized == null) {
            throw new SupportException(ExitCode.USAGE, messages.get("config.error.bad-value", key.id(), value == null ? "" : value),
                    messages.get("config.hint.values", key.id(), key.accepted()));
        }
        UserConfig config = UserConfig.load(env);
        boolean changed = !normalized.equals(config.get(key)) || config.problems().stream().anyMatch(p -> key.id().equalsIgnoreCase(p.key()));
        if (changed) {
            write(config, key.id(), key.id() + "=" + normalized);
        }
        return new ConfigResult.Change(String.valueOf(file(config)), key.id(), normalized, changed);
    }

    /** Removes {@code id}: a known key, or any key the file holds (so a misspelt line can be removed too). */
    public ConfigResult.Change unset(String id) {
        UserConfig config = UserConfig.load(env);
        String wanted = id == null ? "" : id.strip();
        boolean inFile = false;
        for (String line : config.lines()) {
            inFile |= keyOf(line).equalsIgnoreCase(wanted);
        }
        if (!inFile) {
            key(wanted); // an unknown key that is not in the file either is a usage error
        }
        if (inFile) {
            write(config, wanted, null);
        }
        ConfigKey known = ConfigKey.of(wanted);
        return new ConfigResult.Change(String.valueOf(file(config)), known == null ? wanted : known.id(), null, inFile);
    }

    private ConfigKey key(String id) {
        ConfigKey key = ConfigKey.of(id);
        if (key == null) {
            List<String> ids = new ArrayList<>();
            for (ConfigKey each : ConfigKey.values()) {
                ids.add(each.id());
            }
            throw new SupportException(ExitCode.USAGE, messages.get("config.error.unknown-key", id == null ? "" : id),
                    messages.didYouMean(id == null ? "" : id, ids) + messages.get("config.hint.keys", ConfigKey.ids()));
        }
        return key;
    }

    private Path file(UserConfig config) {
        if (config.file() == null) {
            throw new SupportException(ExitCode.USAGE, messages.get("config.error.no-home"), messages.get("config.hint.no-home"));
        }
        return config.file();
    }

    /** The key of a {@code key=value} line ("" for comments and blank lines). */
    private static String keyOf(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#")) {
            return "";
        }
        int eq = stripped.indexOf('=');
        return (eq < 0 ? stripped : stripped.substring(0, eq)).strip();
    }

    /** Rewrites the file with the lines of {@code id} replaced by {@code replacement} (null: removed). */
    private void write(UserConfig config, String id, String replacement) {
        Path target = file(config);
        List<String> out = new ArrayList<>();
        if (config.lines().isEmpty()) {
            out.add(messages.get("config.file.header"));
        }
        boolean placed = false;
        for (String line : config.lines()) {
            if (!keyOf(line).equalsIgnoreCase(id)) {
                out.add(line);
            } else if (replacement != null && !placed) {
                out.add(replacement);
                placed = true;
            }
        }
        if (replacement != null && !placed) {
            out.add(replacement);
        }
        try {
            Path dir = target.getParent();
            if (!Files.isDirectory(dir)) {
                createPrivateDirectories(dir);
            }
            Path temp = createPrivateFile(dir);
            try {
                Files.write(temp, out, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new SupportException(ExitCode.OUTPUT_FAILED, messages.get("config.error.write", target),
                    messages.get("config.hint.write"), List.of(), e);
        }
    }

    private static void createPrivateDirectories(Path dir) throws IOException {
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir); // not a POSIX file system: its own permissions apply
        }
    }

    private static Path createPrivateFile(Path dir) throws IOException {
        try {
            return Files.createTempFile(dir, ".config", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempFile(dir, ".config", ".tmp");
        }
    }
}
