package okpay.support.faq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import okpay.support.i18n.DidYouMean;
import okpay.support.kb.KnowledgeBase;
import okpay.support.i18n.Lang;
import okpay.support.kb.Text;

/**
 * Ranks FAQ entries against the words a user typed, in Chinese, English or both. Every entry is
 * indexed in both languages, so either language finds it. A term counts by where it matched
 * (title and keywords weigh most, body text least) and by how rare it is; word order is ignored
 * and a Latin word within one or two edits of an indexed word still matches, at a discount.
 * Scores run from 0 (nothing matched) to 1 (every term matched in a title or keyword).
 */
public final class FaqSearch {
    /** One search result: the entry's id, and a {@code score} between 0 and 1, rounded to two decimals. */
    public record Match(String id, double score) {}

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
        public void write(FaqSearch index, DataOutputStream out) throws IOException {
            out.writeInt(index.ids.size());
            for (int i = 0; i < index.ids.size(); i++) {
                out.writeUTF(index.ids.get(i));
                out.writeInt(index.weights.get(i).size());
                for (Map.Entry<String, Double> term : index.weights.get(i).entrySet()) {
                    out.writeUTF(term.getKey());
                    out.writeDouble(term.getValue());
                }
                out.writeInt(index.phrases.get(i).size());
                for (String phrase : index.phrases.get(i)) {
                    out.writeUTF(phrase);
                }
            }
        }

        @Override
        public FaqSearch read(DataInputStream in) throws IOException {
            int count = in.readInt();
            List<String> ids = new ArrayList<>(count);
            List<Map<String, Double>> weights = new ArrayList<>(count);
            List<Set<String>> phrases = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(in.readUTF());
                int terms = in.readInt();
                Map<String, Double> termWeights = new HashMap<>(terms * 2);
                for (int t = 0; t < terms; t++) {
                    termWeights.put(in.readUTF(), in.readDouble());
                }
                weights.add(termWeights);
                int phraseCount = in.readInt();
                Set<String> docPhrases = new LinkedHashSet<>();
                for (int p = 0; p < phraseCount; p++) {
                    docPhrases.add(in.readUTF());
                }
                phrases.add(docPhrases);
            }
            return new FaqSearch(ids, weights, phrases);
        }
    };

    static final double TITLE = 3.0;
    static final double KEYWORD = 3.0;
    static final double SYNONYM = 2.5;
    static final double TAG = 1.5;
    static final double ANSWER = 1.0;
    static final double STEP = 0.7;
    private static final double TYPO_DISCOUNT = 0.75;
    private static final double PHRASE_BONUS = 0.25;
    private static final double MIN_SCORE = 0.12;

    private final List<String> ids = new ArrayList<>();
    private final List<Map<String, Double>> weights = new ArrayList<>();
    private final List<Set<String>> phrases = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    /** The index of {@code faqs}. */
    public FaqSearch(List<Faq> faqs) {
        for (Faq faq : faqs) {
            ids.add(faq.id());
            Map<String, Double> terms = new HashMap<>();
            Set<String> faqPhrases = new LinkedHashSet<>();
            for (Lang lang : Lang.values()) {
                add(terms, faq.title().get(lang), TITLE);
                add(terms, faq.answer().get(lang), ANSWER);
                for (Text step : faq.steps()) {
                    add(terms, step.get(lang), STEP);
                }
                for (String keyword : faq.keywords().get(lang)) {
                    add(terms, keyword, KEYWORD);
                    faqPhrases.add(normalize(keyword));
                }
                for (String synonym : faq.synonyms().get(lang)) {
                    add(terms, synonym, SYNONYM);
                    faqPhrases.add(normalize(synonym));
                }
            }
            for (String tag : faq.tags()) {
                add(terms, tag.replace('-', ' '), TAG);
            }
            weights.add(terms);
            phrases.add(faqPhrases);
        }
        countDocuments();
    }

    private FaqSearch(List<String> ids, List<Map<String, Double>> weights, List<Set<String>> phrases) {
        this.ids.addAll(ids);
        this.weights.addAll(weights);
        this.phrases.addAll(phrases);
        countDocuments();
    }

    private void countDocuments() {
        for (Map<String, Double> terms : weights) {
            for (String term : terms.keySet()) {
                Integer seen = documentFrequency.get(term);
                documentFrequency.put(term, seen == null ? 1 : seen + 1);
            }
        }
    }

    /** The entries matching {@code query}, best first, at most {@code limit}. */
    public List<Match> search(String query, int limit) {
        List<String> queryTerms = new ArrayList<>(new LinkedHashSet<>(Tokenizer.terms(query)));
        if (queryTerms.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        double possible = 0;
        for (String term : queryTerms) {
            possible += idf(documentFrequency.getOrDefault(term, 1)) * TITLE;
        }
        String normalizedQuery = normalize(query);
        List<Match> hits = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            double raw = 0;
            for (String term : queryTerms) {
                raw += match(term, weights.get(i));
            }
            double score = raw / possible;
            if (score > 0 && hasPhrase(normalizedQuery, phrases.get(i))) {
                score += PHRASE_BONUS;
            }
            score = Math.min(1.0, score);
            if (score >= MIN_SCORE) {
                hits.add(new Match(ids.get(i), Math.round(score * 100) / 100.0));
            }
        }
        hits.sort(Comparator.comparingDouble(Match::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }

    /** The best contribution of one query term to one entry: exact, else the closest typo-tolerant match. */
    private double match(String term, Map<String, Double> terms) {
        Double exact = terms.get(term);
        if (exact != null) {
            return exact * idf(documentFrequency.get(term));
        }
        if (Tokenizer.isHanTerm(term) || term.length() < 5) {
            return 0; // a one-letter change to a short word makes another word too often ("hack", "back")
        }
        int allowed = term.length() >= 8 ? 2 : 1;
        double best = 0;
        for (Map.Entry<String, Double> entry : terms.entrySet()) {
            String candidate = entry.getKey();
            if (Tokenizer.isHanTerm(candidate) || Math.abs(candidate.length() - term.length()) > allowed) {
                continue;
            }
            if (DidYouMean.distance(term, candidate) <= allowed) {
                best = Math.max(best, entry.getValue() * idf(documentFrequency.get(candidate)) * TYPO_DISCOUNT);
            }
        }
        return best;
    }

    private double idf(int frequency) {
        return Math.log(1.0 + (double) ids.size() / frequency);
    }

    private static boolean hasPhrase(String query, Set<String> phrases) {
        for (String phrase : phrases) {
            if (phrase.length() >= 2 && (query.contains(phrase) || (query.length() >= 3 && phrase.equals(query)))) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Double> terms, String text, double weight) {
        // Plain loops rather than merge(..., Math::max): this runs on every search at start-up, before the JIT.
        for (String term : Tokenizer.terms(text)) {
            Double known = terms.get(term);
            if (known == null || known < weight) {
                terms.put(term, weight);
            }
        }
    }

    private static String normalize(String text) {
        return Tokenizer.fold(text).replaceAll("[\\s\\p{Punct}，。？！、]+", " ").strip();
    }
}
