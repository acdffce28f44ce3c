package okpay.support.contact;

import java.util.Locale;
import okpay.support.kb.Shared;

/** The four official channels every knowledge base has; {@link #id()} is the id the YAML and JSON use. */
@Shared
public enum ChannelKind {
    WEBSITE, EMAIL, SOCIAL, HOTLINE;

    /** {@code website}, {@code email}, {@code social} or {@code hotline}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a prepared message (a ticket draft) can be sent through it: mail, and the website's ticket form. */
    public boolean takesWrittenMessages() {
        return this == EMAIL || this == WEBSITE;
    }

    /** Whether it has one address per region (the hotline's numbers), so none is right without the region. */
    public boolean perRegion() {
        return this == HOTLINE;
    }

    /** The kind whose id is {@code id}; null if none. */
    public static ChannelKind of(String id) {
        for (ChannelKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
