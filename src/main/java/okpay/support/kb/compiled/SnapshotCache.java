package okpay.support.kb.compiled;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/**
 * The cache of compiled knowledge bases, under {@code $XDG_CACHE_HOME/okpay-support/} (else {@code ~/.cache/...}):
 * one snapshot per chain of {@code --kb} files, named by a hash of their paths and stamped (in the snapshot's header)
 * with a digest of their contents and of the tool that wrote it. A cache is an optimisation, never a source of truth:
 * every failure to read or write it is ignored, and what it holds is used only when its header and checksum match
 * ({@link Snapshot#read}). Entries are written to a temporary file and renamed, readable by their owner only.
 */
public final class SnapshotCache {
    static final String FOLDER = "okpay-support";

    /** The permissions of what the cache writes, made when it first writes: every run names the folder, few write to it. */
    private static final class Owner {
        static final FileAttribute<?> ONLY_FILE = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        static final FileAttribute<?> ONLY_DIR = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    }

    private final Path directory;

    public SnapshotCache(Path directory) {
        this.directory = directory;
    }

    /** The cache folder the environment names ({@code XDG_CACHE_HOME}, else {@code HOME/.cache}), or null for none. */
    public static Path directory(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, FOLDER);
        }
        String home = env.get("HOME");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", FOLDER);
    }

    public Path directory() {
        return directory;
    }

    /** The entry of the chain of {@code files}: the same files (by absolute path) always share one entry. */
    public Path entry(List<Path> files) {
        StringBuilder paths = new StringBuilder();
        for (Path file : files) {
            paths.append(file.toAbsolutePath().normalize()).append('\n');
        }
        return directory.resolve(hash(List.of(paths.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16) + ".kbc");
    }

    /**
     * {@code entry} mapped into memory (read-only: the pages a command touches are read, not the whole file), or null
     * when it is missing or cannot be read (a directory, no permission...). An entry is replaced by a rename, never
     * rewritten in place, so a mapping stays whole while another run compiles a new one.
     */
    public ByteBuffer read(Path entry) {
        try {
            if (!Files.isRegularFile(entry)) {
                return null;
            }
            try (FileChannel channel = FileChannel.open(entry)) {
                return channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** What writes an entry's bytes. */
    public interface Writing {
        void to(OutputStream out) throws IOException;
    }

    /** Stores what {@code writing} writes as {@code entry}, whole or not at all; false (and nothing thrown) when it cannot. */
    public boolean write(Path entry, Writing writing) {
        Path temporary = null;
        try {
            createDirectory();
            removeAbandoned();
            temporary = posix() ? Files.createTempFile(directory, ".compiling-", ".tmp", Owner.ONLY_FILE)
                    : Files.createTempFile(directory, ".compiling-", ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                writing.to(out);
            }
            try {
                Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            return false; // a read-only or full disk, a file where the folder should be: the run goes on uncached
        }
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            if (posix()) {
                Files.createDirectories(directory, Owner.ONLY_DIR);
            } else {
                Files.createDirectories(directory);
            }
        }
    }

    /** Temporary files of runs that were killed while writing (an hour is far longer than any compile takes). */
    private void removeAbandoned() {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(directory, ".compiling-*.tmp")) {
            for (Path file : stale) {
                if (Files.getLastModifiedTime(file).toMillis() < hourAgo) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // only tidying: the entry is written all the same
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException | RuntimeException e) {
                // nothing more to do: a stray temporary file is harmless, and never read
            }
        }
    }

    /**
     * A 64-bit digest of {@code parts} (CRC-32C and CRC-32 of each, with its length), in hex. Not SHA-256: a cold JVM
     * hashes a 10 MB file with it in half a second, the CRCs in a few milliseconds, and the key guards against edits
     * and mix-ups, not an adversary (who could as well write the owner-only cache itself).
     */
    public static String hash(List<byte[]> parts) {
        Hash hash = new Hash();
        for (byte[] part : parts) {
            hash.add(part);
        }
        return hash.value();
    }

    /**
     * A hash being made: a CRC-32C and a CRC-32 of all the parts' bytes, with each part's length. A file is read into a
     * small buffer a megabyte at a time, so hashing a 40 MB knowledge base takes no heap and leaves nothing mapped.
     */
    public static final class Hash {
        private final java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        private final java.util.zip.CRC32 d = new java.util.zip.CRC32();
        private final StringBuilder lengths = new StringBuilder();
        private ByteBuffer buffer;

        public Hash add(byte[] part) {
            c.update(part, 0, part.length);
            d.update(part, 0, part.length);
            lengths.append(Integer.toHexString(part.length)).append('.');
            return this;
        }

        public Hash add(Path file) throws IOException {
            if (buffer == null) {
                buffer = ByteBuffer.allocateDirect(1 << 20);
            }
            long length = 0;
            try (FileChannel channel = FileChannel.open(file)) {
                for (int n = channel.read(buffer); n >= 0; n = channel.read(buffer)) {
                    buffer.flip();
                    length += buffer.remaining();
                    c.update(buffer.duplicate());
                    d.update(buffer);
                    buffer.clear();
                }
            }
            lengths.append(Long.toHexString(length)).append('.');
            return this;
        }

        public String value() {
            return Long.toHexString(c.getValue() << 32 | d.getValue()) + "-" + lengths; // no String.format: it loads regex
        }
    }
}
