package okpay.support.faq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's own phrases (keywords and synonyms such as {@code 登不上}, {@code 钱没到}, {@code locked out}),
 * found whole in a text: a phrase is stronger evidence than its character pairs or words one by one, and it bridges
 * Chinese word boundaries that pairs cut across. A Chinese phrase matches as a substring (spaces and punctuation
 * ignored); an English one as consecutive stemmed words, in any order.
 */
final class Phrases {
    /** The prefix of a phrase's term, so that a phrase never collides with a word. */
    static final String PREFIX = "p:";

    private final List<String> han;
    private final List<List<String>> latin;
    /** The Chinese phrases by their first character, the English ones by their words sorted, and the English phrases' sizes. */
    private final Map<Character, int[]> hanByFirst = new HashMap<>();
    private final Map<String, int[]> latinBySorted = new HashMap<>();
    private final int[] latinSizes;

    private Phrases(List<String> han, List<List<String>> latin) {
        this.han = han;
        this.latin = latin;
        // Plain loops, no lambdas or streams: the embedded index is read on every search, in a cold JVM.
        for (int k = 0; k < han.size(); k++) {
            append(hanByFirst, han.get(k).charAt(0), k);
        }
        int[] sizes = new int[0];
        for (int k = 0; k < latin.size(); k++) {
            String[] words = latin.get(k).toArray(new String[0]);
            Arrays.sort(words);
            append(latinBySorted, String.join("\0", words), k);
            if (Arrays.binarySearch(sizes, words.length) < 0) {
                sizes = Arrays.copyOf(sizes, sizes.length + 1);
                sizes[sizes.length - 1] = words.length;
                Arrays.sort(sizes);
            }
        }
        this.latinSizes = sizes;
    }

    /** The phrases of {@code texts} worth matching whole: three or more Han characters, or two or more words. */
    static Phrases of(Collection<String> texts) {
        Set<String> han = new LinkedHashSet<>();
        Set<List<String>> latin = new LinkedHashSet<>();
        // The same text always gives the same phrase: each is read once (a large knowledge base repeats its keywords).
        for (String text : new LinkedHashSet<>(texts)) {
            String compact = compact(Tokenizer.fold(text), null);
            if (hasHan(compact)) {
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
        return new Phrases(List.copyOf(han), List.copyOf(latin));
    }

    /**
     * {@code tokens} of {@code text}, followed by one {@link Tokenizer.TermKind#PHRASE} token per phrase found in it: Chinese
     * phrases in the order listed, each at its first occurrence, then English ones likewise. The phrases are looked up by
     * their first character and by their sorted words, so a text costs the same however many phrases there are.
     */
    List<Tokenizer.Token> withPhrases(String text, List<Tokenizer.Token> tokens) {
        List<Tokenizer.Token> out = new ArrayList<>(tokens);
        if (!han.isEmpty()) {
            int[] positions = new int[text.length()];
            String compact = compact(Tokenizer.fold(text), positions);
            // PhraseHits as (phrase, position) pairs sorted by phrase: the phrases' order, each at its first occurrence.
            for (long pair : firstOccurrences(compact)) {
                int k = (int) (pair >>> 32);
                int at = (int) pair;
                int end = positions[at + han.get(k).length() - 1] + 1;
                out.add(new Tokenizer.Token(PREFIX + han.get(k), Tokenizer.TermKind.PHRASE, positions[at], end));
            }
        }
        if (!latin.isEmpty()) {
            List<Tokenizer.Token> words = new ArrayList<>();
            for (Tokenizer.Token token : tokens) {
                if (token.kind() == Tokenizer.TermKind.WORD || token.kind() == Tokenizer.TermKind.QUANTITY) {
                    words.add(token);
                }
            }
            for (long pair : firstWindows(words)) {
                int k = (int) (pair >>> 32);
                int at = (int) pair;
                List<String> phrase = latin.get(k);
                out.add(new Tokenizer.Token(PREFIX + String.join(" ", phrase), Tokenizer.TermKind.PHRASE, words.get(at).start(),
                        words.get(at + phrase.size() - 1).end()));
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
            int[] candidates = hanByFirst.get(compact.charAt(at));
            if (candidates != null) {
                for (int k : candidates) {
                    if (compact.startsWith(han.get(k), at)) {
                        found.add(k, at);
                    }
                }
            }
        }
        return found.firsts();
    }

    /**
     * The first word of the first run of {@code words} that holds each English phrase's words in any order
     * ("declined payment", "payment declined"), -1 where none does.
     */
    private long[] firstWindows(List<Tokenizer.Token> words) {
        PhraseHits found = new PhraseHits();
        for (int size : latinSizes) {
            for (int i = 0; i + size <= words.size(); i++) {
                int[] candidates = latinBySorted.get(sortedKey(words, i, size));
                if (candidates != null) {
                    for (int k : candidates) {
                        found.add(k, i);
                    }
                }
            }
        }
        return found.firsts();
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

    private static <K> void append(Map<K, int[]> map, K key, int k) {
        int[] known = map.get(key);
        int[] all = known == null ? new int[1] : Arrays.copyOf(known, known.length + 1);
        all[all.length - 1] = k;
        map.put(key, all);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(han.size());
        for (String phrase : han) {
            out.writeUTF(phrase);
        }
        out.writeInt(latin.size());
        for (List<String> phrase : latin) {
            out.writeInt(phrase.size());
            for (String word : phrase) {
                out.writeUTF(word);
            }
        }
    }

    static Phrases read(DataInputStream in) throws IOException {
        List<String> han = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            han.add(in.readUTF());
        }
        List<List<String>> latin = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            List<String> words = new ArrayList<>();
            for (int w = in.readInt(); w > 0; w--) {
                words.add(in.readUTF());
            }
            latin.add(List.copyOf(words));
        }
        return new Phrases(List.copyOf(han), List.copyOf(latin));
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

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Tokenizer.isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
