package okpay.support.kb;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The tool's own resources (the embedded knowledge base, its snapshot, the command model), read straight from the
 * jar the tool runs from: a class loader's resource lookup first asks the runtime image, then builds a URL and a
 * second view of the jar for it, which a cold JVM pays milliseconds for. The jar's directory also gives an entry's
 * CRC-32 and size without reading it ({@link #checksum}). Run from a folder of classes (tests, an IDE), it reads
 * through the class loader as usual.
 */
public final class JarResources {
    private JarResources() {}

    /** The jar the tool runs from, opened once (never closed: the class loader keeps it open too), or null. */
    private static final class Jar {
        static final JarFile FILE = open();

        private static JarFile open() {
            try {
                CodeSource source = JarResources.class.getProtectionDomain().getCodeSource();
                URL location = source == null ? null : source.getLocation();
                if (location == null || !location.getProtocol().equals("file") || !location.getPath().endsWith(".jar")) {
                    return null;
                }
                File file = new File(location.toURI());
                return file.isFile() ? new JarFile(file, false) : null;
            } catch (Exception e) {
                return null; // not a jar we can open: the class loader reads the resources
            }
        }
    }

    /** The bytes of resource {@code name} ({@code okpay/support/kb/faq.yaml}), or null when there is none. */
    public static byte[] read(String name) throws IOException {
        JarFile jar = Jar.FILE;
        ZipEntry entry = jar == null ? null : jar.getEntry(name);
        try (InputStream in = entry != null ? jar.getInputStream(entry) : JarResources.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /**
     * The checksum {@code CRC-32 ^ (size << 32)} of resource {@code name}'s bytes, from the jar's directory without
     * reading them; null when the tool does not run from a jar or the jar has no such entry (then read the bytes).
     */
    public static Long checksum(String name) {
        JarFile jar = Jar.FILE;
        ZipEntry entry = jar == null ? null : jar.getEntry(name);
        if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        return entry.getCrc() ^ (entry.getSize() << 32);
    }
}
