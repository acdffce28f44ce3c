package okpay.support.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;

/**
 * The user's settings file, {@code $XDG_CONFIG_HOME/okpay-support/config} (else {@code ~/.config/okpay-support/config}):
 * {@code key=value} lines, {@code #} comments. Read once per run, as plain text (no YAML parser on the start-up path);
 * a line that cannot be used is kept as a problem and reported with its line number rather than guessed at.
 */
public final class UserConfig {
    /** A line of the file that cannot be used: an unknown key, a bad value, or no {@code =}. */
    public record BadLine(int line, String key, String value) {}

    /** No settings file (no home folder in the environment: tests, some services). */
    public static final UserConfig NONE = new UserConfig(null, List.of());

    private final Path file;
    private final List<String> lines;
    private final Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
    private final List<BadLine> problems = new ArrayList<>();

    private UserConfig(Path file, List<String> lines) {
        this.file = file;
        this.lines = List.copyOf(lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String id = eq < 0 ? line : line.substring(0, eq).strip();
            String raw = eq < 0 ? null : line.substring(eq + 1).strip();
            ConfigKey key = ConfigKey.of(id);
            String value = key == null || raw == null ? null : key.normalize(raw);
            if (value == null) {
                problems.add(new BadLine(i + 1, id, raw));
            } else {
                values.put(key, value);
            }
        }
    }

    /** Where the settings file of {@code env} is; null when the environment names no home folder. */
    public static Path path(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG rule: a relative XDG_CONFIG_HOME is invalid and ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "okpay-support", "config");
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".config", "okpay-support", "config");
    }

    /** The settings of {@code env}'s file; empty when there is none. An unreadable file is an error (exit 2). */
    public static UserConfig load(Map<String, String> env) {
        Path file = path(env);
        if (file == null) {
            return NONE;
        }
        // Most runs have no file: one stat says so, where a failed read builds an exception with its stack (and loads
        // the classes of NIO's file channels) in every cold start. A folder that cannot be searched takes the long way,
        // which reports it.
        java.io.File plain = file.toFile();
        java.io.File folder = plain.getParentFile();
        if (!plain.exists() && (folder == null || !folder.isDirectory() || folder.canExecute())) {
            return new UserConfig(file, List.of());
        }
        try {
            return new UserConfig(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new UserConfig(file, List.of());
        } catch (IOException e) {
            if (!Files.isDirectory(file.getParent())) {
                return new UserConfig(file, List.of()); // no folder (a file in its place): no settings, as with no file
            }
            // A folder, no permission, not UTF-8: kept as a problem of line 0 so the run reports it, never a stack trace.
            UserConfig unreadable = new UserConfig(file, List.of());
            unreadable.problems.add(new BadLine(0, null, e.getClass().getSimpleName()));
            return unreadable;
        }
    }

    /** The file (null: none can be named). */
    public Path file() {
        return file;
    }

    /** The file's lines as read (for rewriting it with one line changed). */
    List<String> lines() {
        return lines;
    }

    /** The value set for {@code key}, or null. */
    public String get(ConfigKey key) {
        return values.get(key);
    }

    /** The value of the setting that is the default of the option {@code optionName} ({@code --region}), or null. */
    public String defaultOf(String optionName) {
        for (Map.Entry<ConfigKey, String> entry : values.entrySet()) {
            if (entry.getKey().option().equals(optionName)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** Every value set, in key order. */
    public Map<ConfigKey, String> values() {
        return Map.copyOf(values);
    }

    public List<BadLine> problems() {
        return List.copyOf(problems);
    }

    /** The problems as {@code file:line: message} lines in the language of {@code messages}. */
    public List<String> describe(Messages messages) {
        List<String> out = new ArrayList<>();
        for (BadLine problem : problems) {
            String where = problem.line() == 0 ? file.toString() : file + ":" + problem.line();
            String what = problem.line() == 0 ? messages.get("config.problem.unreadable")
                    : problem.value() == null ? messages.get("config.problem.no-value", problem.key())
                    : ConfigKey.of(problem.key()) == null ? messages.get("config.problem.unknown-key", problem.key(), ConfigKey.ids())
                    : messages.get("config.problem.bad-value", problem.key(), problem.value(), ConfigKey.of(problem.key()).accepted());
            out.add(where + ": " + what);
        }
        return out;
    }

    /** Fails with every problem of the file when it has any: a run must not quietly use half a settings file. */
    public void check(Lang lang) {
        if (!problems.isEmpty()) {
            Messages messages = Messages.of(UserConfig.class, lang);
            throw new SupportException(ExitCode.USAGE, messages.get("config.error.bad-file", file), messages.get("config.hint.bad-file"),
                    describe(messages), null);
        }
    }
}
