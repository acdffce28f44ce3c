package okpay.support.contact.draft;

import java.util.List;
import okpay.support.contact.ContactResult.Address;

/**
 * The answer of {@code contact draft}: a support message ready to review and send, and where to send it.
 *
 * @param channel     the channel to send it through, with its addresses and why it was chosen
 * @param missing     template fields left as [placeholders], in template order
 * @param warnings    one line per kind of secret taken out of the input; never the secret itself
 * @param advice      the knowledge base's rules for tickets, to read before sending
 */
public record DraftResult(
        DraftChannel channel,
        String subject,
        String body,
        List<String> attachments,
        List<TicketDraft.MissingField> missing,
        List<String> warnings,
        List<String> advice) {

    public DraftResult {
        attachments = List.copyOf(attachments);
        missing = List.copyOf(missing);
        warnings = List.copyOf(warnings);
        advice = List.copyOf(advice);
    }

    /**
     * @param rank  its place in the topic's ranking (1 = best)
     * @param why   why this channel: the best-ranked one that takes written messages
     * @param note  when a channel ranked higher does not take written messages (the hotline), a reminder of it; else null
     */
    public record DraftChannel(String id, String name, int rank, String why, String note, List<Address> addresses) {}
}
