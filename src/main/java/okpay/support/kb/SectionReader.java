package okpay.support.kb;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * How one top-level section of a knowledge base is read and checked. The feature that owns a section
 * implements this in its own package; the list of every section the tool reads is assembled above the
 * features, so a new section is one reader plus one line in that list.
 *
 * @param <T> what the section holds once read (a record, or an immutable list of records)
 */
public interface SectionReader<T> {
    /** The section's key at the top of the YAML file ({@code faqs}, {@code flows}...). */
    String key();

    /** Whether every knowledge base must have this section. */
    boolean required();

    /** The value of an optional section that a file leaves out (null for a required one, never used). */
    T absent();

    /**
     * Reads the section at {@code node}, recording every problem through {@code context.in()} and going on
     * after each, so one run reports them all. Returns what could be read.
     */
    T read(Node node, Context context);

    /**
     * The JSON Schema of this section's value, as JSON text: the resource {@code KEY.schema.json} beside the reader's
     * class, so the feature that reads a section also describes it ({@code kb schema} assembles them); null for none.
     * Shared definitions ({@code #/$defs/text}, {@code id}, {@code terms}...) come from the assembled schema.
     */
    default String schema() {
        try (java.io.InputStream in = getClass().getResourceAsStream(key() + ".schema.json")) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What {@code kb validate} reports about a read section: entry counts by name; empty to report none. */
    default Map<String, Integer> counts(T value) {
        return Map.of();
    }

    /**
     * What a reader works with: the node reader of the file (positions and problems), the ids declared and
     * referred to across sections, and the knowledge base being read, for sections this one depends on.
     */
    record Context(NodeReader in, References refs, KnowledgeBase kb) {}

    /**
     * A section that is a list of entries with ids, each of which can be read on its own: a compiled knowledge base
     * stores them apart, so {@link KnowledgeBase#entry} decodes one entry (a search hit, {@code faq show ID}) without
     * the thousands of others.
     *
     * @param <E> one entry
     */
    interface OfEntries<E> extends SectionReader<List<E>> {
        /** Reads one entry of the section, recording problems like {@link #read}; null when it cannot be read. */
        E readEntry(Node entry, Context context);

        /** The id of {@code entry}. */
        String id(E entry);
    }

    /**
     * One part of a section read from its node tree without the rest ({@link KnowledgeBase#readAlone}): the entry of one
     * decline code, say, when the section is one catalogue rather than a list of entries with ids.
     *
     * @param <P> the part
     */
    interface Lookup<P> {
        /** Finds the part in the section's {@code tree} and reads it alone; null when the section has no such part. */
        P read(Node tree, Context context);

        /** The value under {@code key} of {@code node} when it is a mapping; else null (finding, not checking: no problem). */
        static Node value(Node node, String key) {
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode name && name.getValue().equals(key)) {
                        return tuple.getValueNode();
                    }
                }
            }
            return null;
        }
    }
}
