package okpay.support.faq;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okpay.support.kb.Shared;

/**
 * Builds a {@link SearchIndex} from documents given field by field, both languages at once. Each document is counted
 * as it is added and only its postings are kept (per term, growing byte arrays of small numbers), never its texts or
 * token lists, so building for ten thousand entries holds little more than the finished index.
 */
@Shared
public final class SearchIndexBuilder {
    private final Phrases phrases;
    private final Map<String, Integer> termIds = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    /** Every English word of the documents, as written (lower case), with the id of its stem, first seen first: for typos. */
    private final Map<String, Integer> surface = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final List<int[]> lengths = new ArrayList<>();
    private int[] exampleStart = new int[16];
    private int examples;
    private Growing[] postings = new Growing[256];
    private Growing[] examplePostings = new Growing[256];
    private int[] df = new int[256];
    /** Per term, the document it was last counted in (plus one) and its place in that document's scratch arrays. */
    private int[] seenIn = new int[256];
    private int[] slot = new int[256];
    private int[] scratchTerms = new int[0];
    private int[] scratchCounts = new int[0];

    /** A builder that also indexes {@code phrases} (keywords, synonyms) wherever they occur whole. */
    public SearchIndexBuilder(Collection<String> phrases) {
        this.phrases = Phrases.of(phrases);
    }

    /** A document: its id, the texts of each field (both languages), its example questions. */
    public record Document(String id, Map<SearchIndex.IndexedField, List<String>> fields, List<String> examples) {}

    /** A text of a document with its tokens, phrases included; {@code field} null for an example question. */
    private record TokenizedText(SearchIndex.IndexedField field, String text, List<Tokenizer.Token> tokens) {}

    /** Documents this many or more are tokenised on all cores, a batch at a time (the counting stays in order). */
    private static final int PARALLEL_FROM = 256;
    private static final int BATCH = 128;

    /** Adds a document: its id, the texts of each field (both languages), its example questions. */
    public SearchIndexBuilder add(String id, Map<SearchIndex.IndexedField, List<String>> fields, List<String> exampleQuestions) {
        count(id, tokenize(new Document(id, fields, exampleQuestions)));
        return this;
    }

    /**
     * Adds {@code documents} in order, as {@link #add} one by one would. Tokenising is most of the work and depends on
     * nothing but the text, so a large set is tokenised a batch at a time on every core, then counted in order: the
     * index is the same, byte for byte, and only one batch's tokens are held at a time.
     */
    public SearchIndexBuilder addAll(List<Document> documents) {
        boolean parallel = documents.size() >= PARALLEL_FROM;
        for (int from = 0; from < documents.size(); from += BATCH) {
            int first = from;
            List<List<TokenizedText>> batch = new ArrayList<>();
            for (int i = from; i < Math.min(documents.size(), from + BATCH); i++) {
                batch.add(null);
            }
            java.util.stream.IntStream indexes = java.util.stream.IntStream.range(0, batch.size());
            (parallel ? indexes.parallel() : indexes).forEach(i -> batch.set(i, tokenize(documents.get(first + i))));
            for (int i = 0; i < batch.size(); i++) {
                count(documents.get(first + i).id(), batch.get(i));
            }
        }
        return this;
    }

    private List<TokenizedText> tokenize(Document document) {
        List<TokenizedText> texts = new ArrayList<>();
        for (Map.Entry<SearchIndex.IndexedField, List<String>> field : document.fields().entrySet()) {
            for (String text : field.getValue()) {
                texts.add(new TokenizedText(field.getKey(), text, tokens(text)));
            }
        }
        for (String example : document.examples()) {
            texts.add(new TokenizedText(null, example, tokens(example)));
        }
        return texts;
    }

    /** Counts a document's tokens, in the order of its fields and then its example questions, as term ids are first given. */
    private void count(String id, List<TokenizedText> texts) {
        int doc = ids.size();
        ids.add(id);
        int[] fieldLengths = new int[SearchIndex.FIELDS];
        Ints pairs = new Ints(); // term id * 8 + field, one per token
        List<int[]> exampleSets = new ArrayList<>();
        for (TokenizedText text : texts) {
            if (text.field() != null) {
                count(text.field(), text.text(), text.tokens(), pairs, fieldLengths);
                continue;
            }
            count(SearchIndex.IndexedField.EXAMPLES, text.text(), text.tokens(), pairs, fieldLengths);
            Ints set = new Ints();
            for (Tokenizer.Token token : text.tokens()) {
                set.add(id(token.term()));
            }
            exampleSets.add(set.distinctSorted());
        }
        lengths.add(fieldLengths);
        addPostings(doc, pairs);
        if (doc + 2 > exampleStart.length) {
            exampleStart = Arrays.copyOf(exampleStart, exampleStart.length * 2);
        }
        exampleStart[doc] = examples;
        for (int[] set : exampleSets) {
            for (int term : set) {
                examplePostings[term].gap(examples);
            }
            examples++;
        }
        exampleStart[doc + 1] = examples;
    }

    private List<Tokenizer.Token> tokens(String text) {
        return phrases.withPhrases(text, Tokenizer.tokens(text));
    }

    private void count(SearchIndex.IndexedField field, String text, List<Tokenizer.Token> tokens, Ints pairs, int[] fieldLengths) {
        for (Tokenizer.Token token : tokens) {
            int term = id(token.term());
            pairs.add(term * 8 + field.ordinal());
            if (token.kind() == Tokenizer.TermKind.WORD) {
                surface.putIfAbsent(QueryScorer.surface(text, token), term);
            }
        }
        fieldLengths[field.ordinal()] += tokens.size();
    }

    /**
     * One posting per distinct term of the document: the gap from the term's last document, the fields it is in, the
     * counts. The terms are gathered in scratch arrays reused from document to document rather than sorted.
     */
    private void addPostings(int doc, Ints pairs) {
        int distinct = 0;
        if (scratchCounts.length < pairs.size * SearchIndex.FIELDS) {
            scratchTerms = new int[pairs.size];
            scratchCounts = new int[pairs.size * SearchIndex.FIELDS];
        }
        for (int i = 0; i < pairs.size; i++) {
            int term = pairs.values[i] >>> 3;
            if (seenIn[term] != doc + 1) {
                seenIn[term] = doc + 1;
                slot[term] = distinct;
                scratchTerms[distinct++] = term;
            }
            scratchCounts[slot[term] * SearchIndex.FIELDS + (pairs.values[i] & 7)]++;
        }
        for (int k = 0; k < distinct; k++) {
            int term = scratchTerms[k];
            int mask = 0;
            for (int f = 0; f < SearchIndex.FIELDS; f++) {
                mask |= scratchCounts[k * SearchIndex.FIELDS + f] > 0 ? 1 << f : 0;
            }
            Growing list = postings[term];
            list.gap(doc);
            list.varint(mask);
            for (int f = 0; f < SearchIndex.FIELDS; f++) {
                int count = scratchCounts[k * SearchIndex.FIELDS + f];
                if (count > 0) {
                    list.varint(count);
                    scratchCounts[k * SearchIndex.FIELDS + f] = 0;
                }
            }
            df[term]++;
        }
    }

    private int id(String term) {
        Integer known = termIds.get(term);
        if (known != null) {
            return known;
        }
        int id = terms.size();
        termIds.put(term, id);
        terms.add(term);
        if (id == postings.length) {
            postings = Arrays.copyOf(postings, id * 2);
            examplePostings = Arrays.copyOf(examplePostings, id * 2);
            df = Arrays.copyOf(df, id * 2);
            seenIn = Arrays.copyOf(seenIn, id * 2);
            slot = Arrays.copyOf(slot, id * 2);
        }
        postings[id] = new Growing();
        examplePostings[id] = new Growing();
        return id;
    }

    /** The index of the documents added. */
    public SearchIndex build() {
        int n = ids.size();
        int t = terms.size();
        double[] averages = new double[SearchIndex.FIELDS];
        for (SearchIndex.IndexedField field : SearchIndex.IndexedField.values()) {
            double total = 0;
            for (int[] doc : lengths) {
                total += doc[field.ordinal()];
            }
            averages[field.ordinal()] = Math.max(1.0, total / Math.max(1, n));
        }
        // What each example question weighs on its own, summed over its terms in ascending order as the scorer once did.
        double[] mass = new double[examples];
        for (int term = 0; term < t; term++) {
            double weight = QueryScorer.weight(QueryScorer.kindOf(terms.get(term))) * SearchIndex.idf(n, df[term]);
            SearchIndex.Varints in = examplePostings[term].read();
            for (int example = -1; in.more(); ) {
                example += in.next() + 1;
                mass[example] += weight;
            }
        }
        Layout out = new Layout();
        try {
            out.region(SearchIndex.Part.IDS).strings(ids);
            out.region(SearchIndex.Part.LENGTHS);
            for (int f = 0; f < SearchIndex.FIELDS; f++) {
                for (int[] doc : lengths) {
                    out.data.writeInt(doc[f]);
                }
            }
            out.region(SearchIndex.Part.AVERAGES);
            for (double average : averages) {
                out.data.writeDouble(average);
            }
            out.region(SearchIndex.Part.EXAMPLE_START);
            for (int d = 0; d <= n; d++) {
                out.data.writeInt(exampleStart[d]);
            }
            out.region(SearchIndex.Part.EXAMPLE_MASS);
            for (double m : mass) {
                out.data.writeDouble(m);
            }
            out.region(SearchIndex.Part.TERMS).strings(terms);
            out.region(SearchIndex.Part.DF).ints(Arrays.copyOf(df, t));
            out.region(SearchIndex.Part.SORTED).ints(sortedIds(terms));
            out.region(SearchIndex.Part.POSTINGS).lists(postings, t);
            out.region(SearchIndex.Part.EXAMPLE_POSTINGS).lists(examplePostings, t);
            out.region(SearchIndex.Part.PHRASES);
            phrases.write(out.data);
            writeSurface(out.region(SearchIndex.Part.SURFACE));
            writeSounds(out.region(SearchIndex.Part.SOUNDS), n);
            byte[] bytes = out.finish(n, t, examples);
            return SearchIndex.of(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The surface words sorted by length, then alphabetically: their lengths, their stems' ids, the words. */
    private void writeSurface(Layout out) throws IOException {
        String[] words = surface.keySet().toArray(new String[0]);
        Arrays.sort(words, (a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
        out.data.writeInt(words.length);
        for (String word : words) {
            out.data.writeInt(word.length());
        }
        for (String word : words) {
            out.data.writeInt(surface.get(word));
        }
        out.strings(Arrays.asList(words));
    }

    /** The pinyin of each Chinese pair, sorted; where two pairs sound alike, the one in more documents (the first, if as many). */
    private void writeSounds(Layout out, int n) throws IOException {
        Map<String, Integer> sounds = new HashMap<>();
        for (int term = 0; term < terms.size(); term++) {
            String key = QueryScorer.kindOf(terms.get(term)) == Tokenizer.TermKind.BIGRAM ? Pinyin.key(terms.get(term)) : null;
            Integer known = key == null ? null : sounds.get(key);
            if (key != null && (known == null || df[term] > df[known])) {
                sounds.put(key, term);
            }
        }
        String[] keys = sounds.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        out.data.writeInt(keys.length);
        for (String key : keys) {
            out.data.writeInt(sounds.get(key));
        }
        out.strings(Arrays.asList(keys));
    }

    private static int[] sortedIds(List<String> terms) {
        Integer[] order = new Integer[terms.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> terms.get(a).compareTo(terms.get(b)));
        int[] ids = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            ids[i] = order[i];
        }
        return ids;
    }

    /** The bytes of an index being laid out: the parts one after the other, then the header in front. */
    private static final class Layout {
        final Buffer bytes = new Buffer();
        final DataOutputStream data = new DataOutputStream(bytes);
        final int[] starts = new int[SearchIndex.Part.values().length];

        Layout region(SearchIndex.Part region) {
            starts[region.ordinal()] = SearchIndex.HEADER + data.size();
            return this;
        }

        void ints(int[] values) throws IOException {
            for (int value : values) {
                data.writeInt(value);
            }
        }

        /** A table of strings: n + 1 offsets into the UTF-8 bytes that follow. */
        void strings(List<String> strings) throws IOException {
            byte[][] utf8 = new byte[strings.size()][];
            int offset = 0;
            data.writeInt(0);
            for (int i = 0; i < utf8.length; i++) {
                utf8[i] = strings.get(i).getBytes(StandardCharsets.UTF_8);
                offset += utf8[i].length;
                data.writeInt(offset);
            }
            for (byte[] string : utf8) {
                data.write(string);
            }
        }

        /** A list per term: n + 1 offsets into the bytes that follow. */
        void lists(Growing[] lists, int n) throws IOException {
            int offset = 0;
            data.writeInt(0);
            for (int i = 0; i < n; i++) {
                offset += lists[i].size;
                data.writeInt(offset);
            }
            for (int i = 0; i < n; i++) {
                data.write(lists[i].bytes, 0, lists[i].size);
            }
        }

        /** The header and the regions in one array of the exact size, the regions copied once. */
        byte[] finish(int docs, int terms, int examples) throws IOException {
            data.flush();
            ByteArrayOutputStream head = new ByteArrayOutputStream(SearchIndex.HEADER);
            DataOutputStream header = new DataOutputStream(head);
            header.writeInt(SearchIndex.LAYOUT);
            header.writeInt(docs);
            header.writeInt(terms);
            header.writeInt(examples);
            for (int start : starts) {
                header.writeInt(start);
            }
            byte[] all = Arrays.copyOf(head.toByteArray(), SearchIndex.HEADER + bytes.size());
            System.arraycopy(bytes.buffer(), 0, all, SearchIndex.HEADER, bytes.size());
            return all;
        }
    }

    /** A byte buffer whose bytes can be copied out without a copy of the whole first. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(1 << 16);
        }

        byte[] buffer() {
            return buf;
        }
    }

    /** A growing list of unsigned varints, and of gaps between ascending numbers (the first from -1). */
    private static final class Growing {
        byte[] bytes = new byte[4];
        int size;
        int last = -1;

        void gap(int value) {
            varint(value - last - 1);
            last = value;
        }

        void varint(int value) {
            if (size + 5 > bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            while ((value & ~0x7f) != 0) {
                bytes[size++] = (byte) (value & 0x7f | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        SearchIndex.Varints read() {
            return new SearchIndex.Varints(bytes, 0, size);
        }
    }

    /** A growing list of ints. */
    private static final class Ints {
        int[] values = new int[64];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] sorted() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }

        int[] distinctSorted() {
            int[] sorted = sorted();
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[n++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, n);
        }
    }
}
