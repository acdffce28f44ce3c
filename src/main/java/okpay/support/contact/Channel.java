package okpay.support.contact;

import java.util.List;
import okpay.support.kb.Text;

/** An official support channel: how to use it, what it suits, what to have ready, its addresses. */
public record Channel(
        ChannelKind kind,
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

    /** The channel's id, as topics and JSON name it. */
    public String id() {
        return kind.id();
    }
}
