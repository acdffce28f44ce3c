package okpay.support.kb;

import java.util.function.Supplier;

/**
 * One section of a knowledge base: its value, or how to read it the first time it is asked for.
 * Only the embedded knowledge base, checked when the jar was built, has sections read late; a
 * command then pays only for the sections it uses.
 */
final class Section<T> {
    private Supplier<T> reader;
    private T value;

    private Section(Supplier<T> reader, T value) {
        this.reader = reader;
        this.value = value;
    }

    static <T> Section<T> of(T value) {
        return new Section<>(null, value);
    }

    static <T> Section<T> later(Supplier<T> reader) {
        return new Section<>(reader, null);
    }

    synchronized T get() {
        if (reader != null) {
            value = reader.get();
            reader = null;
        }
        return value;
    }
}
