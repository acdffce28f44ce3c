package okpay.support.kb;

import java.util.List;

/** A reason people contact support, with its urgency and the channels in the order that fits it. */
public record Topic(
        String id, Text name, Text description, Urgency urgency, Text advice, List<String> channels, List<String> faqs) {
    public Topic {
        channels = List.copyOf(channels);
        faqs = List.copyOf(faqs);
    }
}
