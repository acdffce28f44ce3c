package okpay.support.contact;

import java.util.List;
import okpay.support.kb.Shared;

/**
 * The answer of {@code contact}: the official channels in the order that fits the problem, with the
 * urgency when a topic was given, the hotline of a region when one was given, and what genuine
 * support never asks for. All strings are already in the user's language.
 */
@Shared
public record ContactResult(
        TopicAdvice topic,
        RegionAdvice region,
        List<ChannelAdvice> channels,
        List<RegionAdvice> hotlines,
        List<String> neverShare,
        List<String> safetyTips,
        String notice) {

    /** The problem the ranking was made for. */
    public record TopicAdvice(String id, String name, String urgency, String description, String advice) {}

    /** One region of the hotline table; {@code number} and {@code hours} are null where there is no hotline. */
    public record RegionAdvice(
            String code, String name, boolean hotline, String number, String hours, List<String> languages, String advice) {}

    /** One channel; {@code rank} starts at 1, {@code available} is false for a hotline the region does not have. */
    public record ChannelAdvice(
            String id,
            String name,
            int rank,
            boolean available,
            String summary,
            String how,
            String bestFor,
            String responseTime,
            List<String> haveReady,
            List<Address> values) {}

    /** An official address of a channel. */
    public record Address(String kind, String value, String label, String platform) {}
}
