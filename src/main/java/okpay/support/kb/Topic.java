package okpay.support.kb;

import java.util.List;
import java.util.Locale;

/**
 * A reason people contact support, with its urgency and the channels in the order that fits it. Every feature
 * speaks of topics (FAQ entries, flow outcomes and tickets name one), so they are part of the shared vocabulary.
 */
public record Topic(
        String id, Text name, Text description, Urgency urgency, Text advice, List<String> channels, List<String> faqs) {
    public Topic {
        channels = List.copyOf(channels);
        faqs = List.copyOf(faqs);
    }

    /** How quickly a kind of problem should reach support. */
    public enum Urgency {
        LOW, NORMAL, HIGH, CRITICAL;

        /** {@code low}, {@code normal}, {@code high} or {@code critical}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
