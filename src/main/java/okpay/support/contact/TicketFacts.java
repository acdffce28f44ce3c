package okpay.support.contact;

import java.util.List;
import java.util.Objects;
import okpay.support.kb.Text;

/**
 * What the user told us for a support ticket. Every value may be null (not given); the drafter leaves a
 * placeholder for it. Values are raw user input: the drafter redacts them, so this record may hold secrets.
 *
 * @param topicId    the knowledge-base topic the ticket is about
 * @param topicName  its name, for the subject
 * @param amount     the amount as typed ("25.00"); shown with {@code currency}
 * @param stepsTried what the user already tried, one step per entry; never null
 */
public record TicketFacts(
        String topicId,
        Text topicName,
        String account,
        String txId,
        String amount,
        String currency,
        String time,
        String errorCode,
        String device,
        String whatHappened,
        List<String> stepsTried) {

    public TicketFacts {
        stepsTried = stepsTried == null ? List.of() : stepsTried.stream().filter(Objects::nonNull).toList();
    }
}
