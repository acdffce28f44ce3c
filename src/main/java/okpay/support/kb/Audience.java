package okpay.support.kb;

import java.util.Locale;

/** Whom the output speaks to: the customer (the default), or support staff, who also see the knowledge base's agent-only text. */
public enum Audience {
    CUSTOMER, AGENT;

    /** The value as written on the command line and in settings ({@code customer}, {@code agent}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code customer} or {@code agent}, any case; null for anything else. */
    public static Audience parse(String value) {
        for (Audience audience : values()) {
            if (audience.id().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return audience;
            }
        }
        return null;
    }
}
