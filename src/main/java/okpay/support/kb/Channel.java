package okpay.support.kb;

import java.util.List;

/** An official support channel: how to use it, what it suits, what to have ready, its addresses. */
public record Channel(
        String id,
        Text name,
        Text summary,
        Text how,
        Text bestFor,
        Text responseTime,
        List<Text> haveReady,
        List<ContactValue> values) {
    public Channel {
        haveReady = List.copyOf(haveReady);
        values = List.copyOf(values);
    }
}
