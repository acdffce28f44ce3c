package okpay.support.contact.draft;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okpay.support.kb.Shared;
import okpay.support.kb.Text;

/**
 * What the user told us for a support ticket. A fact not given has no value; the drafter leaves a placeholder
 * for it. Values are raw user input: the drafter redacts them, so this record may hold secrets.
 *
 * @param topicId    the knowledge-base topic the ticket is about
 * @param topicName  its name, for the subject
 * @param values     the facts given, as typed ({@code AMOUNT} "25.00" is shown with {@code CURRENCY}); never
 *                   {@link TicketFact#STEPS_TRIED}, which is {@code stepsTried}
 * @param stepsTried what the user already tried, one step per entry; never null
 */
@Shared
public record TicketFacts(String topicId, Text topicName, Map<TicketFact, String> values, List<String> stepsTried) {

    public TicketFacts {
        EnumMap<TicketFact, String> given = new EnumMap<>(TicketFact.class);
        values.forEach((fact, value) -> {
            if (value != null && fact != TicketFact.STEPS_TRIED) {
                given.put(fact, value);
            }
        });
        values = java.util.Collections.unmodifiableMap(given);
        stepsTried = stepsTried == null ? List.of() : stepsTried.stream().filter(Objects::nonNull).toList();
    }

    /** The value of {@code fact} as typed, or null. */
    public String get(TicketFact fact) {
        return values.get(fact);
    }
}
