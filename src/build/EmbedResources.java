import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Build step (run by Maven in the process-classes phase, after the knowledge base's snapshot and the command model are
 * written): copies the resources a one-off command reads into the string constants of a generated class,
 * {@code okpay.support.resource.Embedded}, which the class-data archive then holds like any other class. A run that
 * finds its resources there never opens the jar: reading the directory of a jar of 2,000 entries, inflating a 600 KB
 * snapshot and a class loader's resource lookups cost a cold JVM several milliseconds. {@code resource.Resources}
 * reads the class, and falls back to the jar (or a folder of classes) when it is missing.
 *
 * <p>The class has one method, {@code static String[] data()}: element 0 is the index, one line per resource,
 * {@code name TAB first-chunk TAB chunks TAB length TAB checksum}; then the chunks, each a string of characters
 * 0-255 standing for bytes (a string constant holds at most 65,535 bytes of modified UTF-8). A resource of no
 * chunks is listed for its checksum only ({@code faq.yaml}: the snapshot is tied to it).
 *
 * <p>Usage: {@code java EmbedResources.java CLASSES_DIR}. Runs as a single source file, so nothing of it goes into the jar.
 */
public final class EmbedResources {
    private static final String CLASS = "okpay/support/resource/Embedded";
    private static final int CHUNK = 30_000;

    private EmbedResources() {}

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<String> index = new ArrayList<>();
        List<String> chunks = new ArrayList<>();
        for (Path file : resources(classes)) {
            byte[] bytes = Files.readAllBytes(file);
            String name = classes.relativize(file).toString().replace('\\', '/');
            boolean checksumOnly = name.endsWith(".yaml");
            int first = chunks.size() + 1;
            if (!checksumOnly) {
                for (int at = 0; at < bytes.length; at += CHUNK) {
                    chunks.add(new String(bytes, at, Math.min(CHUNK, bytes.length - at), StandardCharsets.ISO_8859_1));
                }
            }
            CRC32 crc = new CRC32();
            crc.update(bytes);
            long checksum = crc.getValue() ^ ((long) bytes.length << 32);
            index.add(name + "\t" + first + "\t" + (chunks.size() + 1 - first) + "\t" + bytes.length + "\t" + checksum);
        }
        List<String> strings = new ArrayList<>();
        strings.add(String.join("\n", index));
        strings.addAll(chunks);
        Path out = classes.resolve(CLASS + ".class");
        Files.createDirectories(out.getParent());
        Files.write(out, classFile(strings));
        System.out.printf("embedded %d resources (%d KB) in %s%n", index.size(), Files.size(out) >> 10, out);
    }

    /**
     * What one-off commands read: the command model, the embedded knowledge base's snapshot (and the checksum of its
     * YAML), the message bundles, the pinyin table and the region names ({@code contact} names a region without a
     * hotline from it). Help texts ({@code cli/help*}) are picocli's to read.
     */
    private static List<Path> resources(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes.resolve("okpay"))) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                return name.equals("commands.model") || name.equals("faq.snapshot") || name.equals("faq.yaml") || name.equals("pinyin.bin")
                        || name.equals("regions.tsv")
                        || name.startsWith("messages") && name.endsWith(".properties") || name.startsWith("core") && name.endsWith(".properties");
            }).sorted().toList();
        }
    }

    /** A class file (Java 17) of {@code CLASS} with the one method {@code static String[] data()} returning {@code strings}. */
    private static byte[] classFile(List<String> strings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0xCAFEBABE);
        out.writeShort(0);
        out.writeShort(61);
        // constant pool: 1-9 fixed, then a Utf8 and a String entry per string
        out.writeShort(10 + 2 * strings.size());
        utf8(out, CLASS);                  // 1
        classRef(out, 1);                  // 2
        utf8(out, "java/lang/Object");     // 3
        classRef(out, 3);                  // 4
        utf8(out, "java/lang/String");     // 5
        classRef(out, 5);                  // 6
        utf8(out, "data");                 // 7
        utf8(out, "()[Ljava/lang/String;"); // 8
        utf8(out, "Code");                 // 9
        for (int i = 0; i < strings.size(); i++) {
            utf8(out, strings.get(i));     // 10 + 2i
            out.writeByte(8);              // CONSTANT_String
            out.writeShort(10 + 2 * i);
        }
        out.writeShort(0x0031);            // public final super
        out.writeShort(2);
        out.writeShort(4);
        out.writeShort(0);                 // interfaces
        out.writeShort(0);                 // fields
        out.writeShort(1);                 // methods
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        DataOutputStream c = new DataOutputStream(code);
        c.writeByte(0x11);                 // sipush
        c.writeShort(strings.size());
        c.writeByte(0xBD);                 // anewarray
        c.writeShort(6);
        for (int i = 0; i < strings.size(); i++) {
            c.writeByte(0x59);             // dup
            c.writeByte(0x11);             // sipush
            c.writeShort(i);
            c.writeByte(0x13);             // ldc_w
            c.writeShort(11 + 2 * i);
            c.writeByte(0x53);             // aastore
        }
        c.writeByte(0xB0);                 // areturn
        out.writeShort(0x0009);            // public static
        out.writeShort(7);
        out.writeShort(8);
        out.writeShort(1);                 // attributes: Code
        out.writeShort(9);
        out.writeInt(12 + code.size());
        out.writeShort(4);                 // max stack
        out.writeShort(0);                 // max locals
        out.writeInt(code.size());
        out.write(code.toByteArray());
        out.writeShort(0);                 // exception table
        out.writeShort(0);                 // code attributes
        out.writeShort(0);                 // class attributes
        out.flush();
        return bytes.toByteArray();
    }

    private static void utf8(DataOutputStream out, String value) throws IOException {
        out.writeByte(1);
        out.writeUTF(value); // modified UTF-8, as class files hold it; fails over 65,535 bytes
    }

    private static void classRef(DataOutputStream out, int name) throws IOException {
        out.writeByte(7);
        out.writeShort(name);
    }
}
