import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (run by Maven in the package phase, after the shade plugin made the jar and before the class-data archive
 * is made from it): rewrites the jar with the named entries stored, not deflated. A run started with {@code java -jar}
 * reads the embedded knowledge base's snapshot (some 700 KB) out of the jar; inflating it took a cold JVM about 3 ms of
 * every command, copying it stored takes a fraction of that, and the jar grows by about 400 KB. Every other entry keeps
 * its name, order, time and bytes (deflated again).
 *
 * <p>Usage: {@code java StoreUncompressed.java JAR ENTRY...}. An entry that is not in the jar is an error: the build
 * stops rather than ship a jar that is slow without anyone noticing. Runs as a single source file, so nothing of it
 * goes into the jar.
 */
public final class StoreUncompressed {
    private StoreUncompressed() {}

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Set<String> stored = Set.copyOf(Arrays.asList(args).subList(1, args.length));
        Path temporary = Files.createTempFile(jar.toAbsolutePath().getParent(), ".stored-", ".jar");
        int found = 0;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temporary))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                if (entry.getComment() != null) {
                    copy.setComment(entry.getComment());
                }
                if (stored.contains(entry.getName())) {
                    found++;
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    copy.setCompressedSize(bytes.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        if (found != stored.size()) {
            Files.deleteIfExists(temporary);
            throw new IllegalStateException("not in " + jar + ": some of " + stored);
        }
        if (Files.getFileStore(jar).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(jar)); // a temporary file is owner-only
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("[StoreUncompressed] stored, not deflated, in " + jar.getFileName() + ": " + String.join(", ", stored));
    }
}
