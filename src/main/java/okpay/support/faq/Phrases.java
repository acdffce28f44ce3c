package okpay.support.faq;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okpay.support.i18n.Scripts;

/**
 * The knowledge base's own phrases (keywords and synonyms such as {@code 登不上}, {@code 钱没到}, {@code locked out}),
 * found whole in a text: a phrase is stronger evidence than its character pairs or words one by one, and it bridges
 * Chinese word boundaries that pairs cut across. A Chinese phrase matches as a substring (spaces and punctuation
 * ignored); an English one as consecutive stemmed words, in any order.
 */
final class Phrases {
    /** The prefix of a phrase's term, so that a phrase never collides with a word. */
    static final String PREFIX = "p:";

    /*
     * The phrases as bytes, read in place (a search looks up a few characters and word runs; it never needs them all):
     *   int H, L, S                 counts of Chinese phrases, English phrases, distinct English phrase sizes
     *   int[H + 1] hanStart         phrase k's characters are chars[hanStart[k], hanStart[k + 1])
     *   int[H] hanByFirst           the Chinese phrases' indexes ordered by (first character, index)
     *   int[L] latinSize            phrase k's number of words
     *   int[L + 1] latinStart       phrase k's words joined by spaces, in chars
     *   int[L] latinBySorted        the English phrases' indexes ordered by (sorted key, index)
     *   int[L + 1] keyStart         the sorted keys (words sorted, joined by NUL) in latinBySorted's order, in chars
     *   int[S] sizes                the distinct sizes, ascending
     *   int C, char[C] chars
     * Built phrases are encoded the same way and read through the same code, so a built and a stored index match alike.
     */
    private final byte[] data;
    private final int hanCount;
    private final int latinCount;
    private final int sizeCount;
    private final int hanStart;
    private final int hanByFirst;
    private final int latinSize;
    private final int latinStart;
    private final int latinBySorted;
    private final int keyStart;
    private final int sizes;
    private final int chars;
    private final int end;

    private Phrases(byte[] data, int offset, int length) throws IOException {
        this.data = data;
        this.end = offset + length;
        if (length < 12) {
            throw new IOException("corrupt search index: phrases cut short");
        }
        hanCount = intAt(offset);
        latinCount = intAt(offset + 4);
        sizeCount = intAt(offset + 8);
        if (hanCount < 0 || latinCount < 0 || sizeCount < 0 || (long) hanCount + latinCount + sizeCount > length) {
            throw new IOException("corrupt search index: phrase counts out of range");
        }
        hanStart = offset + 12;
        hanByFirst = hanStart + 4 * (hanCount + 1);
        latinSize = hanByFirst + 4 * hanCount;
        latinStart = latinSize + 4 * latinCount;
        latinBySorted = latinStart + 4 * (latinCount + 1);
        keyStart = latinBySorted + 4 * latinCount;
        sizes = keyStart + 4 * (latinCount + 1);
        int charCount = sizes + 4 * sizeCount;
        if (charCount + 4 > end) {
            throw new IOException("corrupt search index: phrases cut short");
        }
        chars = charCount + 4;
        if ((long) chars + 2L * intAt(charCount) != end) {
            throw new IOException("corrupt search index: phrase characters do not fill their part");
        }
    }

    /** The phrases in {@code length} bytes of {@code data} from {@code offset}, as {@link #write} wrote them; not copied. */
    static Phrases at(byte[] data, int offset, int length) throws IOException {
        return new Phrases(data, offset, length);
    }

    /** The phrases of {@code texts} worth matching whole: three or more Han characters, or two or more words. */
    static Phrases of(Collection<String> texts) {
        Set<String> han = new LinkedHashSet<>();
        Set<List<String>> latin = new LinkedHashSet<>();
        // The same text always gives the same phrase: each is read once (a large knowledge base repeats its keywords).
        for (String text : new LinkedHashSet<>(texts)) {
            String compact = compact(Tokenizer.fold(text), null);
            if (Scripts.anyHan(compact)) {
                if (compact.codePointCount(0, compact.length()) >= 3) {
                    han.add(compact);
                }
            } else {
                List<String> words = Tokenizer.terms(text);
                if (words.size() >= 2) {
                    latin.add(List.copyOf(words));
                }
            }
        }
        byte[] bytes = encode(List.copyOf(han), List.copyOf(latin));
        try {
            return new Phrases(bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new IllegalStateException("phrases encoded wrongly", e);
        }
    }

    private static byte[] encode(List<String> han, List<List<String>> latin) {
        StringBuilder text = new StringBuilder();
        int[] hanAt = new int[han.size() + 1];
        for (int k = 0; k < han.size(); k++) {
            hanAt[k] = text.length();
            text.append(han.get(k));
        }
        hanAt[han.size()] = text.length();
        Integer[] byFirst = new Integer[han.size()];
        for (int k = 0; k < byFirst.length; k++) {
            byFirst[k] = k;
        }
        Arrays.sort(byFirst, (a, b) -> han.get(a).charAt(0) != han.get(b).charAt(0)
                ? Character.compare(han.get(a).charAt(0), han.get(b).charAt(0)) : Integer.compare(a, b));
        int[] latinAt = new int[latin.size() + 1];
        String[] keys = new String[latin.size()];
        Set<Integer> distinctSizes = new java.util.TreeSet<>();
        for (int k = 0; k < latin.size(); k++) {
            latinAt[k] = text.length();
            text.append(String.join(" ", latin.get(k)));
            String[] words = latin.get(k).toArray(new String[0]);
            Arrays.sort(words);
            keys[k] = String.join("\0", words);
            distinctSizes.add(words.length);
        }
        latinAt[latin.size()] = text.length();
        Integer[] bySorted = new Integer[latin.size()];
        for (int k = 0; k < bySorted.length; k++) {
            bySorted[k] = k;
        }
        Arrays.sort(bySorted, (a, b) -> keys[a].equals(keys[b]) ? Integer.compare(a, b) : keys[a].compareTo(keys[b]));
        int[] keyAt = new int[latin.size() + 1];
        for (int i = 0; i < bySorted.length; i++) {
            keyAt[i] = text.length();
            text.append(keys[bySorted[i]]);
        }
        keyAt[latin.size()] = text.length();
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(han.size());
            out.writeInt(latin.size());
            out.writeInt(distinctSizes.size());
            for (int at : hanAt) {
                out.writeInt(at);
            }
            for (int k : byFirst) {
                out.writeInt(k);
            }
            for (List<String> phrase : latin) {
                out.writeInt(phrase.size());
            }
            for (int at : latinAt) {
                out.writeInt(at);
            }
            for (int k : bySorted) {
                out.writeInt(k);
            }
            for (int at : keyAt) {
                out.writeInt(at);
            }
            for (int size : distinctSizes) {
                out.writeInt(size);
            }
            out.writeInt(text.length());
            out.writeChars(text.toString());
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.write(data, hanStart - 12, end - (hanStart - 12));
    }

    /**
     * {@code tokens} of {@code text}, followed by one {@link Tokenizer.TermKind#PHRASE} token per phrase found in it: Chinese
     * phrases in the order listed, each at its first occurrence, then English ones likewise. The phrases are looked up by
     * their first character and by their sorted words, so a text costs the same however many phrases there are.
     */
    List<Tokenizer.Token> withPhrases(String text, List<Tokenizer.Token> tokens) {
        List<Tokenizer.Token> out = new ArrayList<>(tokens);
        if (hanCount > 0) {
            int[] positions = new int[text.length()];
            String compact = compact(Tokenizer.fold(text), positions);
            // PhraseHits as (phrase, position) pairs sorted by phrase: the phrases' order, each at its first occurrence.
            for (long pair : firstOccurrences(compact)) {
                int k = (int) (pair >>> 32);
                int at = (int) pair;
                int length = intAt(hanStart + 4 * (k + 1)) - intAt(hanStart + 4 * k);
                int end = positions[at + length - 1] + 1;
                out.add(new Tokenizer.Token(PREFIX + string(intAt(hanStart + 4 * k), length), Tokenizer.TermKind.PHRASE,
                        positions[at], end));
            }
        }
        if (latinCount > 0) {
            List<Tokenizer.Token> words = new ArrayList<>();
            for (Tokenizer.Token token : tokens) {
                if (token.kind() == Tokenizer.TermKind.WORD || token.kind() == Tokenizer.TermKind.QUANTITY) {
                    words.add(token);
                }
            }
            for (long pair : firstWindows(words)) {
                int k = (int) (pair >>> 32);
                int at = (int) pair;
                int from = intAt(latinStart + 4 * k);
                String phrase = string(from, intAt(latinStart + 4 * (k + 1)) - from);
                out.add(new Tokenizer.Token(PREFIX + phrase, Tokenizer.TermKind.PHRASE, words.get(at).start(),
                        words.get(at + intAt(latinSize + 4 * k) - 1).end()));
            }
        }
        return out;
    }

    /**
     * The Chinese phrases found in {@code compact}, each as its index (high half) and where it first occurs (what
     * {@code indexOf} gives; low half), sorted by index.
     */
    private long[] firstOccurrences(String compact) {
        PhraseHits found = new PhraseHits();
        for (int at = 0; at < compact.length(); at++) {
            char first = compact.charAt(at);
            for (int i = firstWith(first); i < hanCount; i++) {
                int k = intAt(hanByFirst + 4 * i);
                int from = intAt(hanStart + 4 * k);
                if (charAt(from) != first) {
                    break;
                }
                if (startsAt(compact, at, from, intAt(hanStart + 4 * (k + 1)) - from)) {
                    found.add(k, at);
                }
            }
        }
        return found.firsts();
    }

    /** The first position in hanByFirst whose phrase starts with {@code c} or a later character (a binary search). */
    private int firstWith(char c) {
        int low = 0;
        int high = hanCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (charAt(intAt(hanStart + 4 * intAt(hanByFirst + 4 * mid))) < c) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean startsAt(String text, int at, int from, int length) {
        if (at + length > text.length()) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (text.charAt(at + j) != charAt(from + j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first word of the first run of {@code words} that holds each English phrase's words in any order
     * ("declined payment", "payment declined"), -1 where none does.
     */
    private long[] firstWindows(List<Tokenizer.Token> words) {
        PhraseHits found = new PhraseHits();
        for (int s = 0; s < sizeCount; s++) {
            int size = intAt(sizes + 4 * s);
            for (int i = 0; i + size <= words.size(); i++) {
                String key = sortedKey(words, i, size);
                for (int m = firstKeyAtLeast(key); m < latinCount && compareKey(m, key) == 0; m++) {
                    found.add(intAt(latinBySorted + 4 * m), i);
                }
            }
        }
        return found.firsts();
    }

    /** The first position in latinBySorted whose key is {@code key} or after it (a binary search). */
    private int firstKeyAtLeast(String key) {
        int low = 0;
        int high = latinCount;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (compareKey(mid, key) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The sorted key at position {@code m} compared with {@code key}, as {@link String#compareTo} orders them. */
    private int compareKey(int m, String key) {
        int from = intAt(keyStart + 4 * m);
        int length = intAt(keyStart + 4 * (m + 1)) - from;
        int common = Math.min(length, key.length());
        for (int j = 0; j < common; j++) {
            char c = charAt(from + j);
            if (c != key.charAt(j)) {
                return c - key.charAt(j);
            }
        }
        return length - key.length();
    }

    private int intAt(int at) {
        return (data[at] & 0xff) << 24 | (data[at + 1] & 0xff) << 16 | (data[at + 2] & 0xff) << 8 | data[at + 3] & 0xff;
    }

    private char charAt(int index) {
        int at = chars + 2 * index;
        return (char) ((data[at] & 0xff) << 8 | data[at + 1] & 0xff);
    }

    private String string(int from, int length) {
        char[] out = new char[length];
        for (int j = 0; j < length; j++) {
            out[j] = charAt(from + j);
        }
        return new String(out);
    }

    /** Phrases found in a text, as (index, position) pairs: few per text, however many phrases there are. */
    private static final class PhraseHits {
        private long[] pairs = new long[8];
        private int size;

        void add(int phrase, int at) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = (long) phrase << 32 | at;
        }

        /** Sorted by phrase, each phrase at its first (smallest) position only. */
        long[] firsts() {
            long[] sorted = Arrays.copyOf(pairs, size);
            Arrays.sort(sorted);
            int n = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (n == 0 || sorted[i] >>> 32 != sorted[n - 1] >>> 32) {
                    sorted[n++] = sorted[i];
                }
            }
            return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
        }
    }

    private static String sortedKey(List<Tokenizer.Token> words, int from, int size) {
        String[] terms = new String[size];
        for (int k = 0; k < size; k++) {
            terms[k] = words.get(from + k).term();
        }
        Arrays.sort(terms);
        return String.join("\0", terms);
    }

    /** {@code folded} without spaces and punctuation; {@code positions} (if not null) gets each kept char's index. */
    private static String compact(String folded, int[] positions) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                if (positions != null) {
                    positions[out.length() - 1] = i;
                }
            }
        }
        return out.toString();
    }

}
