package okpay.support.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import okpay.support.i18n.Messages;
import okpay.support.render.Sanitizer;

/**
 * The shell's history file, checked before JLine reads it: JLine dies on a folder or invalid UTF-8, hangs on a FIFO
 * and follows links anywhere. A file JLine could not read back (not UTF-8, binary, not its format, far too large) is
 * set aside as {@code history.damaged-TIME} and a new one started; a folder, a FIFO or device, a link out of the
 * config folder or a file that cannot be read is left alone and not used. Either way one warning line, and the shell
 * goes on. The file is the owner's alone (600), also when an older one was not.
 */
final class HistoryFile {
    /** JLine keeps 1,000 lines; a history far beyond that is not one. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final PrintWriter warnings;
    private final Messages messages;

    HistoryFile(PrintWriter warnings, Messages messages) {
        this.warnings = warnings;
        this.messages = messages;
    }

    /** {@code file}, ready for JLine to read and append to; null (after a warning) when this session keeps no history. */
    Path prepare(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, ownerOnly("rwx------"));
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException absent) {
                return created(file);
            }
            Path target = file;
            if (attributes.isSymbolicLink()) {
                target = linkedInside(file, folder);
                if (target == null) {
                    return unused("history.link", file, null);
                }
                attributes = Files.readAttributes(target, BasicFileAttributes.class);
            }
            if (!attributes.isRegularFile()) {
                return unused(attributes.isDirectory() ? "history.folder" : "history.special", file, null);
            }
            String damage = attributes.size() > MAX_BYTES ? messages.get("history.damage.size", MAX_BYTES / (1024 * 1024)) : damage(target);
            if (damage != null) {
                return setAside(file, target, damage);
            }
            ownerOnly(target);
            return file;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return unused("history.unusable", file, e.getMessage());
        }
    }

    /** What a link leads to when that is a file in the config folder itself; null when it leads out (or nowhere). */
    private static Path linkedInside(Path link, Path folder) throws IOException {
        try {
            Path target = link.toRealPath();
            return folder.toRealPath().equals(target.getParent()) ? target : null;
        } catch (NoSuchFileException dangling) {
            return null;
        }
    }

    /** Why JLine could not read {@code file} back, or null when every line is its "millis:line" with no control character. */
    private String damage(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            return messages.get("history.damage.size", MAX_BYTES / (1024 * 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return messages.get("history.damage.utf8");
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (!entry(text, start, end)) {
                return messages.get("history.damage.format");
            }
            start = end + 1;
        }
        return null;
    }

    /** Whether {@code text[start, end)} is one of JLine's lines: digits, ':', then text without control characters. */
    private static boolean entry(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == start || i == end || text.charAt(i) != ':' || i - start > 19) {
            return false;
        }
        for (i++; i < end; i++) {
            char c = text.charAt(i);
            if (c < ' ' && c != '\t' || c >= 0x7f && c <= 0x9f) {
                return false;
            }
        }
        return true;
    }

    /** Renames the damaged {@code target} (what {@code file} is or leads to) and starts a new history. */
    private Path setAside(Path file, Path target, String damage) throws IOException {
        String time = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "");
        Path kept = target.resolveSibling(target.getFileName() + ".damaged-" + time);
        Files.move(target, kept);
        warn(messages.get("history.damaged", shown(file), damage, shown(kept)));
        return created(file);
    }

    private Path created(Path file) throws IOException {
        try {
            Files.createFile(file, ownerOnly("rw-------"));
        } catch (FileAlreadyExistsException raced) {
            // Another shell made it meanwhile: the same file, used as it is.
        }
        ownerOnly(file);
        return file;
    }

    /** Makes {@code file} readable and writable by its owner alone (an older history may be 644). */
    private static void ownerOnly(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own protection applies.
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        try {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
        } catch (UnsupportedOperationException e) {
            return new FileAttribute<?>[0];
        }
    }

    private Path unused(String key, Path file, String reason) {
        warn(messages.get(key, shown(file), reason));
        return null;
    }

    private void warn(String line) {
        warnings.println(messages.get("history.warning") + ": " + line);
        warnings.flush();
    }

    private static String shown(Path path) {
        return Sanitizer.text(path.toString(), false);
    }
}
