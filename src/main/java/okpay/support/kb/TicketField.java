package okpay.support.kb;

import java.util.List;
import java.util.Objects;

/**
 * One line of a support ticket: which fact it holds, its label, and the placeholder shown when the
 * user has not given that fact.
 *
 * @param id          one of {@link #IDS}
 * @param placeholder a bare description such as "your user ID or email"; the drafter adds the brackets
 */
public record TicketField(String id, Text label, Text placeholder) {

    /** The field ids a ticket template may use; each maps to one fact in a ticket. */
    public static final List<String> IDS =
            List.of("account", "tx-id", "time", "amount", "error", "device", "what-happened", "steps-tried");

    public TicketField {
        if (!IDS.contains(id)) {
            throw new IllegalArgumentException("unknown ticket field id " + id + "; expected one of " + IDS);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(placeholder, "placeholder");
    }
}
