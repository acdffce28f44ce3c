package okpay.support.faq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Text;

/** Lists, shows and searches the FAQ of a knowledge base in one language. */
public final class FaqCatalog {
    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages messages;

    public FaqCatalog(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.messages = Messages.core(lang);
    }

    /** Every entry, or those tagged {@code tag} (null: all). An unknown tag is a not-found error. */
    public List<FaqResult.Item> list(String tag) {
        List<Faq> faqs = kb.get(FaqReader.SECTION);
        if (tag != null) {
            String wanted = tag.toLowerCase(Locale.ROOT);
            faqs = faqs.stream().filter(f -> f.tags().contains(wanted)).toList();
            if (faqs.isEmpty()) {
                List<String> tags = kb.get(FaqReader.SECTION).stream().flatMap(f -> f.tags().stream()).distinct().sorted().toList();
                throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-tag", tag),
                        messages.didYouMean(tag, tags)
                                + messages.get("hint.tags", String.join(", ", tags)));
            }
        }
        return faqs.stream().map(f -> new FaqResult.Item(f.id(), f.title().get(lang), f.topic(), f.tags())).toList();
    }

    /** The entry {@code id}, or a not-found error with a "did you mean". */
    public FaqResult.Detail show(String id) {
        Faq faq = find(id);
        return new FaqResult.Detail(faq.id(), faq.title().get(lang), faq.answer().get(lang),
                faq.steps().stream().map(s -> s.get(lang)).toList(), faq.topic(), faq.tags(),
                faq.related().stream().map(this::find).map(r -> new FaqResult.Related(r.id(), r.title().get(lang))).toList());
    }

    /** What a search hit shows of an entry. */
    public record FaqSummary(Text title, Text answer) {}

    /**
     * The title and answer of every entry, by id. The build stores them with the embedded knowledge base, beside the
     * search index, so a search reads its hits' words instead of reading every entry.
     */
    public static final KnowledgeBase.Derivation<Map<String, FaqSummary>> SUMMARIES = new KnowledgeBase.Derivation<>() {
        @Override
        public String key() {
            return "faq.summaries";
        }

        @Override
        public Map<String, FaqSummary> derive(KnowledgeBase kb) {
            Map<String, FaqSummary> summaries = new LinkedHashMap<>();
            for (Faq faq : kb.get(FaqReader.SECTION)) {
                summaries.put(faq.id(), new FaqSummary(faq.title(), faq.answer()));
            }
            return Collections.unmodifiableMap(summaries);
        }

        @Override
        public void write(Map<String, FaqSummary> summaries, DataOutputStream out) throws IOException {
            out.writeInt(summaries.size());
            for (Map.Entry<String, FaqSummary> entry : summaries.entrySet()) {
                out.writeUTF(entry.getKey());
                for (Text text : List.of(entry.getValue().title(), entry.getValue().answer())) {
                    out.writeUTF(text.zh());
                    out.writeUTF(text.en());
                }
            }
        }

        @Override
        public Map<String, FaqSummary> read(DataInputStream in) throws IOException {
            Map<String, FaqSummary> summaries = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                summaries.put(in.readUTF(), new FaqSummary(new Text(in.readUTF(), in.readUTF()), new Text(in.readUTF(), in.readUTF())));
            }
            return Collections.unmodifiableMap(summaries);
        }
    };

    /** The entries matching {@code query}, best first. */
    public List<FaqResult.Hit> search(String query, int limit) {
        List<FaqResult.Hit> hits = new ArrayList<>();
        Map<String, FaqSummary> summaries = kb.derived(SUMMARIES);
        for (FaqSearch.Match match : kb.derived(FaqSearch.INDEX).search(query, limit)) {
            FaqSummary faq = summaries.get(match.id());
            hits.add(new FaqResult.Hit(match.id(), faq.title().get(lang), match.score(), faq.answer().get(lang)));
        }
        return hits;
    }

    private Faq find(String id) {
        return FaqReader.find(kb, id.toLowerCase(Locale.ROOT).strip()).orElseThrow(() -> {
            List<String> ids = kb.get(FaqReader.SECTION).stream().map(Faq::id).toList();
            String hint = messages.didYouMean(id, ids)
                    + messages.get("hint.faq-list");
            return new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-faq", id), hint);
        });
    }
}
