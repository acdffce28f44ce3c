package okpay.support.kb.compiled;

import java.io.IOException;
import java.io.OutputStream;
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

    /**
     * Writes the snapshot of the sections of {@code root} (a mapping of section names) and the {@code derived} blocks
     * to {@code stream}. It is written as it is encoded, one entry at a time, and each directory follows what it
     * describes, so compiling a 30 MB knowledge base never holds a second copy of it in memory.
     */
    public static void write(Header header, MappingNode root, Map<String, byte[]> derived, OutputStream stream) throws IOException {
        Out out = new Out(stream);
        out.integer(MAGIC);
        out.integer(FORMAT);
        out.string(header.tool());
        out.string(header.key());
        Map<String, long[]> sections = new LinkedHashMap<>();
        for (NodeTuple tuple : root.getValue()) {
            long start = out.position();
            writeSection(tuple.getValueNode(), out);
            sections.put(((ScalarNode) tuple.getKeyNode()).getValue(), new long[] {start, out.position() - start});
        }
        Map<String, long[]> stored = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> block : derived.entrySet()) {
            stored.put(block.getKey(), new long[] {out.position(), block.getValue().length});
            out.bytes(block.getValue());
        }
        long directory = out.position();
        directory(sections, out);
        directory(stored, out);
        out.integer(Math.toIntExact(directory));
        out.integer((int) out.crc());
        out.flush();
    }

    private static void directory(Map<String, long[]> blocks, Out out) throws IOException {
        out.integer(blocks.size());
        for (Map.Entry<String, long[]> block : blocks.entrySet()) {
            out.string(block.getKey());
            out.integer(Math.toIntExact(block.getValue()[0]));
            out.integer(Math.toIntExact(block.getValue()[1]));
        }
    }

    /** The header of {@code bytes}, checked to be a whole snapshot of this layout; its blocks are not decoded. */
    public static Contents read(byte[] bytes) throws Corrupt {
        if (!looksLike(bytes)) {
            throw new Corrupt("it is not a compiled knowledge base", true);
        }
        if (bytes.length < 16) {
            throw new Corrupt("it is truncated or corrupt (it ends too soon)", false);
        }
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        int format = new In(bytes, 4, 8).integer();
        if ((int) crc.getValue() != new In(bytes, bytes.length - 4, bytes.length).integer()) {
            throw new Corrupt(format != FORMAT ? "it was compiled in another layout (" + format + ")"
                    : "it is truncated or corrupt (its checksum does not match its bytes)", false);
        }
        if (format != FORMAT) {
            throw new Corrupt("it was compiled in another layout (" + format + ")", false);
        }
        In in = new In(bytes, 8, bytes.length - 8);
        Header header = new Header(in.string(), in.string());
        int directory = new In(bytes, bytes.length - 8, bytes.length - 4).integer();
        In entries = new In(bytes, directory, bytes.length - 8);
        Map<String, Block> sections = new LinkedHashMap<>();
        for (int i = entries.count(); i > 0; i--) {
            sections.put(entries.string(), block(bytes, entries.integer(), entries.integer(), directory));
        }
        Map<String, byte[]> derived = new LinkedHashMap<>();
        for (int i = entries.count(); i > 0; i--) {
            String name = entries.string();
            Block block = block(bytes, entries.integer(), entries.integer(), directory);
            derived.put(name, java.util.Arrays.copyOfRange(bytes, block.offset(), block.offset() + block.length()));
        }
        return new Contents(header, sections, derived);
    }

    private static Block block(byte[] bytes, int offset, int length, int end) throws Corrupt {
        if (offset < 0 || length < 0 || offset > end - length) {
            throw new Corrupt("it is truncated or corrupt (a block lies outside it)", false);
        }
        return new Block(bytes, offset, length);
    }

    /** The node tree of one section block; problems found in it are reported under {@code file}. */
    public static Node decode(Block block, String file) throws Corrupt {
        In in = new In(block.data(), block.offset(), block.offset() + block.length());
        if (in.kind() == PLAIN_BLOCK) {
            return readNode(in, file);
        }
        Mark mark = readMark(in, file);
        Map<String, Block> entries = entries(block);
        List<Node> nodes = new ArrayList<>(entries.size());
        for (Block item : entries.values()) {
            nodes.add(decodeEntry(item, file));
        }
        return new SequenceNode(Tag.SEQ, true, nodes, mark, mark, DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * The entries of a section stored with an id table, each as its own block by id in file order, or null when
     * the section is stored whole (not a list of entries with distinct ids).
     */
    public static Map<String, Block> entries(Block block) throws Corrupt {
        int end = block.offset() + block.length();
        In in = new In(block.data(), block.offset(), end);
        if (in.kind() == PLAIN_BLOCK) {
            return null;
        }
        if (block.length() < 13) {
            throw new Corrupt("it is truncated or corrupt (a block ends too soon)", false);
        }
        int table = new In(block.data(), end - 4, end).integer();
        if (table < 9 || table > block.length() - 4) {
            throw new Corrupt("it is truncated or corrupt (a block lies outside it)", false);
        }
        In ids = new In(block.data(), block.offset() + table, end - 4);
        int count = ids.count();
        Map<String, Block> entries = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String id = ids.string();
            entries.put(id, Snapshot.block(block.data(), block.offset() + ids.integer(), ids.integer(), block.offset() + table));
        }
        return entries;
    }

    /** The node tree of one entry block from {@link #entries}. */
    public static Node decodeEntry(Block entry, String file) throws Corrupt {
        return readNode(new In(entry.data(), entry.offset(), entry.offset() + entry.length()), file);
    }

    /**
     * A list whose items are all mappings with distinct plain ids is stored entry by entry, its id table (id, offset and
     * length of each entry, relative to the block) after the entries and the table's offset last; anything else whole.
     */
    private static void writeSection(Node node, Out out) throws IOException {
        List<String> ids = ids(node);
        long start = out.position();
        if (ids == null) {
            out.write(PLAIN_BLOCK);
            writeNode(node, out);
            return;
        }
        out.write(INDEXED_BLOCK);
        writeMark(node.getStartMark(), out);
        List<Node> items = ((SequenceNode) node).getValue();
        long[] at = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            at[i] = out.position();
            writeNode(items.get(i), out);
        }
        long table = out.position();
        out.integer(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.string(ids.get(i));
            out.integer(Math.toIntExact(at[i] - start));
            out.integer(Math.toIntExact((i + 1 < items.size() ? at[i + 1] : table) - at[i]));
        }
        out.integer(Math.toIntExact(table - start));
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

    private static void writeNode(Node node, Out out) throws IOException {
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

    private static void writeMark(Mark mark, Out out) throws IOException {
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

    /** The writing side: big-endian integers and length-prefixed UTF-8 strings of any length, counted and checksummed. */
    private static final class Out {
        private final OutputStream out;
        private final CRC32C crc = new CRC32C();
        private final byte[] buffer = new byte[64 * 1024];
        private int buffered;
        private long flushed;

        Out(OutputStream out) {
            this.out = out;
        }

        long position() {
            return flushed + buffered;
        }

        void write(int b) throws IOException {
            if (buffered == buffer.length) {
                drain();
            }
            buffer[buffered++] = (byte) b;
        }

        void integer(int value) throws IOException {
            write(value >>> 24);
            write(value >>> 16);
            write(value >>> 8);
            write(value);
        }

        void string(String value) throws IOException {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            integer(utf8.length);
            bytes(utf8);
        }

        void bytes(byte[] bytes) throws IOException {
            drain();
            crc.update(bytes, 0, bytes.length);
            out.write(bytes);
            flushed += bytes.length;
        }

        /** The checksum of everything written so far. */
        long crc() throws IOException {
            drain();
            return crc.getValue();
        }

        void flush() throws IOException {
            drain();
            out.flush();
        }

        private void drain() throws IOException {
            crc.update(buffer, 0, buffered);
            out.write(buffer, 0, buffered);
            flushed += buffered;
            buffered = 0;
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
