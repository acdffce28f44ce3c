package okpay.support.faq;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of every FAQ entry, inverted: for each term, the entries it occurs in with its weight there (the same
 * weights {@link FaqSearch} ranks by). Kept inverted rather than one map per entry because that is what scales: a
 * 10,000-entry knowledge base has millions of (entry, term) pairs but only tens of thousands of distinct terms, so
 * the stored form is a few bytes per pair, and a search reads the postings of the few terms it matches. Read from a
 * snapshot, a term's postings are decoded the first time a search asks for them.
 */
final class TermIndex {
    private final int entries;
    private final double[] weightTable;
    private final Map<String, Integer> terms; // term -> its number
    private final List<String> vocabulary;
    private final int[][] postingEntries;     // by term number; null until decoded
    private final byte[][] postingWeights;
    private final byte[] stored;               // the snapshot block, when read from one
    private final int[] storedAt;              // where each term's postings start in it

    private TermIndex(int entries, double[] weightTable, List<String> vocabulary, int[][] postingEntries, byte[][] postingWeights,
            byte[] stored, int[] storedAt) {
        this.entries = entries;
        this.weightTable = weightTable;
        this.vocabulary = vocabulary;
        this.terms = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) {
            terms.put(vocabulary.get(i), i);
        }
        this.postingEntries = postingEntries;
        this.postingWeights = postingWeights;
        this.stored = stored;
        this.storedAt = storedAt;
    }

    /** Builds an index entry by entry, so that only one entry's map of terms is ever held at a time. */
    static final class Builder {
        private final Map<String, Postings> byTerm = new LinkedHashMap<>();
        private final List<Double> table = new ArrayList<>();
        private int entries;

        /** Adds the next entry, whose terms have {@code weights}. */
        void add(Map<String, Double> weights) {
            for (Map.Entry<String, Double> term : weights.entrySet()) {
                int code = table.indexOf(term.getValue());
                if (code < 0) {
                    code = table.size();
                    table.add(term.getValue());
                }
                byTerm.computeIfAbsent(term.getKey(), k -> new Postings()).add(entries, code);
            }
            entries++;
        }

        TermIndex build() {
            List<String> vocabulary = new ArrayList<>(byTerm.keySet());
            int[][] postings = new int[vocabulary.size()][];
            byte[][] codes = new byte[vocabulary.size()][];
            int i = 0;
            for (Postings built : byTerm.values()) {
                postings[i] = Arrays.copyOf(built.entries, built.size);
                codes[i++] = Arrays.copyOf(built.codes, built.size);
            }
            return new TermIndex(entries, table.stream().mapToDouble(Double::doubleValue).toArray(), vocabulary, postings, codes,
                    null, null);
        }
    }

    /** How many entries the index covers. */
    int entries() {
        return entries;
    }

    /** Every distinct term, for typo-tolerant matching. */
    List<String> vocabulary() {
        return vocabulary;
    }

    /** How many entries {@code term} occurs in; 0 when none. */
    int documentFrequency(String term) {
        Integer number = terms.get(term);
        return number == null ? 0 : postings(number).length;
    }

    /**
     * Calls {@code visit} with each entry {@code term} occurs in and its weight there, in entry order; nothing when the
     * term occurs nowhere.
     */
    void forEach(String term, Posting visit) {
        Integer number = terms.get(term);
        if (number == null) {
            return;
        }
        int[] at = postings(number);
        byte[] codes = postingWeights[number];
        for (int i = 0; i < at.length; i++) {
            visit.accept(at[i], weightTable[codes[i] & 0xff]);
        }
    }

    /** One occurrence of a term. */
    interface Posting {
        void accept(int entry, double weight);
    }

    private synchronized int[] postings(int number) {
        if (postingEntries[number] == null) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored, storedAt[number], stored.length - storedAt[number]));
                int count = in.readInt();
                int[] at = new int[count];
                byte[] codes = new byte[count];
                int entry = 0;
                for (int i = 0; i < count; i++) {
                    entry += in.readInt();
                    at[i] = entry;
                    codes[i] = in.readByte();
                }
                postingWeights[number] = codes;
                postingEntries[number] = at;
            } catch (IOException e) {
                throw new UncheckedIOException("corrupt FAQ search index", e);
            }
        }
        return postingEntries[number];
    }

    /** Writes the index in the form {@link #read} reads: the weight table, then each term with its postings. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(entries);
        out.writeInt(weightTable.length);
        for (double weight : weightTable) {
            out.writeDouble(weight);
        }
        out.writeInt(vocabulary.size());
        for (int number = 0; number < vocabulary.size(); number++) {
            out.writeUTF(vocabulary.get(number));
            int[] at = postings(number);
            out.writeInt(at.length);
            int previous = 0;
            for (int i = 0; i < at.length; i++) {
                out.writeInt(at[i] - previous);
                previous = at[i];
                out.writeByte(postingWeights[number][i]);
            }
        }
    }

    /** Reads what {@link #write} wrote: the terms now, their postings when first used. */
    static TermIndex read(DataInputStream in) throws IOException {
        byte[] stored = in.readAllBytes();
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(stored));
        int entries = data.readInt();
        double[] table = new double[data.readInt()];
        for (int i = 0; i < table.length; i++) {
            table[i] = data.readDouble();
        }
        int count = data.readInt();
        List<String> vocabulary = new ArrayList<>(count);
        int[] storedAt = new int[count];
        for (int number = 0; number < count; number++) {
            vocabulary.add(data.readUTF());
            storedAt[number] = stored.length - data.available();
            int postings = data.readInt();
            data.skipNBytes(postings * 5L);
        }
        return new TermIndex(entries, table, vocabulary, new int[count][], new byte[count][], stored, storedAt);
    }

    /** The postings of one term while the index is built. */
    private static final class Postings {
        int[] entries = new int[4];
        byte[] codes = new byte[4];
        int size;

        void add(int entry, int code) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
                codes = Arrays.copyOf(codes, size * 2);
            }
            entries[size] = entry;
            codes[size++] = (byte) code;
        }
    }
}
