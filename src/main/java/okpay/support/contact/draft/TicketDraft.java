package okpay.support.contact.draft;

import java.util.List;
import okpay.support.kb.Shared;

/**
 * A support ticket ready for the user to review and send.
 *
 * @param channel     the id of the contact channel it is meant for
 * @param attachments what to attach, localized
 * @param missing     ids of the template fields left as placeholders, in template order
 * @param warnings    one localized line per kind of secret taken out, saying what and why, never the secret
 */
@Shared
public record TicketDraft(
        String channel,
        String subject,
        String body,
        List<String> attachments,
        List<String> missing,
        List<String> warnings) {

    public TicketDraft {
        attachments = List.copyOf(attachments);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
    }
}
