package okpay.support.contact.draft;

import java.util.Objects;
import okpay.support.kb.Text;

/**
 * One line of a support ticket: which fact it holds, its label, and the placeholder shown when the user has
 * not given that fact.
 *
 * @param placeholder a bare description such as "your user ID or email"; the drafter adds the brackets
 */
public record TicketField(TicketFact fact, Text label, Text placeholder) {

    public TicketField {
        if (!fact.templateLine()) {
            throw new IllegalArgumentException("a ticket has no line of its own for " + fact.id());
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(placeholder, "placeholder");
    }

    /** The fact's id, as the template names the field. */
    public String id() {
        return fact.id();
    }
}
