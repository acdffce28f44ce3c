package okpay.support.kb.compiled;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * The binary form of one YAML node tree inside a {@link Snapshot}: each node as its kind, its position (line and
 * column; the file is the snapshot's) and its tag and value or children, over a bounded reader that turns any length
 * past the end into {@link Snapshot.Corrupt} rather than a huge allocation.
 */
final class NodeCodec {
    private static final byte SCALAR = 0;
    private static final byte SEQUENCE = 1;
    private static final byte MAPPING = 2;
    private static final Tag[] SCALAR_TAGS = {Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL};
    private static final int[] NO_BUFFER = new int[0];

    private NodeCodec() {}

    static void writeNode(Node node, Out out) throws IOException {
        if (node instanceof EncodedMapping compact && compact.encoded() != null) {
            out.bytes(compact.encoded());
        } else if (node instanceof ScalarNode scalar) {
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

    static Node readNode(In in, String file) throws Snapshot.Corrupt {
        byte kind = in.kind();
        Mark mark = readMark(in, file);
        switch (kind) {
            case SCALAR -> {
                int tag = in.kind();
                if (tag < 0 || tag >= SCALAR_TAGS.length) {
                    throw new Snapshot.Corrupt("corrupt node tree: scalar tag " + tag, false);
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
            default -> throw new Snapshot.Corrupt("corrupt node tree: kind " + kind, false);
        }
    }

    static void writeMark(Mark mark, Out out) throws IOException {
        out.integer(mark == null ? 0 : mark.getLine());
        out.integer(mark == null ? 0 : mark.getColumn());
    }

    static Mark readMark(In in, String file) throws Snapshot.Corrupt {
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
    static final class Out {
        private final OutputStream out;
        private final CRC32 crc = new CRC32();
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
            bytes(bytes, 0, bytes.length);
        }

        void bytes(byte[] bytes, int offset, int length) throws IOException {
            drain();
            crc.update(bytes, offset, length);
            out.write(bytes, offset, length);
            flushed += length;
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
    static final class In {
        final byte[] data;
        int at;
        final int end;

        In(byte[] data, int from, int end) {
            this.data = data;
            this.at = from;
            this.end = end;
        }

        byte kind() throws Snapshot.Corrupt {
            need(1);
            return data[at++];
        }

        int integer() throws Snapshot.Corrupt {
            need(4);
            int value = (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
            at += 4;
            return value;
        }

        /** A count or length: never negative, never more than the bytes left. */
        int count() throws Snapshot.Corrupt {
            int value = integer();
            if (value < 0 || value > end - at) {
                throw new Snapshot.Corrupt("it is truncated or corrupt (a length runs past its end)", false);
            }
            return value;
        }

        String string() throws Snapshot.Corrupt {
            int length = count();
            String value = new String(data, at, length, StandardCharsets.UTF_8);
            at += length;
            return value;
        }

        private void need(int bytes) throws Snapshot.Corrupt {
            if (bytes > end - at) {
                throw new Snapshot.Corrupt("it is truncated or corrupt (it ends too soon)", false);
            }
        }
    }
}
