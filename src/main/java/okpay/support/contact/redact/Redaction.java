package okpay.support.contact.redact;

import java.util.List;
import okpay.support.kb.Shared;

/**
 * A text with its secrets taken out, and what was taken out.
 *
 * @param notes one note per kind found, in {@link RedactionNote.Secret} order; empty if the text was clean
 */
@Shared
public record Redaction(String text, List<RedactionNote> notes) {

    public Redaction {
        notes = List.copyOf(notes);
    }

    /** How many secrets of {@code kind} were taken out. */
    public int count(RedactionNote.Secret kind) {
        return notes.stream().filter(n -> n.kind() == kind).mapToInt(RedactionNote::count).sum();
    }

    /** Whether anything was taken out. */
    public boolean changed() {
        return !notes.isEmpty();
    }
}
