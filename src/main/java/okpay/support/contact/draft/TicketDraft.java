package okpay.support.contact.draft;

import java.util.List;
import okpay.support.kb.Shared;

/**
 * A support ticket ready for the user to review and send.
 *
 * @param channel     the id of the contact channel it is meant for
 * @param attachments what to attach, localized
 * @param missing     the template fields left as placeholders, in template order: their id (the option's name, as in
 *                    {@code tx-id}) and label in the user's language
 * @param warnings    one localized line per kind of secret taken out, saying what and why, never the secret
 */
@Shared
public record TicketDraft(
        String channel,
        String subject,
        String body,
        List<String> attachments,
        List<MissingField> missing,
        List<String> warnings) {

    public TicketDraft {
        attachments = List.copyOf(attachments);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }

    /** A template field left as a placeholder: what to fill in before sending, the same shape everywhere. */
    @Shared
    public record MissingField(String id, String label) {}
}
