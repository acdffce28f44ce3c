package okpay.support.kb;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import okpay.support.faq.FaqReader;

/**
 * Everything the tool knows, as loaded from one file ({@code source}), by section. Each feature reads its
 * own sections through the {@link SectionReader} it owns: {@code kb.get(FaqReader.SECTION)}. A file read
 * from YAML is read and checked completely when loaded; the embedded knowledge base, checked when the jar
 * was built, reads each section the first time a command asks for it, so a command pays only for what it uses.
 */
public final class KnowledgeBase {
    private final String source;
    private final Map<String, Section<?>> sections = new HashMap<>();
    private final Map<String, byte[]> storedDerivations;
    private final Map<String, Object> derivations = new HashMap<>();

    KnowledgeBase(String source, Map<String, byte[]> storedDerivations) {
        this.source = source;
        this.storedDerivations = Map.copyOf(storedDerivations);
    }

    /** The file this knowledge base was read from, as problems name it. */
    public String source() {
        return source;
    }

    /** The section {@code reader} reads; its {@link SectionReader#absent()} value when the file has none. */
    @SuppressWarnings("unchecked")
    public <T> T get(SectionReader<T> reader) {
        Section<?> section = sections.get(reader.key());
        return section == null ? reader.absent() : (T) section.get();
    }

    /** Whether the file has the section {@code reader} reads. */
    public boolean has(SectionReader<?> reader) {
        return sections.containsKey(reader.key());
    }

    /**
     * What {@code derivation} computes from this knowledge base, computed once: read from the snapshot when it
     * stores it (the embedded knowledge base, a compiled one), else derived from the sections now.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Derivation<T> derivation) {
        Object known = derivations.get(derivation.key());
        if (known == null) {
            byte[] stored = storedDerivations.get(derivation.key());
            known = stored == null ? derivation.derive(this) : read(derivation, stored);
            derivations.put(derivation.key(), known);
        }
        return (T) known;
    }

    private static <T> T read(Derivation<T> derivation, byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            return derivation.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored " + derivation.key(), e);
        }
    }

    <T> void put(SectionReader<T> reader, Supplier<T> read) {
        sections.put(reader.key(), new Section<>(read));
    }

    /** One section: its value, or how to read it the first time it is asked for. */
    private static final class Section<T> {
        private Supplier<T> reader;
        private T value;

        Section(Supplier<T> reader) {
            this.reader = reader;
        }

        synchronized T get() {
            if (reader != null) {
                Supplier<T> read = reader;
                reader = null;
                value = read.get();
            }
            return value;
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
    }
}
