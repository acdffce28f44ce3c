package okpay.support.kb.compiled;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The compiled form of a checked knowledge base: each section's YAML node tree in a compact binary form,
 * positions included, and the data features derive from it (a search index). The build stores the embedded
 * knowledge base so, and every other one is compiled into the cache or by {@code kb compile}: scanning YAML
 * costs a cold JVM about a tenth of a second per 300 KB while reading this costs milliseconds, and a command
 * decodes only the sections it uses. A section that is a list of entries with ids stores each entry apart,
 * with an id table, so one entry can be decoded without the others. A CRC-32C of all the bytes ends the file:
 * a truncated, corrupt or edited snapshot is refused as a whole, never half read.
 */
public final class Snapshot {
    /** The first four bytes: "OKN4". */
    static final int MAGIC = 0x4f4b4e34;
    /** The layout version; a snapshot of another layout is refused. */
    static final int FORMAT = 1;
    private static final byte SCALAR = 0;
    private static final byte SEQUENCE = 1;
    private static final byte MAPPING = 2;
    private static final byte PLAIN_BLOCK = 0;
    private static final byte INDEXED_BLOCK = 1;
    private static final Tag[] SCALAR_TAGS = {Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL};
    private static final int[] NO_BUFFER = new int[0];

    private Snapshot() {}

    /**
     * Who made a snapshot and from what: {@code tool}, the version of the tool that wrote it, and {@code key},
     * what it was made from (a checksum of the YAML, or the cache key of a chain of files).
     */
    public record Header(String tool, String key) {}

    /** A stretch of a snapshot's bytes: one section, or one entry of a section. */
    public record Block(byte[] data, int offset, int length) {}

    /** What a snapshot holds: the header, each section's block and each stored derivation, by name in file order. */
    public record Contents(Header header, Map<String, Block> sections, Map<String, byte[]> derived) {}

    /** Why bytes are not a usable snapshot: {@code foreign} when they are none at all (no magic). */
    public static final class Corrupt extends IOException {
        private final boolean foreign;

        Corrupt(String message, boolean foreign) {
            super(message);
            this.foreign = foreign;
        }

        /** Whether the bytes do not even start like a snapshot. */
        public boolean foreign() {
            return foreign;
        }
    }

    /** Whether {@code head} (a file's first bytes) starts with a snapshot's magic number. */
    public static boolean looksLike(byte[] head) {
        return head.length >= 4 && ((head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8 | head[3] & 0xff) == MAGIC;
    }

    /** The snapshot of the sections of {@code root} (a mapping of section names) and the {@code derived} blocks. */
    public static byte[] write(Header header, MappingNode root, Map<String, byte[]> derived) {
        Out out = new Out();
        out.integer(MAGIC);
        out.integer(FORMAT);
        out.string(header.tool());
        out.string(header.key());
        out.integer(root.getValue().size());
        for (NodeTuple tuple : root.getValue()) {
            out.string(((ScalarNode) tuple.getKeyNode()).getValue());
            Out block = new Out();
            writeSection(tuple.getValueNode(), block);
            out.integer(block.size());
            block.appendTo(out);
        }
        out.integer(derived.size());
        for (Map.Entry<String, byte[]> block : derived.entrySet()) {
            out.string(block.getKey());
            out.integer(block.getValue().length);
            out.write(block.getValue(), 0, block.getValue().length);
        }
        CRC32C crc = new CRC32C();
        crc.update(out.buffer(), 0, out.size());
        out.integer((int) crc.getValue());
        return out.toByteArray();
    }

    /** The header of {@code bytes}, checked to be a whole snapshot of this layout; its blocks are not decoded. */
    public static Contents read(byte[] bytes) throws Corrupt {
        if (!looksLike(bytes)) {
            throw new Corrupt("it is not a compiled knowledge base", true);
        }
        if (bytes.length < 12) {
            throw new Corrupt("it is truncated", false);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        In in = new In(bytes, 4, bytes.length - 4);
        int format = in.integer();
        In trailer = new In(bytes, bytes.length - 4, bytes.length);
        if ((int) crc.getValue() != trailer.integer()) {
            throw new Corrupt(format != FORMAT ? "it was compiled in another layout (" + format + ")"
                    : "it is truncated or corrupt (its checksum does not match its bytes)", false);
        }
        if (format != FORMAT) {
            throw new Corrupt("it was compiled in another layout (" + format + ")", false);
        }
        Header header = new Header(in.string(), in.string());
        Map<String, Block> sections = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String name = in.string();
            int length = in.count();
            sections.put(name, new Block(bytes, in.skip(length), length));
        }
        Map<String, byte[]> derived = new LinkedHashMap<>();
        for (int i = in.count(); i > 0; i--) {
            String name = in.string();
            int length = in.count();
            int at = in.skip(length);
            derived.put(name, java.util.Arrays.copyOfRange(bytes, at, at + length));
        }
        return new Contents(header, sections, derived);
    }

    /** The node tree of one section block; problems found in it are reported under {@code file}. */
    public static Node decode(Block block, String file) throws Corrupt {
        In in = new In(block.data(), block.offset(), block.offset() + block.length());
        byte kind = in.kind();
        if (kind == PLAIN_BLOCK) {
            return readNode(in, file);
        }
        Mark mark = readMark(in, file);
        int count = in.count();
        List<Block> items = new ArrayList<>(index(in, count).values());
        List<Node> nodes = new ArrayList<>(count);
        for (Block item : items) {
            nodes.add(readNode(new In(item.data(), item.offset(), item.offset() + item.length()), file));
        }
        return new SequenceNode(Tag.SEQ, true, nodes, mark, mark, DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * The entries of a section stored with an id table, each as its own block by id in file order, or null when
     * the section is stored whole (not a list of entries with distinct ids).
     */
    public static Map<String, Block> entries(Block block) throws Corrupt {
        In in = new In(block.data(), block.offset(), block.offset() + block.length());
        if (in.kind() == PLAIN_BLOCK) {
            return null;
        }
        in.integer();
        in.integer();
        return index(in, in.count());
    }

    /** The node tree of one entry block from {@link #entries}. */
    public static Node decodeEntry(Block entry, String file) throws Corrupt {
        return readNode(new In(entry.data(), entry.offset(), entry.offset() + entry.length()), file);
    }

    private static Map<String, Block> index(In in, int count) throws Corrupt {
        List<String> ids = new ArrayList<>(count);
        int[] lengths = new int[count];
        for (int i = 0; i < count; i++) {
            ids.add(in.string());
            lengths[i] = in.count();
        }
        Map<String, Block> entries = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            entries.put(ids.get(i), new Block(in.data, in.skip(lengths[i]), lengths[i]));
        }
        return entries;
    }

    /** A list whose items are all mappings with distinct plain ids is stored entry by entry; anything else whole. */
    private static void writeSection(Node node, Out out) {
        List<String> ids = ids(node);
        if (ids == null) {
            out.write(PLAIN_BLOCK);
            writeNode(node, out);
            return;
        }
        out.write(INDEXED_BLOCK);
        writeMark(node.getStartMark(), out);
        List<Node> items = ((SequenceNode) node).getValue();
        out.integer(items.size());
        List<Out> blocks = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Out item = new Out();
            writeNode(items.get(i), item);
            blocks.add(item);
            out.string(ids.get(i));
            out.integer(item.size());
        }
        blocks.forEach(b -> b.appendTo(out));
    }

    private static List<String> ids(Node node) {
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Node item : sequence.getValue()) {
            String id = NodeMerge.id(item, "id");
            if (id == null || !seen.add(id)) {
                return null;
            }
            ids.add(id);
        }
        return ids;
    }

    private static void writeNode(Node node, Out out) {
        if (node instanceof ScalarNode scalar) {
            out.write(SCALAR);
            writeMark(node.getStartMark(), out);
            out.write(scalarTag(node.getTag()));
            out.string(scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            out.write(SEQUENCE);
            writeMark(node.getStartMark(), out);
            out.integer(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                writeNode(item, out);
            }
        } else {
            MappingNode mapping = (MappingNode) node;
            out.write(MAPPING);
            writeMark(node.getStartMark(), out);
            out.integer(mapping.getValue().size());
            for (NodeTuple tuple : mapping.getValue()) {
                writeNode(tuple.getKeyNode(), out);
                writeNode(tuple.getValueNode(), out);
            }
        }
    }

    private static Node readNode(In in, String file) throws Corrupt {
        byte kind = in.kind();
        Mark mark = readMark(in, file);
        switch (kind) {
            case SCALAR -> {
                int tag = in.kind();
                if (tag < 0 || tag >= SCALAR_TAGS.length) {
                    throw new Corrupt("corrupt node tree: scalar tag " + tag, false);
                }
                return new ScalarNode(SCALAR_TAGS[tag], in.string(), mark, mark, DumperOptions.ScalarStyle.PLAIN);
            }
            case SEQUENCE -> {
                int size = in.count();
                List<Node> items = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    items.add(readNode(in, file));
                }
                return new SequenceNode(Tag.SEQ, true, items, mark, mark, DumperOptions.FlowStyle.BLOCK);
            }
            case MAPPING -> {
                int size = in.count();
                List<NodeTuple> tuples = new ArrayList<>(Math.min(size, 1024));
                for (int i = 0; i < size; i++) {
                    tuples.add(new NodeTuple(readNode(in, file), readNode(in, file)));
                }
                return new MappingNode(Tag.MAP, true, tuples, mark, mark, DumperOptions.FlowStyle.BLOCK);
            }
            default -> throw new Corrupt("corrupt node tree: kind " + kind, false);
        }
    }

    private static void writeMark(Mark mark, Out out) {
        out.integer(mark == null ? 0 : mark.getLine());
        out.integer(mark == null ? 0 : mark.getColumn());
    }

    private static Mark readMark(In in, String file) throws Corrupt {
        return new Mark(file, 0, in.integer(), in.integer(), NO_BUFFER, 0);
    }

    private static byte scalarTag(Tag tag) {
        for (byte i = 0; i < SCALAR_TAGS.length; i++) {
            if (SCALAR_TAGS[i].equals(tag)) {
                return i;
            }
        }
        throw new IllegalArgumentException("tag " + tag + " has no binary form");
    }

    /** The writing side: big-endian integers and length-prefixed UTF-8 strings of any length. */
    private static final class Out extends ByteArrayOutputStream {
        Out() {
            super(256);
        }

        void integer(int value) {
            write(value >>> 24);
            write(value >>> 16);
            write(value >>> 8);
            write(value);
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            write(utf8, 0, utf8.length);
        }

        byte[] buffer() {
            return buf;
        }

        void appendTo(Out out) {
            out.write(buf, 0, count);
        }
    }

    /** The reading side, bounded: a count or length past the end is a {@link Corrupt}, never a huge allocation. */
    private static final class In {
        final byte[] data;
        int at;
        final int end;

        In(byte[] data, int from, int end) {
            this.data = data;
            this.at = from;
            this.end = end;
        }

        byte kind() throws Corrupt {
            need(1);
            return data[at++];
        }

        int integer() throws Corrupt {
            need(4);
            int value = (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
            at += 4;
            return value;
        }

        /** A count or length: never negative, never more than the bytes left. */
        int count() throws Corrupt {
            int value = integer();
            if (value < 0 || value > end - at) {
                throw new Corrupt("it is truncated or corrupt (a length runs past its end)", false);
            }
            return value;
        }

        String string() throws Corrupt {
            int length = count();
            String value = new String(data, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }

        /** Skips {@code length} bytes, returning where they start. */
        int skip(int length) throws Corrupt {
            need(length);
            int start = at;
            at += length;
            return start;
        }

        private void need(int bytes) throws Corrupt {
            if (bytes > end - at) {
                throw new Corrupt("it is truncated or corrupt (it ends too soon)", false);
            }
        }
    }
}
