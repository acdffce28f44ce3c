package okpay.support.faq;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * <p>The index is one block of bytes, the same whether just built or read from a snapshot ({@link #write},
 * {@link #of}), laid out so that a search reads only what its terms need: a sorted term dictionary, each term's
 * postings (documents with the term's count in each field) and the example questions holding it, and per-document
 * field lengths as fixed-width arrays. Every table is in a fixed order (documents as added, terms as first met,
 * dictionaries sorted), so the same documents always give the same bytes.
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

    /** The order in which a term's weights in each field are summed: the fields in order, example questions last. */
    static final IndexedField[] SUM_ORDER = {IndexedField.TITLE, IndexedField.KEYWORDS, IndexedField.SYNONYMS,
        IndexedField.TAGS, IndexedField.BODY, IndexedField.STEPS, IndexedField.EXAMPLES};
    static final int FIELDS = SUM_ORDER.length;

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

    /** The parts of the block, in order; the header gives where each starts. */
    enum Part { IDS, LENGTHS, AVERAGES, EXAMPLE_START, EXAMPLE_MASS, TERMS, DF, SORTED, POSTINGS, EXAMPLE_POSTINGS, PHRASES,
        SURFACE, SOUNDS }

    /** The header: the layout's version, the counts of documents, terms and example questions, each part's start. */
    static final int LAYOUT = 2;
    static final int HEADER = 4 * (4 + Part.values().length);

    private final byte[] data;
    private final int base;
    private final int length;
    private final int docs;
    private final int termCount;
    private final int[] parts = new int[Part.values().length];
    private final double[] averages = new double[FIELDS];
    final Phrases phrases;

    private SearchIndex(byte[] data, int base, int length) throws IOException {
        this.data = data;
        this.base = base;
        this.length = length;
        if (length < HEADER || integer(0) != LAYOUT) {
            throw new IOException("not a search index of layout " + LAYOUT);
        }
        this.docs = integer(4);
        this.termCount = integer(8);
        for (int r = 0; r < parts.length; r++) {
            parts[r] = integer(16 + 4 * r);
            if (parts[r] < HEADER || parts[r] > length || (r > 0 && parts[r] < parts[r - 1])) {
                throw new IOException("corrupt search index: region " + Part.values()[r] + " lies outside it");
            }
        }
        for (int f = 0; f < FIELDS; f++) {
            averages[f] = Double.longBitsToDouble(longAt(at(Part.AVERAGES) + 8 * f));
        }
        int phrasesAt = at(Part.PHRASES);
        this.phrases = Phrases.at(data, base + phrasesAt, at(Part.SURFACE) - phrasesAt);
    }

    /** The index in {@code length} bytes of {@code data} from {@code offset}, as {@link #write} wrote it; they are not copied. */
    public static SearchIndex of(byte[] data, int offset, int length) throws IOException {
        return new SearchIndex(data, offset, length);
    }

    /** Writes the index's bytes, in the form {@link #of} reads. */
    public void write(DataOutputStream out) throws IOException {
        out.write(data, base, length);
    }

    /** The number of bytes {@link #write} writes. */
    public int byteSize() {
        return length;
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
        return docs;
    }

    /** The inverse document frequency of a term in {@code frequency} of the documents (0 for an unknown term). */
    double idf(int frequency) {
        return idf(docs, frequency);
    }

    static double idf(int docs, int frequency) {
        return Math.log(1.0 + (docs - frequency + 0.5) / (frequency + 0.5));
    }

    /** The inverse document frequency of term {@code term}. */
    double idfOf(int term) {
        return idf(integer(at(Part.DF) + 4 * term));
    }

    /** The id of document {@code doc}. */
    String id(int doc) {
        return string(at(Part.IDS), docs, doc);
    }

    /** The term {@code term}. */
    String term(int term) {
        return string(at(Part.TERMS), termCount, term);
    }

    /** The id of {@code term}, or -1 when no document has it (a binary search of the sorted dictionary). */
    int termId(String term) {
        int sorted = at(Part.SORTED);
        int low = 0;
        int high = termCount - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int id = integer(sorted + 4 * mid);
            int c = term(id).compareTo(term);
            if (c == 0) {
                return id;
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** The first of document {@code doc}'s example questions, by their number across all documents; {@code doc = size()} gives their count. */
    int exampleStart(int doc) {
        return integer(at(Part.EXAMPLE_START) + 4 * doc);
    }

    /** What example question {@code example} weighs on its own: the sum of its terms' weights times their rarity. */
    double exampleMass(int example) {
        return Double.longBitsToDouble(longAt(at(Part.EXAMPLE_MASS) + 8 * example));
    }

    /** The example questions holding term {@code term}, by number, ascending. */
    int[] examples(int term) {
        Varints in = list(Part.EXAMPLE_POSTINGS, term);
        int[] out = new int[8];
        int count = 0;
        int previous = -1;
        while (in.more()) {
            previous += in.next() + 1;
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, count * 2);
            }
            out[count++] = previous;
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The documents holding term {@code term}, ascending, each with the term's BM25F pseudo-frequency there. */
    Postings postings(int term) {
        return new Postings(list(Part.POSTINGS, term));
    }

    /** The documents of one term: {@link #next} moves to the next one, then {@link #doc} and {@link #tf} describe it. */
    final class Postings {
        private final Varints in;
        private final int[] counts = new int[FIELDS];
        int doc = -1;
        double tf;

        private Postings(Varints in) {
            this.in = in;
        }

        boolean next() {
            if (!in.more()) {
                return false;
            }
            doc += in.next() + 1;
            int mask = in.next();
            for (int f = 0; f < FIELDS; f++) {
                counts[f] = (mask & 1 << f) != 0 ? in.next() : 0;
            }
            // The same sum, in the same order, as the builder's: a field's weight times the count over its normalised length.
            double pseudo = 0;
            for (IndexedField f : SUM_ORDER) {
                int count = counts[f.ordinal()];
                if (count > 0) {
                    int fieldLength = integer(at(Part.LENGTHS) + 4 * (f.ordinal() * docs + doc));
                    double norm = 1 - f.b + f.b * fieldLength / averages[f.ordinal()];
                    pseudo += f.weight * count / norm;
                }
            }
            tf = (float) pseudo;
            return true;
        }
    }

    /** The number of indexed English words as written (for typos): sorted by length, then alphabetically. */
    int surfaceCount() {
        return integer(at(Part.SURFACE));
    }

    /** The first indexed word of {@code length} characters or more (by the sorted table), or {@link #surfaceCount()}. */
    int surfaceFrom(int length) {
        int lengths = at(Part.SURFACE) + 4;
        int low = 0;
        int high = surfaceCount();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (integer(lengths + 4 * mid) < length) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The length of indexed word {@code i}. */
    int surfaceLength(int i) {
        return integer(at(Part.SURFACE) + 4 + 4 * i);
    }

    /** Indexed word {@code i}, as written (folded). */
    String surfaceWord(int i) {
        int n = surfaceCount();
        return string(at(Part.SURFACE) + 4 + 8 * n, n, i);
    }

    /** The term id of the stem of indexed word {@code i}. */
    int surfaceStem(int i) {
        return integer(at(Part.SURFACE) + 4 + 4 * surfaceCount() + 4 * i);
    }

    /** The id of the indexed Chinese pair whose pinyin is {@code key} ({@code mi ma}), or -1. */
    int sound(String key) {
        int region = at(Part.SOUNDS);
        int n = integer(region);
        int low = 0;
        int high = n - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = string(region + 4 + 4 * n, n, mid).compareTo(key);
            if (c == 0) {
                return integer(region + 4 + 4 * mid);
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    private int at(Part region) {
        return parts[region.ordinal()];
    }

    private Varints list(Part region, int term) {
        int offsets = at(region);
        int start = offsets + 4 * (termCount + 1);
        return new Varints(data, base + start + integer(offsets + 4 * term), base + start + integer(offsets + 4 * (term + 1)));
    }

    /** String {@code i} of a table of {@code n} strings at {@code table}: n + 1 offsets, then the UTF-8 bytes. */
    private String string(int table, int n, int i) {
        int bytes = table + 4 * (n + 1);
        int from = integer(table + 4 * i);
        return new String(data, base + bytes + from, integer(table + 4 * (i + 1)) - from, StandardCharsets.UTF_8);
    }

    private int integer(int at) {
        int i = base + at;
        return (data[i] & 0xff) << 24 | (data[i + 1] & 0xff) << 16 | (data[i + 2] & 0xff) << 8 | data[i + 3] & 0xff;
    }

    private long longAt(int at) {
        return (long) integer(at) << 32 | integer(at + 4) & 0xffffffffL;
    }

    /** Unsigned variable-length integers, seven bits a byte, low bits first. */
    static final class Varints {
        private final byte[] data;
        private int at;
        private final int end;

        Varints(byte[] data, int at, int end) {
            this.data = data;
            this.at = at;
            this.end = end;
        }

        boolean more() {
            return at < end;
        }

        int next() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = data[at++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
