package okpay.support.contact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okpay.support.contact.ContactResult.Address;
import okpay.support.contact.ContactResult.ChannelAdvice;
import okpay.support.contact.ContactResult.RegionAdvice;
import okpay.support.contact.ContactResult.TopicAdvice;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Regions;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Shared;
import okpay.support.kb.Text;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;

/** Picks and orders the official channels for a problem and a region, from the knowledge base. */
@Shared
public final class ContactGuide {

    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages messages;

    public ContactGuide(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.messages = Messages.core(lang);
    }

    /** The channels for {@code topicId} (null: knowledge-base order) as seen from {@code regionCode} (null: every region). */
    public ContactResult advise(String topicId, String regionName) {
        String regionCode = regionName == null ? null : regionCode(regionName);
        Topic topic = topicId == null ? null : topic(topicId);
        Region region = regionCode == null ? null : region(regionCode);
        List<RegionAdvice> hotlines = new ArrayList<>();
        if (regionCode == null) {
            for (Region each : kb.get(HotlineReader.SECTION).regions()) {
                hotlines.add(regionAdvice(each, each.code()));
            }
        }
        List<String> neverShare = new ArrayList<>();
        for (NeverShare item : kb.get(NeverShareReader.SECTION)) {
            neverShare.add(item.text().get(lang));
        }
        return new ContactResult(
                topic == null ? null : new TopicAdvice(topic.id(), topic.name().get(lang), topic.urgency().id(),
                        topic.description().get(lang), topic.advice().get(lang)),
                regionCode == null ? null : regionAdvice(region, regionCode),
                channels(topic, regionCode, region),
                hotlines,
                neverShare,
                texts(kb.get(SafetyTipsReader.SECTION)),
                kb.get(ProductReader.SECTION).notice().get(lang));
    }

    /**
     * The channels of {@link #advise} alone, with the same checks of the topic and the region: what a diagnosis
     * names, without reading the sections the rest of the advice comes from.
     */
    public List<ChannelAdvice> channels(String topicId, String regionName) {
        String regionCode = regionName == null ? null : regionCode(regionName);
        Topic topic = topicId == null ? null : topic(topicId);
        return channels(topic, regionCode, regionCode == null ? null : region(regionCode));
    }

    // Loops rather than streams and lambdas (here and below): contact and diagnose run this once, in a cold JVM.
    private List<ChannelAdvice> channels(Topic topic, String regionCode, Region region) {
        boolean hotlineHere = regionCode == null || (region != null && region.hasHotline());
        List<Channel> ordered = new ArrayList<>(kb.get(ChannelsReader.SECTION));
        if (topic != null) {
            ordered.sort(new ByRank(topic));
        }
        if (!hotlineHere) {
            // A hotline that does not exist in the user's region is never the first thing to try.
            ordered.sort(new HotlinesLast());
        }
        List<ChannelAdvice> channels = new ArrayList<>();
        for (Channel channel : ordered) {
            boolean available = channel.kind() != ChannelKind.HOTLINE || hotlineHere;
            channels.add(new ChannelAdvice(channel.id(), channel.name().get(lang), channels.size() + 1, available,
                    channel.summary().get(lang), channel.how().get(lang), channel.bestFor().get(lang),
                    channel.responseTime().get(lang), texts(channel.haveReady()),
                    addresses(channel, regionCode == null ? null : region)));
        }
        return channels;
    }

    /** Channels in the order a topic ranks them, the unranked last. */
    private record ByRank(Topic topic) implements Comparator<Channel> {
        @Override
        public int compare(Channel a, Channel b) {
            return Integer.compare(rankIn(topic, a.id()), rankIn(topic, b.id()));
        }
    }

    /** Hotlines after every other channel. */
    private static final class HotlinesLast implements Comparator<Channel> {
        @Override
        public int compare(Channel a, Channel b) {
            return Boolean.compare(a.kind() == ChannelKind.HOTLINE, b.kind() == ChannelKind.HOTLINE);
        }
    }

    private List<String> texts(List<Text> texts) {
        List<String> out = new ArrayList<>(texts.size());
        for (Text text : texts) {
            out.add(text.get(lang));
        }
        return List.copyOf(out);
    }

    /** The topic with {@code id}, or a not-found error with a suggestion. */
    public Topic topic(String id) {
        Optional<Topic> topic = TopicsReader.named(kb, id.toLowerCase(Locale.ROOT));
        if (topic.isPresent()) {
            return topic.get();
        }
        List<String> ids = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Topic each : kb.get(TopicsReader.SECTION)) {
            ids.add(each.id());
            named.add(messages.get("hint.named", each.id(), each.name().get(lang)));
        }
        throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-topic", id),
                messages.didYouMean(id, ids)
                        + messages.get("hint.topics", String.join(messages.get("list.separator"), named))).withCode("topic-not-found");
    }

    /**
     * The code of the region {@code name} names: a two-letter code, a name of a region of the knowledge base in either
     * language, or a region's name in the region table ({@code 中国大陆}, {@code 法国}, {@code France}); else a usage error.
     */
    private String regionCode(String name) {
        String code = Regions.code(name);
        if (code == null) {
            String wanted = name.strip().replace(" ", "").toLowerCase(Locale.ROOT);
            for (Region each : kb.get(HotlineReader.SECTION).regions()) {
                if (each.name().zh().replace(" ", "").equals(wanted) || each.name().en().replace(" ", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                    code = each.code();
                }
            }
        }
        if (code == null) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.bad-region", name), messages.get("hint.region-format"));
        }
        return code;
    }

    private Region region(String code) {
        if (!(code.length() == 2 && asciiLetter(code.charAt(0)) && asciiLetter(code.charAt(1)))) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.bad-region", code), messages.get("hint.region-format"));
        }
        return kb.get(HotlineReader.SECTION).region(code).orElse(null);
    }

    private RegionAdvice regionAdvice(Region region, String code) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (region == null || !region.hasHotline()) {
            // the region table only for a region the knowledge base does not name (it is read on first use)
            String tableName = region != null ? region.name().get(lang) : Regions.name(upper, lang);
            return new RegionAdvice(upper, tableName != null ? tableName : upper, false, null, null, List.of(),
                    kb.get(HotlineReader.SECTION).noHotline().get(lang));
        }
        List<String> languages = new ArrayList<>();
        for (Lang language : region.languages()) {
            languages.add(language.code());
        }
        return new RegionAdvice(upper, region.name().get(lang), true, region.number(), region.hours().get(lang),
                List.copyOf(languages), null);
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

    private static boolean asciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
