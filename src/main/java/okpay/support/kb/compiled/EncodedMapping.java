package okpay.support.kb.compiled;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A checked mapping kept in the snapshot's binary form and decoded afresh whenever its children are asked for: one
 * entry of a large list section costs its bytes rather than its node tree (a million nodes and two million marks for a
 * 30 MB file), and compiling it writes the bytes as they are. Changing its children ({@link #setValue}) keeps them.
 */
public final class EncodedMapping extends MappingNode {
    private final String file;
    private byte[] encoded;

    private EncodedMapping(MappingNode node, String file, byte[] encoded) {
        super(Tag.MAP, true, List.of(), node.getStartMark(), node.getStartMark(), DumperOptions.FlowStyle.BLOCK);
        this.file = file;
        this.encoded = encoded;
    }

    /** {@code node} (of {@code file}) in its compact form; {@code node} itself when it has no binary form. */
    public static MappingNode of(MappingNode node, String file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            NodeCodec.Out out = new NodeCodec.Out(bytes);
            NodeCodec.writeNode(node, out);
            out.flush();
        } catch (IllegalArgumentException e) {
            return node; // a tag the binary form has no code for: the check that follows reports it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EncodedMapping(node, file, bytes.toByteArray());
    }

    @Override
    public List<NodeTuple> getValue() {
        if (encoded == null) {
            return super.getValue();
        }
        try {
            Node node = NodeCodec.readNode(new NodeCodec.In(encoded, 0, encoded.length), file);
            return ((MappingNode) node).getValue();
        } catch (Snapshot.Corrupt e) {
            throw new IllegalStateException("an encoded node does not decode", e);
        }
    }

    @Override
    public void setValue(List<NodeTuple> children) {
        encoded = null;
        super.setValue(children);
    }

    /** The binary form, or null once the children were replaced. */
    byte[] encoded() {
        return encoded;
    }
}
