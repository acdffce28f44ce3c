package okpay.support.kb.compiled;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
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
 * with an id table, so one entry can be decoded without the others. A CRC-32 of all the bytes ends the file:
 * a truncated, corrupt or edited snapshot is refused as a whole, never half read.
 */
public final class Snapshot {
    /** The first four bytes: "OKN4". */
    static final int MAGIC = 0x4f4b4e34;
    /**
     * The layout version (2: search indexes read in place; 3: their phrases too; 4: a CRC-32 at the end, not a CRC-32C);
     * a snapshot of another layout is refused.
     */
    static final int FORMAT = 4;
    private static final byte PLAIN_BLOCK = 0;
    private static final byte INDEXED_BLOCK = 1;
    /** The most of a snapshot's start read for its header (the tool's name and the key, a few dozen bytes). */
    private static final int HEADER_READ = 4096;

    private Snapshot() {}

    /**
     * Who made a snapshot and from what: {@code tool}, the version of the tool that wrote it, and {@code key},
     * what it was made from (a checksum of the YAML, or the cache key of a chain of files).
     */
    public record Header(String tool, String key) {}

    /**
     * A stretch of a snapshot's bytes: one section, or one entry of a section. A snapshot in the heap lends its own array;
     * one mapped from a file (the cache) copies a block out only when a command uses it, so a search in a 20 MB snapshot
     * touches the index and its hits rather than every byte.
     */
    public static final class Block {
        private final ByteBuffer source;
        private final int start;
        private final int length;
        private byte[] array;
        private int arrayOffset;

        Block(ByteBuffer source, int start, int length) {
            this.source = source;
            this.start = start;
            this.length = length;
        }

        /** The array holding the block, from {@link #offset()}. */
        public byte[] data() {
            materialize();
            return array;
        }

        /** Where the block starts in {@link #data()}. */
        public int offset() {
            materialize();
            return arrayOffset;
        }

        public int length() {
            return length;
        }

        private synchronized void materialize() {
            if (array != null) {
                return;
            }
            if (source.hasArray()) {
                array = source.array();
                arrayOffset = source.arrayOffset() + start;
            } else {
                byte[] copy = new byte[length];
                source.get(start, copy, 0, length);
                array = copy;
                arrayOffset = 0;
            }
        }

        /** {@code length} bytes from {@code at} (relative to the block) as an array, without materialising the block. */
        byte[] bytes(int at, int count) {
            byte[] copy = new byte[count];
            source.get(start + at, copy, 0, count);
            return copy;
        }
    }

    /** What a snapshot holds: the header, each section's block and each stored derivation, by name in file order. */
    public record Contents(Header header, Map<String, Block> sections, Map<String, Block> derived) {}

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
        Map<String, Derived> writers = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> block : derived.entrySet()) {
            writers.put(block.getKey(), out -> out.write(block.getValue()));
        }
        writeDerived(header, root, writers, stream);
    }

    /** What writes one derived block, straight into the snapshot (a large search index is never copied to a buffer first). */
    public interface Derived {
        void to(java.io.DataOutputStream out) throws IOException;
    }

    /**
     * Writes the snapshot as {@link #write} does, each derived block written by its {@link Derived} after the sections:
     * what derives it may read the sections, and has them read when it runs.
     */
    public static void writeDerived(Header header, MappingNode root, Map<String, Derived> derived, OutputStream stream) throws IOException {
        NodeCodec.Out out = new NodeCodec.Out(stream);
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
        java.io.DataOutputStream data = new java.io.DataOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.bytes(bytes, offset, length);
            }
        });
        for (Map.Entry<String, Derived> block : derived.entrySet()) {
            long start = out.position();
            block.getValue().to(data);
            data.flush();
            stored.put(block.getKey(), new long[] {start, out.position() - start});
        }
        long directory = out.position();
        directory(sections, out);
        directory(stored, out);
        out.integer(Math.toIntExact(directory));
        out.integer((int) out.crc());
        out.flush();
    }

    private static void directory(Map<String, long[]> blocks, NodeCodec.Out out) throws IOException {
        out.integer(blocks.size());
        for (Map.Entry<String, long[]> block : blocks.entrySet()) {
            out.string(block.getKey());
            out.integer(Math.toIntExact(block.getValue()[0]));
            out.integer(Math.toIntExact(block.getValue()[1]));
        }
    }

    /** The header of {@code bytes}, checked to be a whole snapshot of this layout; its blocks are not decoded. */
    public static Contents read(byte[] bytes) throws Corrupt {
        return read(ByteBuffer.wrap(bytes));
    }

    /**
     * The header of the snapshot in {@code buffer} (in the heap, or a file mapped into memory), checked to be whole and of
     * this layout by the checksum of all its bytes; its blocks are neither decoded nor copied.
     */
    public static Contents read(ByteBuffer buffer) throws Corrupt {
        ByteBuffer bytes = buffer.duplicate().order(ByteOrder.BIG_ENDIAN);
        int size = bytes.limit();
        if (size < 4 || bytes.getInt(0) != MAGIC) {
            throw new Corrupt("it is not a compiled knowledge base", true);
        }
        if (size < 16) {
            throw new Corrupt("it is truncated or corrupt (it ends too soon)", false);
        }
        CRC32 crc = new CRC32(); // not CRC-32C: the JDK class-data archive holds CRC32, a cold start loads CRC32C
        crc.update(bytes.duplicate().position(0).limit(size - 4));
        int format = bytes.getInt(4);
        if ((int) crc.getValue() != bytes.getInt(size - 4)) {
            throw new Corrupt(format != FORMAT ? "it was compiled in another layout (" + format + ")"
                    : "it is truncated or corrupt (its checksum does not match its bytes)", false);
        }
        if (format != FORMAT) {
            throw new Corrupt("it was compiled in another layout (" + format + ")", false);
        }
        int directory = bytes.getInt(size - 8);
        if (directory < 8 || directory > size - 8) {
            throw new Corrupt("it is truncated or corrupt (a block lies outside it)", false);
        }
        byte[] head = new byte[Math.min(directory, HEADER_READ) - 8];
        bytes.get(8, head, 0, head.length);
        NodeCodec.In in = new NodeCodec.In(head, 0, head.length);
        Header header = new Header(in.string(), in.string());
        byte[] table = new byte[size - 8 - directory];
        bytes.get(directory, table, 0, table.length);
        NodeCodec.In entries = new NodeCodec.In(table, 0, table.length);
        Map<String, Block> sections = new LinkedHashMap<>();
        for (int i = entries.count(); i > 0; i--) {
            sections.put(entries.string(), block(bytes, entries.integer(), entries.integer(), directory));
        }
        Map<String, Block> derived = new LinkedHashMap<>();
        for (int i = entries.count(); i > 0; i--) {
            derived.put(entries.string(), block(bytes, entries.integer(), entries.integer(), directory));
        }
        return new Contents(header, sections, derived);
    }

    private static Block block(ByteBuffer bytes, int offset, int length, int end) throws Corrupt {
        if (offset < 0 || length < 0 || offset > end - length) {
            throw new Corrupt("it is truncated or corrupt (a block lies outside it)", false);
        }
        return new Block(bytes, offset, length);
    }

    /** The node tree of one section block; problems found in it are reported under {@code file}. */
    public static Node decode(Block block, String file) throws Corrupt {
        NodeCodec.In in = new NodeCodec.In(block.data(), block.offset(), block.offset() + block.length());
        if (in.kind() == PLAIN_BLOCK) {
            return NodeCodec.readNode(in, file);
        }
        Mark mark = NodeCodec.readMark(in, file);
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
        if (block.length() < 1 || block.bytes(0, 1)[0] == PLAIN_BLOCK) {
            return null;
        }
        if (block.length() < 13) {
            throw new Corrupt("it is truncated or corrupt (a block ends too soon)", false);
        }
        byte[] last = block.bytes(block.length() - 4, 4);
        int table = new NodeCodec.In(last, 0, 4).integer();
        if (table < 9 || table > block.length() - 4) {
            throw new Corrupt("it is truncated or corrupt (a block lies outside it)", false);
        }
        // the id table alone is read: the entries stay where they are until one is decoded
        byte[] idTable = block.bytes(table, block.length() - 4 - table);
        NodeCodec.In ids = new NodeCodec.In(idTable, 0, idTable.length);
        int count = ids.count();
        Map<String, Block> entries = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String id = ids.string();
            int at = ids.integer();
            int length = ids.integer();
            if (at < 0 || length < 0 || at > table - length) {
                throw new Corrupt("it is truncated or corrupt (a block lies outside it)", false);
            }
            entries.put(id, new Block(block.source, block.start + at, length));
        }
        return entries;
    }

    /** The node tree of one entry block from {@link #entries}. */
    public static Node decodeEntry(Block entry, String file) throws Corrupt {
        return NodeCodec.readNode(new NodeCodec.In(entry.data(), entry.offset(), entry.offset() + entry.length()), file);
    }

    /**
     * A list whose items are all mappings with distinct plain ids is stored entry by entry, its id table (id, offset and
     * length of each entry, relative to the block) after the entries and the table's offset last; anything else whole.
     */
    private static void writeSection(Node node, NodeCodec.Out out) throws IOException {
        List<String> ids = ids(node);
        long start = out.position();
        if (ids == null) {
            out.write(PLAIN_BLOCK);
            NodeCodec.writeNode(node, out);
            return;
        }
        out.write(INDEXED_BLOCK);
        NodeCodec.writeMark(node.getStartMark(), out);
        List<Node> items = ((SequenceNode) node).getValue();
        long[] at = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            at[i] = out.position();
            NodeCodec.writeNode(items.get(i), out);
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

}
