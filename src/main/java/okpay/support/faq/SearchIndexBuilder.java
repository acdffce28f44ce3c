package okpay.support.faq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okpay.support.kb.Shared;

/** Builds a {@link SearchIndex} from documents given field by field, both languages at once. */
@Shared
public final class SearchIndexBuilder {
    private final Phrases phrases;
    private final Map<String, Integer> termIds = new LinkedHashMap<>();
    private final Map<String, Integer> surface = new LinkedHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Map<SearchIndex.IndexedField, Map<Integer, Integer>>> counts = new ArrayList<>();
    private final List<Map<SearchIndex.IndexedField, Integer>> lengths = new ArrayList<>();
    private final List<List<int[]>> examples = new ArrayList<>();

    /** A builder that also indexes {@code phrases} (keywords, synonyms) wherever they occur whole. */
    public SearchIndexBuilder(Collection<String> phrases) {
        this.phrases = Phrases.of(phrases);
    }

    /** Adds a document: its id, the texts of each field (both languages), its example questions. */
    public SearchIndexBuilder add(String id, Map<SearchIndex.IndexedField, List<String>> fields, List<String> exampleQuestions) {
        ids.add(id);
        Map<SearchIndex.IndexedField, Map<Integer, Integer>> docCounts = new LinkedHashMap<>();
        Map<SearchIndex.IndexedField, Integer> docLengths = new LinkedHashMap<>();
        for (Map.Entry<SearchIndex.IndexedField, List<String>> field : fields.entrySet()) {
            for (String text : field.getValue()) {
                count(field.getKey(), text, docCounts, docLengths);
            }
        }
        List<int[]> docExamples = new ArrayList<>();
        for (String example : exampleQuestions) {
            count(SearchIndex.IndexedField.EXAMPLES, example, docCounts, docLengths);
            docExamples.add(termSet(example));
        }
        counts.add(docCounts);
        lengths.add(docLengths);
        examples.add(docExamples);
        return this;
    }

    private void count(SearchIndex.IndexedField field, String text, Map<SearchIndex.IndexedField, Map<Integer, Integer>> docCounts, Map<SearchIndex.IndexedField, Integer> docLengths) {
        Map<Integer, Integer> fieldCounts = docCounts.computeIfAbsent(field, f -> new LinkedHashMap<>());
        List<Tokenizer.Token> tokens = phrases.withPhrases(text, Tokenizer.tokens(text));
        for (Tokenizer.Token token : tokens) {
            fieldCounts.merge(id(token.term()), 1, Integer::sum);
            if (token.kind() == Tokenizer.TermKind.WORD) {
                surface.putIfAbsent(QueryScorer.surface(text, token), id(token.term()));
            }
        }
        docLengths.merge(field, tokens.size(), Integer::sum);
    }

    private int[] termSet(String text) {
        return phrases.withPhrases(text, Tokenizer.tokens(text)).stream().mapToInt(t -> id(t.term())).distinct().sorted().toArray();
    }

    private int id(String term) {
        return termIds.computeIfAbsent(term, t -> termIds.size());
    }

    /** The index of the documents added. */
    public SearchIndex build() {
        Map<SearchIndex.IndexedField, Double> average = new LinkedHashMap<>();
        for (SearchIndex.IndexedField field : SearchIndex.IndexedField.values()) {
            double total = 0;
            for (Map<SearchIndex.IndexedField, Integer> doc : lengths) {
                total += doc.getOrDefault(field, 0);
            }
            average.put(field, Math.max(1.0, total / Math.max(1, lengths.size())));
        }
        int n = ids.size();
        int[][] docTerms = new int[n][];
        float[][] docWeights = new float[n][];
        for (int d = 0; d < n; d++) {
            Map<Integer, Double> pseudo = new HashMap<>();
            for (Map.Entry<SearchIndex.IndexedField, Map<Integer, Integer>> field : counts.get(d).entrySet()) {
                SearchIndex.IndexedField f = field.getKey();
                double norm = 1 - f.b + f.b * lengths.get(d).getOrDefault(f, 0) / average.get(f);
                for (Map.Entry<Integer, Integer> term : field.getValue().entrySet()) {
                    pseudo.merge(term.getKey(), f.weight * term.getValue() / norm, Double::sum);
                }
            }
            int[] sorted = pseudo.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            docTerms[d] = sorted;
            docWeights[d] = new float[sorted.length];
            for (int t = 0; t < sorted.length; t++) {
                docWeights[d][t] = (float) pseudo.get(sorted[t]).doubleValue();
            }
        }
        int[][][] exampleSets = new int[n][][];
        for (int d = 0; d < n; d++) {
            exampleSets[d] = examples.get(d).toArray(new int[0][]);
        }
        return new SearchIndex(termIds.keySet().toArray(new String[0]), ids.toArray(new String[0]), docTerms, docWeights,
                exampleSets, phrases, surface, sounds(docTerms));
    }

    /** The pinyin of each Chinese pair; where two pairs sound alike, the one in more documents. */
    private Map<String, Integer> sounds(int[][] docTerms) {
        int[] df = new int[termIds.size()];
        for (int[] doc : docTerms) {
            for (int term : doc) {
                df[term]++;
            }
        }
        Map<String, Integer> sounds = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> term : termIds.entrySet()) {
            String key = QueryScorer.kindOf(term.getKey()) == Tokenizer.TermKind.BIGRAM ? Pinyin.key(term.getKey()) : null;
            Integer known = key == null ? null : sounds.get(key);
            if (key != null && (known == null || df[term.getValue()] > df[known])) {
                sounds.put(key, term.getValue());
            }
        }
        return sounds;
    }
}
