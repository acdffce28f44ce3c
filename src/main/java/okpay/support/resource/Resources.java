package okpay.support.resource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.CodeSource;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The tool's own resources (the command model, the embedded knowledge base's snapshot, the message bundles), read
 * without a class loader's resource lookup, which first asks the runtime image and then builds a URL and a second view
 * of the jar, at a cost of milliseconds to a cold JVM. The build copies the resources one-off commands read into a
 * generated class, {@code Embedded} ({@code src/build/EmbedResources.java}), which the class-data archive holds: a run
 * from the launcher (system property {@value #IN_ARCHIVE}) finds them there and never opens the jar. Other resources are read straight from the jar, whose
 * directory also gives an entry's checksum without reading it. From a folder of classes (tests, an IDE, where a
 * resource may be newer than the generated class) everything is read through the class loader as usual.
 */
public final class Resources {
    private static final String EMBEDDED = "okpay.support.resource.Embedded";
    /**
     * The system property the launcher sets (and the archive's training runs): the generated class is in the class-data
     * archive. Without the archive (java -jar) the class costs more to load and decode (about 15 ms: a megabyte of
     * constants, verified) than reading the few resources a command needs out of the jar, so it is left alone.
     */
    public static final String IN_ARCHIVE = "okpay.support.resourcesInArchive";

    private Resources() {}

    /** Where a resource's bytes are among the chunks, its length and checksum; no chunks: the checksum alone. */
    record Stored(int first, int chunks, int length, long checksum) {}

    /** The jar the tool runs from (null: a folder of classes), its generated class's resources, and the jar opened. */
    private static final class Jar {
        static final File PATH = path();
        static final Map<String, Stored> ENTRIES = new HashMap<>();
        static final String[] DATA = PATH == null || !Boolean.getBoolean(IN_ARCHIVE) ? null : embedded(ENTRIES);
        private static JarFile file;

        private static File path() {
            try {
                CodeSource source = Resources.class.getProtectionDomain().getCodeSource();
                URL location = source == null ? null : source.getLocation();
                if (location == null || !location.getProtocol().equals("file") || !location.getPath().endsWith(".jar")) {
                    return null;
                }
                // A plain path (no %-escapes, Unix) is the file's name as it is: parsing it as a URI costs a cold start a millisecond.
                String plain = location.getPath();
                File jar = plain.indexOf('%') < 0 && File.separatorChar == '/' ? new File(plain) : new File(location.toURI());
                return jar.isFile() ? jar : null;
            } catch (Exception e) {
                return null; // not a jar we can open: the class loader reads the resources
            }
        }

        /** The jar, opened on first use and kept open (the class loader keeps it open too); null if it cannot be. */
        static synchronized JarFile file() {
            if (file == null && PATH != null) {
                try {
                    file = new JarFile(PATH, false);
                } catch (IOException e) {
                    return null;
                }
            }
            return file;
        }
    }

    /** The strings of the generated class, its index read into {@code entries}; null (and no entries) without it. */
    static String[] embedded(Map<String, Stored> entries) {
        try {
            String[] data = (String[]) Class.forName(EMBEDDED).getMethod("data").invoke(null);
            for (String line : data[0].split("\n")) {
                String[] fields = line.split("\t");
                entries.put(fields[0], new Stored(Integer.parseInt(fields[1]), Integer.parseInt(fields[2]),
                        Integer.parseInt(fields[3]), Long.parseLong(fields[4])));
            }
            return data;
        } catch (ReflectiveOperationException | RuntimeException e) {
            entries.clear();
            return null; // a build without the step: the jar has them all
        }
    }

    /** The bytes of {@code entry} from the strings of the generated class. */
    static byte[] bytes(String[] data, Stored entry) {
        byte[] bytes = new byte[entry.length()];
        int at = 0;
        for (int i = entry.first(); i < entry.first() + entry.chunks(); i++) {
            byte[] chunk = data[i].getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(chunk, 0, bytes, at, chunk.length);
            at += chunk.length;
        }
        return bytes;
    }

    /** The bytes of resource {@code name} ({@code okpay/support/kb/faq.snapshot}), or null when there is none. */
    public static byte[] read(String name) throws IOException {
        if (Jar.PATH == null) {
            try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(name)) {
                return in == null ? null : in.readAllBytes();
            }
        }
        Stored embedded = Jar.ENTRIES.get(name);
        if (embedded != null && embedded.chunks() > 0) {
            return bytes(Jar.DATA, embedded);
        }
        JarFile jar = Jar.file();
        ZipEntry entry = jar == null ? null : jar.getEntry(name);
        try (InputStream in = entry != null ? jar.getInputStream(entry) : Resources.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            // The directory knows the size: one array, filled in place (the snapshot is stored, not deflated, for this)
            long size = entry == null ? -1 : entry.getSize();
            return size < 0 || size > Integer.MAX_VALUE - 8 ? in.readAllBytes() : in.readNBytes((int) size);
        }
    }

    /**
     * The checksum {@code CRC-32 ^ (size << 32)} of resource {@code name}'s bytes, known without reading them when the
     * tool runs from its jar (recorded by the build, or from the jar's directory); null otherwise (then read the bytes).
     */
    public static Long checksum(String name) {
        if (Jar.PATH == null) {
            return null;
        }
        Stored embedded = Jar.ENTRIES.get(name);
        if (embedded != null) {
            return embedded.checksum();
        }
        JarFile jar = Jar.file();
        ZipEntry entry = jar == null ? null : jar.getEntry(name);
        if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        return entry.getCrc() ^ (entry.getSize() << 32);
    }
}
