package okpay.support.kb;

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

    KnowledgeBase(String source) {
        this.source = source;
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
}
