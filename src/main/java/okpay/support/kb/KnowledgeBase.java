package okpay.support.kb;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okpay.support.kb.compiled.Snapshot;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Everything the tool knows, as loaded from one file or a chain of overlays ({@code source}), by section. Each
 * feature reads its own sections through the {@link SectionReader} it owns: {@code kb.get(FaqReader.SECTION)}.
 * A knowledge base read from YAML is read and checked completely when loaded; a compiled one (the embedded
 * knowledge base, a cached or {@code kb compile}d one), checked when it was compiled, reads each section the
 * first time a command asks for it, and one entry of a list section without the others ({@link #entry}), so a
 * command pays only for what it uses.
 */
public final class KnowledgeBase {
    private final String source;
    private final Map<String, Node> trees;
    private final Map<String, Snapshot.Block> blocks;
    private final Map<String, Snapshot.Block> storedDerivations;
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Map<String, Snapshot.Block>> entryBlocks = new HashMap<>();
    private final Map<String, Object> entries = new HashMap<>();
    private final Map<String, Object> derivations = new HashMap<>();
    private final java.util.Set<String> failed = new java.util.HashSet<>();
    private SectionReader.Context context;

    /** A knowledge base of the YAML sections {@code trees}, read when first asked for (the loader asks for all). */
    KnowledgeBase(String source, Map<String, Node> trees) {
        this(source, trees, Map.of(), Map.of());
    }

    /** A compiled knowledge base: sections decoded from {@code contents} when first asked for. */
    KnowledgeBase(String source, Snapshot.Contents contents) {
        this(source, Map.of(), contents.sections(), contents.derived());
    }

    private KnowledgeBase(String source, Map<String, Node> trees, Map<String, Snapshot.Block> blocks, Map<String, Snapshot.Block> derived) {
        this.source = source;
        this.trees = new LinkedHashMap<>(trees);
        this.blocks = new LinkedHashMap<>(blocks);
        this.storedDerivations = Map.copyOf(derived);
    }

    void readWith(SectionReader.Context readContext) {
        this.context = readContext;
    }

    /** The file (or files) this knowledge base was read from, as problems name it. */
    public String source() {
        return source;
    }

    /** The section {@code reader} reads; its {@link SectionReader#absent()} value when the file has none. */
    @SuppressWarnings("unchecked")
    public synchronized <T> T get(SectionReader<T> reader) {
        if (!has(reader)) {
            return reader.absent();
        }
        Object value = values.get(reader.key());
        if (value == null && !failed.contains(reader.key())) {
            long problems = context.in().problemCount();
            value = blocks.isEmpty() ? readChecked(reader) : reader.read(tree(reader.key()), readContext());
            checked(problems, reader.key());
            if (value != null) {
                values.put(reader.key(), value);
            }
        }
        return (T) value;
    }

    /**
     * Section {@code reader} of a YAML file, read so that {@code kb validate} never fails with a stack trace: a reader
     * that throws on a file it did not foresee (a bug) leaves a problem at the section instead, and the section absent.
     */
    private <T> T readChecked(SectionReader<T> reader) {
        Node tree = tree(reader.key());
        try {
            return reader.read(tree, readContext());
        } catch (RuntimeException | StackOverflowError e) {
            failed.add(reader.key());
            context.in().problem(tree, "section-crashed", reader.key(),
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return reader.absent();
        }
    }

    /** Whether the file has the section {@code reader} reads. */
    public boolean has(SectionReader<?> reader) {
        return trees.containsKey(reader.key()) || blocks.containsKey(reader.key());
    }

    /**
     * The entry {@code id} of the list section {@code reader} reads: of a compiled knowledge base, decoded alone;
     * else found in the section read whole.
     */
    @SuppressWarnings("unchecked")
    public synchronized <E> Optional<E> entry(SectionReader.OfEntries<E> reader, String id) {
        Map<String, Snapshot.Block> stored = values.containsKey(reader.key()) ? null : entryBlocks(reader);
        if (stored == null) {
            for (E entry : get(reader)) {
                if (reader.id(entry).equals(id)) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        }
        String key = reader.key() + "\n" + id;
        Object known = entries.get(key);
        if (known == null && stored.containsKey(id)) {
            long problems = context.in().problemCount();
            try {
                known = reader.readEntry(Snapshot.decodeEntry(stored.get(id), source), readContext());
            } catch (Snapshot.Corrupt e) {
                throw corrupt(e);
            }
            checked(problems, reader.key());
            entries.put(key, known);
        }
        return Optional.ofNullable((E) known);
    }

    /**
     * What {@code part} reads alone from section {@code reader} of a compiled knowledge base that has not read the
     * section yet (checked when compiled, so the rest need not be read to be trusted); null when the caller should read
     * the section instead (a YAML file's sections are read and checked when loaded, or the section is read already).
     */
    public synchronized <P> Optional<P> readAlone(SectionReader<?> reader, SectionReader.Lookup<P> part) {
        if (values.containsKey(reader.key()) || !blocks.containsKey(reader.key())) {
            return null;
        }
        long problems = context.in().problemCount();
        P read = part.read(tree(reader.key()), readContext());
        checked(problems, reader.key());
        return Optional.ofNullable(read);
    }

    /** The ids of the entries of the list section {@code reader} reads, in file order, decoding no entry when compiled. */
    public synchronized <E> List<String> ids(SectionReader.OfEntries<E> reader) {
        Map<String, Snapshot.Block> stored = values.containsKey(reader.key()) ? null : entryBlocks(reader);
        return stored != null ? List.copyOf(stored.keySet()) : get(reader).stream().map(reader::id).toList();
    }

    /** The keys of the sections this knowledge base has, in file order. */
    public List<String> sectionKeys() {
        List<String> keys = new ArrayList<>(trees.keySet());
        keys.addAll(blocks.keySet());
        return keys;
    }

    /** The YAML node tree of section {@code key} (for tools that see the file, not the records: stats, export). */
    public Node tree(String key) {
        Node tree = trees.get(key);
        if (tree == null && blocks.containsKey(key)) {
            try {
                tree = Snapshot.decode(blocks.get(key), source);
            } catch (Snapshot.Corrupt e) {
                throw corrupt(e);
            }
        }
        return tree;
    }

    /** The whole knowledge base as one YAML mapping node, section by section in file order. */
    public MappingNode root() {
        List<NodeTuple> tuples = new ArrayList<>();
        for (String key : sectionKeys()) {
            Node tree = tree(key);
            tuples.add(new NodeTuple(new ScalarNode(org.yaml.snakeyaml.nodes.Tag.STR, key, tree.getStartMark(),
                    tree.getStartMark(), org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN), tree));
        }
        return new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, tuples, org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * What {@code derivation} computes from this knowledge base, computed once: read from the snapshot when it
     * stores it (the embedded knowledge base, a compiled one), else derived from the sections now.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Derivation<T> derivation) {
        Object known = derivations.get(derivation.key());
        if (known == null) {
            Snapshot.Block stored = storedDerivations.get(derivation.key());
            known = stored == null ? derivation.derive(this) : read(derivation, stored);
            derivations.put(derivation.key(), known);
        }
        return (T) known;
    }

    /**
     * What a section is read with: for YAML, the loader's context, whose references it checks across sections; for a
     * compiled knowledge base, checked when compiled, fresh references each time, since an entry read alone and its
     * section read later would declare the same id twice.
     */
    private SectionReader.Context readContext() {
        return blocks.isEmpty() ? context : new SectionReader.Context(context.in(), new References(), this);
    }

    private Map<String, Snapshot.Block> entryBlocks(SectionReader<?> reader) {
        Snapshot.Block block = blocks.get(reader.key());
        if (block == null) {
            return null;
        }
        // no lambdas on this path (here and above): each one a cold JVM links costs more than the code around it
        Map<String, Snapshot.Block> known = entryBlocks.get(reader.key());
        if (known == null) {
            try {
                known = Snapshot.entries(block);
            } catch (Snapshot.Corrupt e) {
                throw corrupt(e);
            }
            known = known == null ? Map.of() : known;
            entryBlocks.put(reader.key(), known);
        }
        return known;
    }

    /**
     * After a read that began with {@code before} problems: a compiled section was checked when compiled, so a
     * problem now means a broken build.
     */
    private void checked(long before, String key) {
        if (!blocks.isEmpty() && context.in().problemCount() != before) {
            throw new IllegalStateException("the compiled knowledge base " + source + " passed its check when compiled, but its '"
                    + key + "' section has problems now; rebuild the jar or compile it again");
        }
    }

    private static UncheckedIOException corrupt(Snapshot.Corrupt e) {
        return new UncheckedIOException("corrupt compiled knowledge base", e);
    }

    private static <T> T read(Derivation<T> derivation, Snapshot.Block stored) {
        try {
            return derivation.read(stored.data(), stored.offset(), stored.length());
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored " + derivation.key(), e);
        }
    }

    /**
     * Data a feature computes from a knowledge base's sections, such as a search index. The build (and the
     * cache of compiled knowledge bases) stores it in the snapshot beside the sections, so a command reads it
     * rather than computing it on every run; a file read from YAML derives it on first use.
     *
     * @param <T> what is derived; immutable, since runs share it
     */
    public interface Derivation<T> {
        /** The name of the block the snapshot stores it in ({@code faq.index}). */
        String key();

        /** Computes it from the sections of {@code kb}. */
        T derive(KnowledgeBase kb);

        /** Writes {@code value} in the form {@link #read} reads. */
        void write(T value, DataOutputStream out) throws IOException;

        /** Reads what {@link #write} wrote. */
        T read(DataInputStream in) throws IOException;

        /**
         * Reads what {@link #write} wrote, {@code length} bytes of {@code data} from {@code offset}: a derivation that
         * reads only parts of a large block (a search index) keeps the bytes rather than decoding them all.
         */
        default T read(byte[] data, int offset, int length) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, offset, length))) {
                return read(in);
            }
        }
    }
}
