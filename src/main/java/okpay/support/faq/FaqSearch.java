package okpay.support.faq;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.i18n.DidYouMean;
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
    /** One search result; {@code score} is between 0 and 1, rounded to two decimals. */
    public record Match(Faq faq, double score) {}

    static final double TITLE = 3.0;
    static final double KEYWORD = 3.0;
    static final double SYNONYM = 2.5;
    static final double TAG = 1.5;
    static final double ANSWER = 1.0;
    static final double STEP = 0.7;
    private static final double TYPO_DISCOUNT = 0.75;
    private static final double PHRASE_BONUS = 0.25;
    private static final double MIN_SCORE = 0.12;

    private final List<Faq> faqs;
    private final List<Map<String, Double>> weights = new ArrayList<>();
    private final List<Set<String>> phrases = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    public FaqSearch(List<Faq> faqs) {
        this.faqs = List.copyOf(faqs);
        for (Faq faq : this.faqs) {
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
            for (String term : terms.keySet()) {
                Integer seen = documentFrequency.get(term);
                documentFrequency.put(term, seen == null ? 1 : seen + 1);
            }
        }
    }

    /** The entries matching {@code query}, best first, at most {@code limit}. */
    public List<Match> search(String query, int limit) {
        List<String> queryTerms = new ArrayList<>(new LinkedHashSet<>(Tokenizer.terms(query)));
        if (queryTerms.isEmpty() || faqs.isEmpty()) {
            return List.of();
        }
        double possible = 0;
        for (String term : queryTerms) {
            possible += idf(documentFrequency.getOrDefault(term, 1)) * TITLE;
        }
        String normalizedQuery = normalize(query);
        List<Match> hits = new ArrayList<>();
        for (int i = 0; i < faqs.size(); i++) {
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
                hits.add(new Match(faqs.get(i), Math.round(score * 100) / 100.0));
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
        return Math.log(1.0 + (double) faqs.size() / frequency);
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
