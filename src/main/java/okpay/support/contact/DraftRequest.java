package okpay.support.contact;

import java.util.List;

/**
 * What the user gave {@code contact draft}, as typed; any value but {@code topic} may be null. It may hold
 * secrets (a card number in the message): {@link ContactDrafts} redacts everything before it is shown.
 */
public record DraftRequest(
        String topic,
        String account,
        String txId,
        String amount,
        String currency,
        String time,
        String error,
        String message,
        String device,
        List<String> tried) {

    public DraftRequest {
        tried = tried == null ? List.of() : List.copyOf(tried);
    }
}
