package okpay.support.faq;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okpay.support.i18n.DidYouMean;

/**
 * One query scored against a {@link SearchIndex}. Each query term weighs by its kind (a single Chinese character or a
 * corrected typo counts less than a word) and by its rarity; a document's score mixes two pieces of evidence:
 * <ul>
 *   <li>BM25F over its fields, divided by what the query could score at most, so that it runs from 0 to 1 and a query
 *       whose words the knowledge base has never seen scores low everywhere;</li>
 *   <li>the closest of its example questions to the whole query (a weighted Dice overlap of their terms), so that a
 *       query phrased like a question customers ask finds it even without the entry's keywords.</li>
 * </ul>
 */
final class QueryScorer {
    /** BM25's saturation: how fast repeats of a term stop adding to a document's score. */
    static final double K1 = 1.2;
    static final double CHARACTER = 0.3;
    static final double TYPO = 0.7;
    static final double QUANTITY = 0.5;
    static final double PHRASE = 0.8;
    /** How much the closest example question counts against the fields. */
    static final double EXAMPLE_SHARE = 0.45;

    /**
     * A distinct term of the query: its id in the index (-1 when unknown), its weight (less than {@code full}, the weight
     * of its kind, when it is a corrected typo), its rarity and the tokens it came from.
     */
    private record QueryTerm(int id, double weight, double full, double idf, Tokenizer.TermKind kind, List<Tokenizer.Token> tokens) {}

    /** Comparators as classes rather than lambdas: a lambda's first use costs a cold JVM a few milliseconds. */
    private static final Comparator<int[]> BY_START = new Comparator<>() {
        @Override
        public int compare(int[] a, int[] b) {
            return Integer.compare(a[0], b[0]);
        }
    };

    private final SearchIndex index;
    private final String query;
    private final List<QueryTerm> terms = new ArrayList<>();
    private final double possible;

    QueryScorer(SearchIndex index, String query) {
        this.index = index;
        this.query = query;
        Map<String, List<Tokenizer.Token>> byTerm = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> fullWeights = new LinkedHashMap<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Tokenizer.Token token : index.phrases.withPhrases(query, Tokenizer.tokens(query))) {
            String term = token.term();
            int id = index.termId(term);
            double weight = weight(token.kind());
            if (id < 0 && (token.kind() == Tokenizer.TermKind.WORD || token.kind() == Tokenizer.TermKind.BIGRAM)) {
                id = token.kind() == Tokenizer.TermKind.WORD ? corrected(surface(query, token)) : soundsLike(term);
                if (id >= 0) {
                    term = index.term(id);
                    weight *= TYPO;
                }
            }
            // Plain map calls rather than computeIfAbsent/merge: this runs on every search at start-up, before the JIT.
            List<Tokenizer.Token> tokens = byTerm.get(term);
            if (tokens == null) {
                tokens = new ArrayList<>();
                byTerm.put(term, tokens);
                weights.put(term, weight);
                fullWeights.put(term, weight(token.kind()));
            }
            tokens.add(token);
            weights.put(term, Math.max(weights.get(term), weight));
            fullWeights.put(term, Math.max(fullWeights.get(term), weight(token.kind())));
            ids.put(term, id);
        }
        double sum = 0;
        for (Map.Entry<String, List<Tokenizer.Token>> entry : byTerm.entrySet()) {
            int id = ids.get(entry.getKey());
            double idf = id < 0 ? index.idf(0) : index.idfOf(id);
            QueryTerm term = new QueryTerm(id, weights.get(entry.getKey()), fullWeights.get(entry.getKey()), idf,
                    entry.getValue().get(0).kind(), entry.getValue());
            terms.add(term);
            sum += term.full() * term.idf();
        }
        this.possible = sum;
    }

    /**
     * The documents scoring at least {@code minScore} (and above 0), best first, at most {@code limit}. Only documents
     * holding a query term can score, so only the postings of the query's terms are read: each document's sums are
     * made term by term in the query's order, as a scan of every document would make them, so the scores are the same.
     */
    List<SearchIndex.Ranked> hits(int limit, double minScore) {
        int docs = index.size();
        if (terms.isEmpty() || docs == 0) {
            return List.of();
        }
        double[] fields = new double[docs];
        boolean[][] matched = new boolean[docs][];
        int[] candidates = new int[16];
        int count = 0;
        int[][] examples = new int[terms.size()][];
        for (int i = 0; i < terms.size(); i++) {
            QueryTerm term = terms.get(i);
            if (term.id() < 0) {
                continue;
            }
            SearchIndex.Postings postings = index.postings(term.id());
            while (postings.next()) {
                int doc = postings.doc;
                double tf = postings.tf;
                if (matched[doc] == null) {
                    matched[doc] = new boolean[terms.size()];
                    candidates = count == candidates.length ? Arrays.copyOf(candidates, count * 2) : candidates;
                    candidates[count++] = doc;
                }
                fields[doc] += term.weight() * term.idf() * tf / (K1 + tf);
                matched[doc][i] = true;
            }
            examples[i] = index.examples(term.id());
        }
        Arrays.sort(candidates, 0, count);
        double[] shared = exampleOverlap(examples);
        double[] scores = new double[count];
        int[] best = new int[count];
        int passing = 0;
        for (int c = 0; c < count; c++) {
            int doc = candidates[c];
            best[c] = closestExample(doc, fields, shared, scores, c);
            if (scores[c] > 0 && scores[c] >= minScore) {
                candidates[passing] = doc;
                scores[passing] = scores[c];
                best[passing++] = best[c];
            }
        }
        // Best first; equal scores keep document order, as a stable sort of every document did.
        Integer[] order = new Integer[passing];
        for (int c = 0; c < passing; c++) {
            order[c] = c;
        }
        Arrays.sort(order, new Comparator<Integer>() {
            @Override
            public int compare(Integer a, Integer b) {
                int byScore = Double.compare(scores[b], scores[a]);
                return byScore != 0 ? byScore : Integer.compare(a, b);
            }
        });
        List<SearchIndex.Ranked> hits = new ArrayList<>();
        for (int k = 0; k < Math.min(limit, passing); k++) {
            int c = order[k];
            hits.add(ranked(candidates[c], scores[c], matched[candidates[c]], best[c], examples));
        }
        return List.copyOf(hits);
    }

    /** Per example question (by number), the weighed overlap of its terms with the query's, summed in the query's order. */
    private double[] exampleOverlap(int[][] examples) {
        double[] shared = new double[index.exampleStart(index.size())];
        for (int i = 0; i < terms.size(); i++) {
            if (examples[i] != null) {
                QueryTerm term = terms.get(i);
                for (int example : examples[i]) {
                    shared[example] += term.weight() * term.idf();
                }
            }
        }
        return shared;
    }

    /**
     * Scores document {@code doc} into {@code scores[c]} from its fields' sum and its closest example question, and
     * returns that example's number (-1 for none).
     */
    private int closestExample(int doc, double[] fields, double[] shared, double[] scores, int c) {
        double fieldScore = fields[doc] / possible;
        int first = index.exampleStart(doc);
        int end = index.exampleStart(doc + 1);
        int best = -1;
        double closest = 0;
        for (int e = first; e < end; e++) {
            if (shared[e] == 0) {
                continue;
            }
            double dice = 2 * shared[e] / (possible + index.exampleMass(e));
            if (dice > closest) {
                closest = dice;
                best = e;
            }
        }
        // A document without example questions is judged on its fields alone, rather than scoring 0 for the examples.
        double whole = end == first ? fieldScore : closest;
        double score = Math.min(1.0, (1 - EXAMPLE_SHARE) * fieldScore + EXAMPLE_SHARE * whole);
        scores[c] = Math.round(score * 100) / 100.0;
        return best;
    }

    private SearchIndex.Ranked ranked(int doc, double score, boolean[] fieldMatches, int best, int[][] examples) {
        boolean[] matched = fieldMatches.clone();
        if (best >= 0) {
            for (int i = 0; i < terms.size(); i++) {
                matched[i] |= examples[i] != null && Arrays.binarySearch(examples[i], best) >= 0;
            }
        }
        double evidence = 0;
        double rare = index.idf(1);
        for (int i = 0; i < terms.size(); i++) {
            QueryTerm term = terms.get(i);
            // In rare words: a word of one document only counts 1, a common word at least a half (in a small knowledge
            // base every word is common), a common character next to nothing.
            double rarity = term.kind() == Tokenizer.TermKind.CHARACTER ? term.idf() / rare : Math.max(0.5, term.idf() / rare);
            evidence += matched[i] ? term.weight() * rarity : 0;
        }
        return new SearchIndex.Ranked(index.id(doc), score, matchedWords(matched), evidence);
    }

    /**
     * The parts of the query whose terms matched, as written, in order, overlapping and touching parts joined; a single
     * Chinese character that matched on its own is left out, as too weak to show.
     */
    private List<String> matchedWords(boolean[] matched) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (matched[i]) {
                for (Tokenizer.Token token : terms.get(i).tokens()) {
                    spans.add(new int[] {token.start(), token.end(), token.kind() == Tokenizer.TermKind.CHARACTER ? 0 : 1});
                }
            }
        }
        spans.sort(BY_START);
        List<String> words = new ArrayList<>();
        int[] current = null;
        for (int[] span : spans) {
            if (current != null && span[0] <= current[1]) {
                current[1] = Math.max(current[1], span[1]);
                current[2] |= span[2];
                continue;
            }
            addSpan(current, words);
            current = span.clone();
        }
        addSpan(current, words);
        List<String> distinct = new ArrayList<>();
        for (String word : words) {
            if (!distinct.contains(word)) {
                distinct.add(word);
            }
        }
        return distinct;
    }

    private void addSpan(int[] span, List<String> words) {
        if (span != null && span[2] == 1) {
            words.add(query.substring(span[0], span[1]).strip());
        }
    }

    /** The id of an indexed Chinese pair that sounds like {@code pair} (密马, 密码), if there is one; else -1. */
    private int soundsLike(String pair) {
        String key = Pinyin.key(pair);
        return key == null ? -1 : index.sound(key);
    }

    /** The id of the stem of the indexed word closest to {@code word}, if it is one or two edits away; else -1. */
    private int corrected(String word) {
        if (word.length() < 4) {
            return -1; // a one-letter change to a short word makes another word too often ("hack", "back")
        }
        int allowed = word.length() >= 8 ? 2 : 1;
        int best = -1;
        int bestDistance = allowed + 1;
        // Only the words of a length within reach (and of four letters or more) can be close enough.
        int last = index.surfaceFrom(word.length() + allowed + 1);
        for (int i = index.surfaceFrom(Math.max(4, word.length() - allowed)); i < last; i++) {
            int stem = index.surfaceStem(i);
            int distance = DidYouMean.distance(word, index.surfaceWord(i));
            if (distance < bestDistance || (distance == bestDistance && best >= 0 && stem < best)) {
                best = stem;
                bestDistance = distance;
            }
        }
        // Four letters allow a swap of two neighbours only ("form" for "from" is a word; "waht" is not).
        return best >= 0 && (word.length() >= 5 || bestDistance == 1 && sameLetters(word, index.term(best))) ? best : -1;
    }

    private static boolean sameLetters(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /** The word a token was written as: folded, without apostrophes. */
    static String surface(String text, Tokenizer.Token token) {
        return Tokenizer.fold(text.substring(token.start(), token.end())).replace("'", "").replace("\u2019", "");
    }

    static double weight(Tokenizer.TermKind kind) {
        return switch (kind) {
            case WORD, BIGRAM -> 1.0;
            case CHARACTER -> CHARACTER;
            case QUANTITY -> QUANTITY;
            case PHRASE -> PHRASE;
        };
    }

    private static boolean isNumber(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** The kind of an indexed term, from its spelling. */
    static Tokenizer.TermKind kindOf(String term) {
        if (term.startsWith(Phrases.PREFIX)) {
            return Tokenizer.TermKind.PHRASE;
        }
        if (term.startsWith("#") || isNumber(term)) {
            return Tokenizer.TermKind.QUANTITY;
        }
        if (Tokenizer.isHanTerm(term)) {
            return term.codePointCount(0, term.length()) == 1 ? Tokenizer.TermKind.CHARACTER : Tokenizer.TermKind.BIGRAM;
        }
        return Tokenizer.TermKind.WORD;
    }
}
