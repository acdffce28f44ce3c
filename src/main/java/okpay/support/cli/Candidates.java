package okpay.support.cli;

import java.util.Iterator;
import java.util.List;

/**
 * Completion values of the global enum options, lower case as users type them (picocli would offer the
 * constant names, {@code ZH}, {@code JSON}). Plain lists: picocli builds these for every run.
 */
final class Candidates {
    private Candidates() {}

    /** {@code --lang}. */
    static final class Langs implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("zh", "en").iterator();
        }
    }

    /** {@code --format}. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("text", "json", "yaml").iterator();
        }
    }

    /** {@code --audience}. */
    static final class Audiences implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("customer", "agent").iterator();
        }
    }

    /** {@code config set/get/unset KEY}. */
    static final class ConfigKeys implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("region", "lang", "audience", "format").iterator();
        }
    }
}
