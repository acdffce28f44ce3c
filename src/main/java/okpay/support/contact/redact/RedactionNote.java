package okpay.support.contact.redact;

import java.util.Objects;

/** How many secrets of one kind the {@link Redactor} took out of a text. */
public record RedactionNote(Secret kind, int count) {

    /** What was taken out; the order is the order warnings are shown in. */
    public enum Secret {
        CARD_MASKED,
        ONE_TIME_CODE_REMOVED,
        PASSWORD_REMOVED,
        SEED_PHRASE_REMOVED,
        CVV_REMOVED
    }

    public RedactionNote {
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("a note counts at least one redaction");
        }
    }
}
