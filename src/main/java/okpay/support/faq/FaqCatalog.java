package okpay.support.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.AgentText;
import okpay.support.kb.Audience;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Text;

/** Lists, shows and searches the FAQ of a knowledge base in one language. */
public final class FaqCatalog {
    private final KnowledgeBase kb;
    private final Lang lang;
    private final Audience audience;
    private final Messages messages;

    /** The FAQ for customers. */
    public FaqCatalog(KnowledgeBase kb, Lang lang) {
        this(kb, lang, Audience.CUSTOMER);
    }

    /** The FAQ for {@code audience}: support staff also see an entry's agent-only text. */
    public FaqCatalog(KnowledgeBase kb, Lang lang, Audience audience) {
        this.kb = kb;
        this.lang = lang;
        this.audience = audience;
        this.messages = Messages.core(lang);
    }

    /** Every entry, or those tagged {@code tag} (null: all). An unknown tag is a not-found error. */
    public List<FaqResult.Item> list(String tag) {
        List<Faq> faqs = kb.get(FaqReader.SECTION);
        if (tag != null) {
            String wanted = tagId(tag);
            List<Faq> tagged = new ArrayList<>();
            for (Faq faq : faqs) {
                if (faq.tags().contains(wanted)) {
                    tagged.add(faq);
                }
            }
            faqs = tagged;
            if (faqs.isEmpty()) {
                List<String> tags = kb.get(FaqReader.SECTION).stream().flatMap(f -> f.tags().stream()).distinct().sorted().toList();
                List<String> named = new ArrayList<>();
                for (String id : tags) {
                    String name = tagName(id);
                    named.add(name == null ? id : messages.get("hint.named", id, name));
                }
                throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-tag", tag),
                        messages.didYouMean(tag, tags)
                                + messages.get("hint.tags", String.join(messages.get("list.separator"), named))).withCode("tag-not-found");
            }
        }
        // a loop, not a stream: the first lambda a cold JVM links costs a listing about 10 ms
        List<FaqResult.Item> items = new ArrayList<>(faqs.size());
        for (Faq faq : faqs) {
            items.add(new FaqResult.Item(faq.id(), faq.title().get(lang), faq.topic(), faq.tags()));
        }
        return List.copyOf(items);
    }

    /** The id of the tag {@code input} names: its id, or its name in either language (case and spaces ignored). */
    private String tagId(String input) {
        String wanted = input.strip().toLowerCase(Locale.ROOT);
        String folded = wanted.replace(" ", "");
        for (FaqTag tag : kb.get(TagsReader.SECTION)) {
            if (tag.name().zh().replace(" ", "").equals(folded) || tag.name().en().replace(" ", "").toLowerCase(Locale.ROOT).equals(folded)) {
                return tag.id();
            }
        }
        return wanted;
    }

    /** The name of tag {@code id} in the catalogue's language, or null when the knowledge base names none. */
    private String tagName(String id) {
        for (FaqTag tag : kb.get(TagsReader.SECTION)) {
            if (tag.id().equals(id)) {
                return tag.name().get(lang);
            }
        }
        return null;
    }

    /** The entry {@code id}, or a not-found error with a "did you mean". */
    public FaqResult.Detail show(String id) {
        Faq faq = find(id);
        // loops, not streams: faq show runs this once in a cold JVM, where the first lambda costs milliseconds
        List<String> steps = new ArrayList<>();
        for (Text step : faq.steps()) {
            steps.add(step.get(lang));
        }
        List<FaqResult.Related> related = new ArrayList<>();
        for (String relatedId : faq.related()) {
            Faq other = find(relatedId);
            related.add(new FaqResult.Related(other.id(), other.title().get(lang)));
        }
        return new FaqResult.Detail(faq.id(), faq.title().get(lang), faq.answer().get(lang), List.copyOf(steps), faq.topic(),
                faq.tags(), List.copyOf(related), AgentText.forAudience(faq.agent(), audience, lang));
    }

    /** The entries matching {@code query}, best first. */
    public List<FaqResult.Hit> search(String query, int limit) {
        List<FaqResult.Hit> hits = new ArrayList<>();
        for (FaqSearch.Match match : kb.derived(FaqSearch.INDEX).search(query, limit)) {
            Faq faq = find(match.id());
            hits.add(new FaqResult.Hit(faq.id(), faq.title().get(lang), match.score(), faq.answer().get(lang)));
        }
        return hits;
    }

    private Faq find(String id) {
        // not orElseThrow(() -> ...): a lambda a cold JVM links costs more than this whole lookup
        Optional<Faq> faq = FaqReader.find(kb, id.toLowerCase(Locale.ROOT).strip());
        if (faq.isEmpty()) {
            List<String> ids = kb.ids(FaqReader.SECTION);
            String hint = messages.didYouMean(id, ids)
                    + messages.get("hint.faq-list");
            throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-faq", id), hint).withCode("faq-not-found");
        }
        return faq.get();
    }
}
