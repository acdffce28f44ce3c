package okpay.support.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import okpay.support.contact.redact.Redactor;
import okpay.support.prompt.Answers;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The shell's history: where it is kept and which lines may be kept at all.
 *
 * <p>A line is never recorded if it could hold a secret: when the {@link Redactor} would change it (a card
 * number, a one-time code, a password after its label...), or when it names a password option such as
 * {@code --password-stdin}. Answers to questions and hidden input are read by other line readers that keep
 * no history, so they never get here.
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

    /** Whether {@code line} may be recorded. */
    static boolean keeps(String line) {
        if (line.isBlank()) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.contains("--password") || lower.contains("--secret")) {
            return false;
        }
        return !REDACTOR.redact(line).changed();
    }

    /** Creates the history file readable by its owner only, before JLine first writes to it. */
    static void prepare(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's own protection applies.
            }
        }
    }

    @Override
    public void add(Instant time, String line) {
        if (keeps(line)) {
            added = true;
            super.add(time, line);
        }
    }

    /** Whether this session kept a line: if not, there is nothing to save. */
    boolean added() {
        return added;
    }
}
