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
                Set<String> entryPhrases = index.phrases(i);
                out.writeInt(entryPhrases.size());
                for (String phrase : entryPhrases) {
                    out.writeUTF(phrase);
                }
            }
            index.terms.write(out);
        }

        @Override
        public FaqSearch read(DataInputStream in) throws IOException {
            int count = in.readInt();
            List<String> ids = new ArrayList<>(count);
            List<Set<String>> phrases = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ids.add(in.readUTF());
                int phraseCount = in.readInt();
                Set<String> docPhrases = new LinkedHashSet<>();
                for (int p = 0; p < phraseCount; p++) {
                    docPhrases.add(in.readUTF());
                }
                phrases.add(docPhrases);
            }
            return new FaqSearch(ids, TermIndex.read(in), phrases);
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
    /** Entries tokenised per step while the index is built; from PARALLEL_FROM entries on, on two threads. */
    private static final int CHUNK = 512;
    private static final int PARALLEL_FROM = 2000;

    private final List<String> ids = new ArrayList<>();
    private final TermIndex terms;
    private final List<Set<String>> phrases = new ArrayList<>();

    /** The index of {@code faqs}. */
    public FaqSearch(List<Faq> faqs) {
        TermIndex.Builder index = new TermIndex.Builder();
        for (int from = 0; from < faqs.size(); from += CHUNK) {
            List<Faq> chunk = faqs.subList(from, Math.min(faqs.size(), from + CHUNK));
            // Thousands of entries (an operator's help centre): the second half of each chunk is tokenised on the other
            // core meanwhile. Chunks keep only a few hundred entries' terms in memory before they go into the index.
            int half = chunk.size() / 2;
            java.util.concurrent.CompletableFuture<List<Indexed>> second = faqs.size() < PARALLEL_FROM ? null
                    : java.util.concurrent.CompletableFuture.supplyAsync(() -> indexed(chunk.subList(half, chunk.size())));
            List<Indexed> done = new ArrayList<>(indexed(second == null ? chunk : chunk.subList(0, half)));
            if (second != null) {
                done.addAll(second.join());
            }
            for (Indexed entry : done) {
                ids.add(entry.id());
                index.add(entry.terms());
                phrases.add(entry.phrases());
            }
        }
        this.terms = index.build();
    }

    /** One entry's terms with their weights, and its phrases. */
    private record Indexed(String id, Map<String, Double> terms, Set<String> phrases) {}

    private static List<Indexed> indexed(List<Faq> faqs) {
        List<Indexed> out = new ArrayList<>(faqs.size());
        for (Faq faq : faqs) {
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
            out.add(new Indexed(faq.id(), terms, faqPhrases));
        }
        return out;
    }

    private FaqSearch(List<String> ids, TermIndex terms, List<Set<String>> phrases) {
        this.ids.addAll(ids);
        this.terms = terms;
        this.phrases.addAll(phrases);
    }

    private Set<String> phrases(int entry) {
        return phrases.get(entry);
    }

    /** The entries matching {@code query}, best first, at most {@code limit}. */
    public List<Match> search(String query, int limit) {
        List<String> queryTerms = new ArrayList<>(new LinkedHashSet<>(Tokenizer.terms(query)));
        if (queryTerms.isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        double possible = 0;
        for (String term : queryTerms) {
            int frequency = terms.documentFrequency(term);
            possible += idf(frequency == 0 ? 1 : frequency) * TITLE;
        }
        String normalizedQuery = normalize(query);
        double[] raw = new double[ids.size()];
        for (String term : queryTerms) {
            double[] contribution = match(term);
            for (int i = 0; i < raw.length; i++) {
                raw[i] += contribution[i];
            }
        }
        List<Match> hits = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            double score = raw[i] / possible;
            if (score > 0 && hasPhrase(normalizedQuery, phrases(i))) {
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

    /**
     * The contribution of one query term to each entry: its weight where the entry has the term itself, else the best
     * typo-tolerant match among the entry's terms (found through the vocabulary, so each candidate is compared once).
     */
    private double[] match(String term) {
        double[] best = new double[ids.size()];
        if (!Tokenizer.isHanTerm(term) && term.length() >= 5) { // a one-letter change to a short word makes another word too often
            int allowed = term.length() >= 8 ? 2 : 1;
            for (String candidate : terms.vocabulary()) {
                if (Tokenizer.isHanTerm(candidate) || Math.abs(candidate.length() - term.length()) > allowed
                        || candidate.equals(term) || DidYouMean.distance(term, candidate) > allowed) {
                    continue;
                }
                double idf = idf(terms.documentFrequency(candidate));
                terms.forEach(candidate, (entry, weight) -> best[entry] = Math.max(best[entry], weight * idf * TYPO_DISCOUNT));
            }
        }
        double idf = idf(Math.max(1, terms.documentFrequency(term)));
        terms.forEach(term, (entry, weight) -> best[entry] = weight * idf); // the term itself wins over any typo
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
