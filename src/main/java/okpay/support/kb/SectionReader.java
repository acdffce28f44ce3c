package okpay.support.kb;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

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

    /** What {@code kb validate} reports about a read section: entry counts by name; empty to report none. */
    default Map<String, Integer> counts(T value) {
        return Map.of();
    }

    /**
     * What a reader works with: the node reader of the file (positions and problems), the ids declared and
     * referred to across sections, and the knowledge base being read, for sections this one depends on.
     */
    record Context(NodeReader in, References refs, KnowledgeBase kb) {}
}
