package okpay.support.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import okpay.support.contact.HotlineReader;
import okpay.support.contact.Region;
import okpay.support.diagnose.DeclineCode;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowsReader;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.faq.FaqTag;
import okpay.support.faq.TagsReader;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;
import okpay.support.security.SecurityChecks;
import okpay.support.security.SecurityChecksReader;

/**
 * The values of each {@link KbValues.Kind} a knowledge base holds, with a short description in a language: what the
 * shell's Tab offers and what {@code completion bash|zsh} writes into its script.
 */
public final class KbValueLists {
    /** A value offered on Tab, with a short description in the session's language (may be null). */
    public record Value(String value, String description) {}

    private KbValueLists() {}

    /** The values of {@code kind} in {@code kb}, described in {@code lang}; none for the kinds that depend on the line. */
    public static List<Value> of(KbValues.Kind kind, KnowledgeBase kb, Lang lang) {
        return switch (kind) {
            case FAQ_ID -> faqIds(kb, lang);
            case FAQ_TAG -> tags(kb, lang);
            case TOPIC -> topics(kb, lang);
            case REGION -> regions(kb, lang);
            case FLOW -> flows(kb, lang);
            case DECLINE_CODE -> declineCodes(kb, lang);
            case SECURITY_CHECK -> securityChecks(kb, lang);
            case ANSWER, FLOW_QUESTIONS, SECURITY_QUESTIONS -> List.of();
        };
    }

    /**
     * Every value of {@code kind} that its options take, whatever the language: ids and codes, the Chinese names of
     * topics, tags and regions, and the English names of regions. For a completion script, which cannot follow the
     * language of the line.
     */
    public static List<String> accepted(KbValues.Kind kind, KnowledgeBase kb) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        of(kind, kb, Lang.ZH).forEach(value -> values.add(value.value()));
        if (kind == KbValues.Kind.REGION) {
            of(kind, kb, Lang.EN).stream().map(Value::description).filter(name -> name != null).forEach(values::add);
        }
        return List.copyOf(values);
    }

    public static List<Value> flows(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (Flow flow : kb.get(FlowsReader.SECTION)) {
            values.add(new Value(flow.id(), flow.title().get(lang)));
        }
        return values;
    }

    /** Every code and alias of the decline-code catalogue ({@code 51}, {@code insufficient_funds}...), with its title. */
    public static List<Value> declineCodes(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (DeclineCode code : kb.get(DeclineCodesReader.SECTION).codes()) {
            for (String alias : code.codes()) {
                values.add(new Value(alias, code.title().get(lang)));
            }
        }
        return values;
    }

    public static List<Value> securityChecks(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (SecurityChecks.SecurityCheck check : kb.get(SecurityChecksReader.SECTION).checks()) {
            values.add(new Value(check.id(), check.name().get(lang)));
        }
        return values;
    }

    public static List<Value> faqIds(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (Faq faq : kb.get(FaqReader.SECTION)) {
            values.add(new Value(faq.id(), faq.title().get(lang)));
        }
        return values;
    }

    /** Every tag's id, described by its name; in Chinese also the Chinese names, which {@code --tag} takes too. */
    public static List<Value> tags(KnowledgeBase kb, Lang lang) {
        TreeSet<String> tags = new TreeSet<>();
        for (Faq faq : kb.get(FaqReader.SECTION)) {
            tags.addAll(faq.tags());
        }
        Map<String, String> names = new HashMap<>();
        for (FaqTag tag : kb.get(TagsReader.SECTION)) {
            names.put(tag.id(), tag.name().get(lang));
        }
        List<Value> values = new ArrayList<>();
        for (String tag : tags) {
            values.add(new Value(tag, names.get(tag)));
        }
        if (lang == Lang.ZH) {
            for (String tag : tags) {
                if (names.containsKey(tag) && !names.get(tag).equals(tag)) {
                    values.add(new Value(names.get(tag), tag));
                }
            }
        }
        return values;
    }

    /** Every topic's id, described by its name; in Chinese also the Chinese names, which {@code --topic} takes too. */
    public static List<Value> topics(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (Topic topic : kb.get(TopicsReader.SECTION)) {
            values.add(new Value(topic.id(), topic.name().get(lang)));
        }
        if (lang == Lang.ZH) {
            for (Topic topic : kb.get(TopicsReader.SECTION)) {
                values.add(new Value(topic.name().zh(), topic.id()));
            }
        }
        return values;
    }

    public static List<Value> regions(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        if (kb.get(HotlineReader.SECTION) == null) {
            return values;
        }
        for (Region region : kb.get(HotlineReader.SECTION).regions()) {
            values.add(new Value(region.code(), region.name().get(lang)));
        }
        if (lang == Lang.ZH) {
            for (Region region : kb.get(HotlineReader.SECTION).regions()) {
                values.add(new Value(region.name().zh(), region.code()));
            }
        }
        return values;
    }
}
