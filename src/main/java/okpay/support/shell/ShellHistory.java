package okpay.support.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import okpay.support.contact.redact.Redactor;
import okpay.support.prompt.Answers;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The shell's history: where it is kept and what of a line is kept.
 *
 * <p>A line is recorded as the {@link Redactor} leaves it: a card number masked, a one-time code, password, seed
 * phrase or private key replaced by {@code [removed]}, so neither the file nor the recalled line holds a secret. A line
 * that names a password option such as {@code --password-stdin} is not recorded at all. Answers to questions and hidden
 * input are read by other line readers that keep no history, so they never get here.
 */
final class ShellHistory extends DefaultHistory {
    private static final Redactor REDACTOR = new Redactor();
    private boolean added;

    /**
     * The history file: {@code $XDG_CONFIG_HOME/okpay-support/history}, else
     * {@code $HOME/.config/okpay-support/history}; null without either (nowhere to keep it).
     */
    static Path file(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says relative paths are invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "okpay-support", "history");
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, ".config", "okpay-support", "history");
        }
        return null;
    }

    /** {@code line} as it is recorded, its secrets taken out; null if it is not recorded (blank, or a password option). */
    static String kept(String line) {
        if (line.isBlank()) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("--password") || lower.contains("--secret")) {
            return null;
        }
        return REDACTOR.apply(line);
    }

    /**
     * JLine's load, with its unchecked failures (a file that turned bad after {@link HistoryFile} checked it) made the
     * checked kind JLine's {@code attach} catches: the session then starts with no earlier lines instead of ending.
     */
    @Override
    public void load() throws IOException {
        try {
            super.load();
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void add(Instant time, String line) {
        String kept = kept(line);
        if (kept != null) {
            added = true;
            super.add(time, kept);
        }
    }

    /** Whether this session kept a line: if not, there is nothing to save. */
    boolean added() {
        return added;
    }
}
