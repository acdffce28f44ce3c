package okpay.support.faq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Shared;
import okpay.support.kb.Terms;
import okpay.support.kb.Text;

/**
 * Ranks FAQ entries against the words a user typed, in Chinese, English or both: a {@link SearchIndex} of every entry's
 * title, example questions, keywords, synonyms, tags, answer and steps, in both languages, so either language finds
 * it. Scores run from 0 (nothing matched) to 1.
 */
@Shared
public final class FaqSearch {
    /** One search result: the entry's id, a {@code score} between 0 and 1 (two decimals), the query's words that matched. */
    public record Match(String id, double score, List<String> matched) {
        public Match {
            matched = List.copyOf(matched);
        }
    }

    /** The index of a knowledge base's FAQ, built once per knowledge base (at build time for the embedded one). */
    public static final KnowledgeBase.Derivation<FaqSearch> INDEX = new KnowledgeBase.Derivation<>() {
        @Override
        public String key() {
            return "faq.index";
        }

        @Override
        public FaqSearch derive(KnowledgeBase kb) {
            return new FaqSearch(kb.get(FaqReader.SECTION));
        }

        @Override
        public void write(FaqSearch search, DataOutputStream out) throws IOException {
            search.index.write(out);
        }

        @Override
        public FaqSearch read(DataInputStream in) throws IOException {
            byte[] bytes = in.readAllBytes();
            return read(bytes, 0, bytes.length);
        }

        @Override
        public FaqSearch read(byte[] data, int offset, int length) throws IOException {
            return new FaqSearch(SearchIndex.of(data, offset, length));
        }
    };

    private final SearchIndex index;

    /** The index of {@code faqs}. */
    public FaqSearch(List<Faq> faqs) {
        SearchIndexBuilder builder = new SearchIndexBuilder(phrases(faqs));
        List<SearchIndexBuilder.Document> documents = new ArrayList<>(faqs.size());
        for (Faq faq : faqs) {
            Map<SearchIndex.IndexedField, List<String>> fields = new EnumMap<>(SearchIndex.IndexedField.class);
            List<String> steps = new ArrayList<>();
            for (Text step : faq.steps()) {
                steps.add(step.zh());
                steps.add(step.en());
            }
            fields.put(SearchIndex.IndexedField.TITLE, List.of(faq.title().zh(), faq.title().en()));
            fields.put(SearchIndex.IndexedField.KEYWORDS, both(faq.keywords()));
            fields.put(SearchIndex.IndexedField.SYNONYMS, both(faq.synonyms()));
            fields.put(SearchIndex.IndexedField.TAGS, faq.tags().stream().map(tag -> tag.replace('-', ' ')).toList());
            fields.put(SearchIndex.IndexedField.BODY, List.of(faq.answer().zh(), faq.answer().en()));
            fields.put(SearchIndex.IndexedField.STEPS, steps);
            documents.add(new SearchIndexBuilder.Document(faq.id(), fields, both(faq.examples())));
        }
        this.index = builder.addAll(documents).build();
    }

    private FaqSearch(SearchIndex index) {
        this.index = index;
    }

    /** The keywords and synonyms of every entry, in both languages: the phrases search matches whole. */
    public static List<String> phrases(List<Faq> faqs) {
        List<String> phrases = new ArrayList<>();
        for (Faq faq : faqs) {
            phrases.addAll(both(faq.keywords()));
            phrases.addAll(both(faq.synonyms()));
        }
        return phrases;
    }

    /** The entries that fit {@code query}, best first, at most {@code limit} (see {@link SearchIndex#search}). */
    public List<Match> search(String query, int limit) {
        return matches(index.search(query, limit));
    }

    /** Every entry sharing a term with {@code query}, best first, at most {@code limit}, however weak the match. */
    public List<Match> ranked(String query, int limit) {
        return matches(index.ranked(query, limit));
    }

    private static List<Match> matches(List<SearchIndex.Ranked> hits) {
        List<Match> matches = new ArrayList<>();
        for (SearchIndex.Ranked hit : hits) {
            matches.add(new Match(hit.id(), hit.score(), hit.matched()));
        }
        return matches;
    }

    private static List<String> both(Terms terms) {
        List<String> all = new ArrayList<>(terms.get(Lang.ZH));
        all.addAll(terms.get(Lang.EN));
        return all;
    }
}
