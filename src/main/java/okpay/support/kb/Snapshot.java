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
 * A compact binary form of a YAML node tree, positions included. The build stores the embedded
 * knowledge base in it, because scanning the YAML text costs a cold JVM about a tenth of a second
 * while reading this costs a few milliseconds, and a command decodes only the sections it uses; the tree read back goes through the same reader and
 * checks as YAML text, so both paths give the same knowledge base and the same problems.
 */
public final class Snapshot {
    private static final int MAGIC = 0x4f4b4e32; // "OKN2"
    private static final byte SCALAR = 0;
    private static final byte SEQUENCE = 1;
    private static final byte MAPPING = 2;
    private static final Tag[] SCALAR_TAGS = {Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL};

    private Snapshot() {}

    /**
     * Writes the sections of {@code root} (a mapping of section names), stamped with
     * {@code sourceChecksum} of the YAML they came from. Each section is stored as its own block, so a
     * reader can decode only the sections it uses.
     */
    public static void write(MappingNode root, long sourceChecksum, DataOutputStream out) throws IOException {
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
    }

    /**
     * The undecoded sections written by {@link #write}, by name in file order, or null if they were made
     * from other YAML (a stale build).
     */
    public static Map<String, byte[]> readSections(DataInputStream in, long expectedChecksum) throws IOException {
        if (in.readInt() != MAGIC || in.readLong() != expectedChecksum) {
            return null;
        }
        int count = in.readInt();
        Map<String, byte[]> sections = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            byte[] block = new byte[in.readInt()];
            in.readFully(block);
            sections.put(name, block);
        }
        return sections;
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
