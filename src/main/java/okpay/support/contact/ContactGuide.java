package okpay.support.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import okpay.support.contact.ContactResult.Address;
import okpay.support.contact.ContactResult.ChannelAdvice;
import okpay.support.contact.ContactResult.RegionAdvice;
import okpay.support.contact.ContactResult.TopicAdvice;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Shared;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;

/** Picks and orders the official channels for a problem and a region, from the knowledge base. */
@Shared
public final class ContactGuide {
    private static final Pattern REGION_CODE = Pattern.compile("[A-Za-z]{2}");

    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages messages;

    public ContactGuide(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.messages = Messages.core(lang);
    }

    /** The channels for {@code topicId} (null: knowledge-base order) as seen from {@code regionCode} (null: every region). */
    public ContactResult advise(String topicId, String regionCode) {
        Topic topic = topicId == null ? null : topic(topicId);
        Region region = regionCode == null ? null : region(regionCode);
        boolean hotlineHere = regionCode == null || (region != null && region.hasHotline());

        List<Channel> ordered = new ArrayList<>(kb.get(ChannelsReader.SECTION));
        if (topic != null) {
            ordered.sort(Comparator.comparingInt(c -> rankIn(topic, c.id())));
        }
        if (!hotlineHere) {
            // A hotline that does not exist in the user's region is never the first thing to try.
            ordered.sort(Comparator.comparing(c -> c.kind() == ChannelKind.HOTLINE));
        }
        List<ChannelAdvice> channels = new ArrayList<>();
        for (Channel channel : ordered) {
            boolean available = channel.kind() != ChannelKind.HOTLINE || hotlineHere;
            channels.add(new ChannelAdvice(channel.id(), channel.name().get(lang), channels.size() + 1, available,
                    channel.summary().get(lang), channel.how().get(lang), channel.bestFor().get(lang),
                    channel.responseTime().get(lang), channel.haveReady().stream().map(t -> t.get(lang)).toList(),
                    addresses(channel, regionCode == null ? null : region)));
        }
        return new ContactResult(
                topic == null ? null : new TopicAdvice(topic.id(), topic.name().get(lang), topic.urgency().id(),
                        topic.description().get(lang), topic.advice().get(lang)),
                regionCode == null ? null : regionAdvice(region, regionCode),
                channels,
                regionCode == null ? kb.get(HotlineReader.SECTION).regions().stream().map(r -> regionAdvice(r, r.code())).toList() : List.of(),
                kb.get(NeverShareReader.SECTION).stream().map(NeverShare::text).map(t -> t.get(lang)).toList(),
                kb.get(SafetyTipsReader.SECTION).stream().map(t -> t.get(lang)).toList(),
                kb.get(ProductReader.SECTION).notice().get(lang));
    }

    /** The topic with {@code id}, or a not-found error with a suggestion. */
    public Topic topic(String id) {
        Optional<Topic> topic = TopicsReader.find(kb, id.toLowerCase(Locale.ROOT));
        if (topic.isPresent()) {
            return topic.get();
        }
        List<String> ids = kb.get(TopicsReader.SECTION).stream().map(Topic::id).toList();
        throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-topic", id),
                messages.didYouMean(id, ids)
                        + messages.get("hint.topics", String.join(", ", ids)));
    }

    private Region region(String code) {
        if (!REGION_CODE.matcher(code).matches()) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.bad-region", code), messages.get("hint.region-format"));
        }
        return kb.get(HotlineReader.SECTION).region(code).orElse(null);
    }

    private RegionAdvice regionAdvice(Region region, String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (region == null || !region.hasHotline()) {
            return new RegionAdvice(upper, region == null ? upper : region.name().get(lang), false, null, null, List.of(),
                    kb.get(HotlineReader.SECTION).noHotline().get(lang));
        }
        return new RegionAdvice(upper, region.name().get(lang), true, region.number(), region.hours().get(lang),
                region.languages().stream().map(Lang::code).toList(), null);
    }

    /** The channel's addresses; for the hotline in a given region, only that region's number. */
    private List<Address> addresses(Channel channel, Region region) {
        List<Address> out = new ArrayList<>();
        for (ContactValue value : channel.values()) {
            if (region != null && channel.kind() == ChannelKind.HOTLINE && value.kind() == ContactKind.PHONE
                    && !value.value().equals(region.number())) {
                continue;
            }
            out.add(new Address(value.kind().id(), value.value(), value.label().get(lang), value.platform()));
        }
        return out;
    }

    private static int rankIn(Topic topic, String channelId) {
        int index = topic.channels().indexOf(channelId);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
