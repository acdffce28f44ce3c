package okpay.support.faq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okpay.support.kb.Shared;

/**
 * A ranked index of short bilingual documents (FAQ entries, troubleshooting flows), built once per knowledge base.
 *
 * <p>Ranking is field-weighted BM25 (BM25F): a term counts by how rare it is across the documents, by where it
 * occurs (a title outweighs an answer), with diminishing returns for repeats and normalised by each field's length,
 * so a long answer does not win by size. Chinese is matched by character pairs (single characters count a little)
 * and by the knowledge base's own phrases found whole in the query; an English word a typo away from an indexed word
 * still matches, at a discount. Documents may carry example questions: besides counting as a field, each is
 * compared with the whole query, and the closest one is evidence of its own (see {@link QueryScorer}).
 *
 * <p>The index stores each document's term weights already normalised, so a search does no more than look up the
 * query's terms; the snapshot of the embedded knowledge base stores it ({@link #write}, {@link #read}).
 */
@Shared
public final class SearchIndex {
    /** A document's fields, each with its weight and how much its length is normalised (BM25F's {@code b}). */
    public enum IndexedField {
        TITLE(3.0, 0.5), KEYWORDS(3.0, 0.3), SYNONYMS(2.5, 0.3), EXAMPLES(1.5, 0.8), TAGS(1.5, 0.3), BODY(1.0, 0.75),
        STEPS(0.7, 0.75);

        final double weight;
        final double b;

        IndexedField(double weight, double b) {
            this.weight = weight;
            this.b = b;
        }
    }

    /**
     * One result: the document's id, its score from 0 to 1, the words of the query that matched it, and the evidence:
     * how much the matched terms weigh together (their weights times their rarity, in words of one document only),
     * whatever the query's length.
     */
    public record Ranked(String id, double score, List<String> matched, double evidence) {
        public Ranked {
            matched = List.copyOf(matched);
        }
    }

    final String[] terms;
    final Map<String, Integer> termIds;
    final String[] ids;
    /** Per document: its term ids, ascending, and each term's BM25F pseudo-frequency. */
    final int[][] docTerms;
    final float[][] docWeights;
    /** Per document: its example questions, each as ascending unique term ids. */
    final int[][][] examples;
    final Phrases phrases;
    /** Every English word of the documents, as written (lower case), with the id of its stem: for typos. */
    final Map<String, Integer> surface;
    /** The pinyin of every Chinese character pair of the documents ({@code mi ma}), with the pair's id: for typos. */
    final Map<String, Integer> sounds;
    final double[] idf;
    final double[][] exampleMass;

    SearchIndex(String[] terms, String[] ids, int[][] docTerms, float[][] docWeights, int[][][] examples, Phrases phrases,
            Map<String, Integer> surface, Map<String, Integer> sounds) {
        this.terms = terms;
        this.ids = ids;
        this.docTerms = docTerms;
        this.docWeights = docWeights;
        this.examples = examples;
        this.phrases = phrases;
        this.surface = surface;
        this.sounds = sounds;
        this.termIds = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            termIds.put(terms[i], i);
        }
        int[] df = new int[terms.length];
        for (int[] doc : docTerms) {
            for (int term : doc) {
                df[term]++;
            }
        }
        this.idf = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            idf[i] = idf(df[i]);
        }
        // What each example question weighs on its own, which the whole-query comparison divides by: fixed per index.
        this.exampleMass = new double[examples.length][];
        for (int d = 0; d < examples.length; d++) {
            exampleMass[d] = new double[examples[d].length];
            for (int e = 0; e < examples[d].length; e++) {
                for (int term : examples[d][e]) {
                    exampleMass[d][e] += QueryScorer.weight(QueryScorer.kindOf(terms[term])) * idf[term];
                }
            }
        }
    }

    /**
     * A result scoring below this is noise rather than an answer. Chosen on the half of the evaluation queries used while
     * developing (src/test/resources/eval): every in-scope query's best answer scores above it.
     */
    public static final double MIN_SCORE = 0.08;
    /**
     * A result whose matched terms weigh less than this together, in rare words (a word of one document only is 1), is
     * a coincidence: "在吗" shares a character with many entries, and fits none of them.
     */
    public static final double MIN_EVIDENCE = 0.4;

    /** The documents that fit {@code query}: best first, at most {@code limit}, none below {@link #MIN_SCORE} or {@link #MIN_EVIDENCE}. */
    public List<Ranked> search(String query, int limit) {
        List<Ranked> hits = new ArrayList<>();
        for (Ranked hit : new QueryScorer(this, query).hits(limit, MIN_SCORE)) {
            if (hit.evidence() >= MIN_EVIDENCE) {
                hits.add(hit);
            }
        }
        return hits;
    }

    /** Every document sharing a term with {@code query}, best first, at most {@code limit}, however weak the match. */
    public List<Ranked> ranked(String query, int limit) {
        return new QueryScorer(this, query).hits(limit, 0);
    }

    /** The number of documents. */
    public int size() {
        return ids.length;
    }

    /** The inverse document frequency of a term in {@code frequency} of the documents (0 for an unknown term). */
    double idf(int frequency) {
        return Math.log(1.0 + (ids.length - frequency + 0.5) / (frequency + 0.5));
    }

    /** Writes the index in the form {@link #read} reads. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(terms.length);
        for (String term : terms) {
            out.writeUTF(term);
        }
        out.writeInt(ids.length);
        for (int d = 0; d < ids.length; d++) {
            out.writeUTF(ids[d]);
            writeInts(docTerms[d], out);
            for (float weight : docWeights[d]) {
                out.writeFloat(weight);
            }
            out.writeInt(examples[d].length);
            for (int[] example : examples[d]) {
                writeInts(example, out);
            }
        }
        phrases.write(out);
        writeMap(surface, out);
        writeMap(sounds, out);
    }

    private static void writeMap(Map<String, Integer> map, DataOutputStream out) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Integer> entry : map.entrySet()) {
            out.writeUTF(entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    private static Map<String, Integer> readMap(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Integer> map = new HashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            map.put(in.readUTF(), in.readInt());
        }
        return map;
    }

    /** Reads what {@link #write} wrote. */
    public static SearchIndex read(DataInputStream in) throws IOException {
        String[] terms = new String[in.readInt()];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = in.readUTF();
        }
        int count = in.readInt();
        String[] ids = new String[count];
        int[][] docTerms = new int[count][];
        float[][] docWeights = new float[count][];
        int[][][] examples = new int[count][][];
        for (int d = 0; d < count; d++) {
            ids[d] = in.readUTF();
            docTerms[d] = readInts(in);
            docWeights[d] = new float[docTerms[d].length];
            for (int t = 0; t < docTerms[d].length; t++) {
                docWeights[d][t] = in.readFloat();
            }
            examples[d] = new int[in.readInt()][];
            for (int e = 0; e < examples[d].length; e++) {
                examples[d][e] = readInts(in);
            }
        }
        Phrases phrases = Phrases.read(in);
        Map<String, Integer> surface = readMap(in);
        return new SearchIndex(terms, ids, docTerms, docWeights, examples, phrases, surface, readMap(in));
    }

    private static void writeInts(int[] values, DataOutputStream out) throws IOException {
        out.writeInt(values.length);
        for (int value : values) {
            out.writeInt(value);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /** The pseudo-frequency of term {@code term} in document {@code doc}; 0 when it does not occur there. */
    double weight(int doc, int term) {
        int at = Arrays.binarySearch(docTerms[doc], term);
        return at < 0 ? 0 : docWeights[doc][at];
    }
}
