package okpay.support.contact.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import okpay.support.kb.Shared;
import okpay.support.kb.Text;

/**
 * How a support ticket is laid out, from the knowledge base.
 *
 * @param subject     subject pattern; {@code {topic}}, {@code {tx_id}} and {@code {error}} are replaced, and
 *                    placeholders with no value are left out together with the separator before them
 * @param fields      the lines of the body, in order; each field id at most once
 * @param attachments what to attach (screenshots, receipts), listed at the end of the body
 * @param rules       advice shown to the user next to the draft (one problem per ticket, never send codes...);
 *                    not part of the ticket itself
 */
@Shared
public record TicketTemplate(Text subject, List<TicketField> fields, List<Text> attachments, List<Text> rules) {

    public TicketTemplate {
        Objects.requireNonNull(subject, "subject");
        fields = List.copyOf(fields);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        rules = rules == null ? List.of() : List.copyOf(rules);
        Set<String> seen = new HashSet<>();
        for (TicketField field : fields) {
            if (!seen.add(field.id())) {
                throw new IllegalArgumentException("ticket template repeats field " + field.id());
            }
        }
    }
}
