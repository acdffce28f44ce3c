package okpay.support.contact.draft;

import java.util.List;
import java.util.Map;

/**
 * What the user gave {@code contact draft}, as typed; any value but {@code topic} may be missing. It may hold
 * secrets (a card number in the message): {@link DraftComposer} redacts everything before it is shown.
 *
 * @param facts   the short facts given with their options ({@code --tx-id}...)
 * @param message what happened, in the user's words
 * @param tried   the steps already tried
 */
public record DraftRequest(String topic, Map<TicketFact, String> facts, String message, List<String> tried) {

    public DraftRequest {
        facts = Map.copyOf(facts);
        tried = tried == null ? List.of() : List.copyOf(tried);
    }
}
