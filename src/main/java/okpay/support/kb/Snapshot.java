package okpay.support.kb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The snapshot of a checked knowledge base: each section's YAML node tree in a compact binary form, positions
 * included, and the data features derive from it (a search index). The build stores the embedded knowledge
 * base so, because scanning the YAML text costs a cold JVM about a tenth of a second while reading this costs
 * a few milliseconds, and a command decodes only the sections it uses; a tree read back goes through the same
 * reader and checks as YAML text, so both paths give the same knowledge base.
 */
public final class Snapshot {
    private static final int MAGIC = 0x4f4b4e33; // "OKN3"
    private static final byte SCALAR = 0;
    private static final byte SEQUENCE = 1;
    private static final byte MAPPING = 2;
    private static final Tag[] SCALAR_TAGS = {Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL};

    private Snapshot() {}

    /** What a snapshot holds: each section's encoded node tree, and each stored derivation, by name in file order. */
    public record Contents(Map<String, byte[]> sections, Map<String, byte[]> derived) {}

    /**
     * Writes the sections of {@code root} (a mapping of section names) and the {@code derived} blocks, stamped
     * with {@code sourceChecksum} of the YAML they came from. Each section is stored as its own block, so a
     * reader can decode only the sections it uses.
     */
    public static void write(MappingNode root, long sourceChecksum, Map<String, byte[]> derived, DataOutputStream out)
            throws IOException {
        out.writeInt(MAGIC);
        out.writeLong(sourceChecksum);
        out.writeInt(root.getValue().size());
        for (NodeTuple tuple : root.getValue()) {
            out.writeUTF(((ScalarNode) tuple.getKeyNode()).getValue());
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            try (DataOutputStream blockOut = new DataOutputStream(block)) {
                writeNode(tuple.getValueNode(), blockOut);
            }
            out.writeInt(block.size());
            block.writeTo(out);
        }
        out.writeInt(derived.size());
        for (Map.Entry<String, byte[]> block : derived.entrySet()) {
            out.writeUTF(block.getKey());
            out.writeInt(block.getValue().length);
            out.write(block.getValue());
        }
    }

    /** The undecoded blocks written by {@link #write}, or null if they were made from other YAML (a stale build). */
    public static Contents read(DataInputStream in, long expectedChecksum) throws IOException {
        if (in.readInt() != MAGIC || in.readLong() != expectedChecksum) {
            return null;
        }
        return new Contents(blocks(in), blocks(in));
    }

    private static Map<String, byte[]> blocks(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, byte[]> blocks = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            byte[] block = new byte[in.readInt()];
            in.readFully(block);
            blocks.put(name, block);
        }
        return blocks;
    }

    /** The node tree of one section block. */
    public static Node decode(byte[] block, String file) {
        try {
            return readNode(new DataInputStream(new ByteArrayInputStream(block)), file);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt knowledge-base section in " + file, e);
        }
    }

    private static void writeNode(Node node, DataOutputStream out) throws IOException {
        Mark mark = node.getStartMark();
        if (node instanceof ScalarNode scalar) {
            out.writeByte(SCALAR);
            writeMark(mark, out);
            out.writeByte(scalarTag(node.getTag()));
            out.writeUTF(scalar.getValue());
        } else if (node instanceof SequenceNode sequence) {
            out.writeByte(SEQUENCE);
            writeMark(mark, out);
            out.writeInt(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                writeNode(item, out);
            }
        } else {
            MappingNode mapping = (MappingNode) node;
            out.writeByte(MAPPING);
            writeMark(mark, out);
            out.writeInt(mapping.getValue().size());
            for (NodeTuple tuple : mapping.getValue()) {
                writeNode(tuple.getKeyNode(), out);
                writeNode(tuple.getValueNode(), out);
            }
        }
    }

    private static Node readNode(DataInputStream in, String file) throws IOException {
        byte kind = in.readByte();
        Mark mark = new Mark(file, 0, in.readInt(), in.readInt(), new int[0], 0);
        switch (kind) {
            case SCALAR -> {
                Tag tag = SCALAR_TAGS[in.readByte()];
                return new ScalarNode(tag, in.readUTF(), mark, mark, DumperOptions.ScalarStyle.PLAIN);
            }
            case SEQUENCE -> {
                int size = in.readInt();
                List<Node> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(readNode(in, file));
                }
                return new SequenceNode(Tag.SEQ, true, items, mark, mark, DumperOptions.FlowStyle.BLOCK);
            }
            case MAPPING -> {
                int size = in.readInt();
                List<NodeTuple> tuples = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    tuples.add(new NodeTuple(readNode(in, file), readNode(in, file)));
                }
                return new MappingNode(Tag.MAP, true, tuples, mark, mark, DumperOptions.FlowStyle.BLOCK);
            }
            default -> throw new IOException("corrupt node tree: kind " + kind);
        }
    }

    private static void writeMark(Mark mark, DataOutputStream out) throws IOException {
        out.writeInt(mark == null ? 0 : mark.getLine());
        out.writeInt(mark == null ? 0 : mark.getColumn());
    }

    private static byte scalarTag(Tag tag) throws IOException {
        for (byte i = 0; i < SCALAR_TAGS.length; i++) {
            if (SCALAR_TAGS[i].equals(tag)) {
                return i;
            }
        }
        throw new IOException("tag " + tag + " has no binary form");
    }
}
