package okpay.support.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits mixed Chinese and English text into search terms. Latin words are lower-cased, stripped
 * of apostrophes and of common English endings; Chinese has no spaces, so a run of Han characters
 * becomes overlapping two-character terms (a lone character stays a term of its own), after
 * question words that carry no meaning have been cut out.
 */
final class Tokenizer {
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "to", "of", "for", "and", "or", "in", "on", "at", "by", "is", "are", "was", "be",
            "i", "me", "my", "it", "its", "this", "that", "do", "does", "did", "how", "what", "why", "can",
            "could", "should", "would", "will", "with", "from", "you", "your", "we", "our", "please", "help",
            "okpay", "wallet", "get", "got", "have", "has", "am", "so", "if", "about", "there", "any", "just");
    /** Chinese filler: question words and particles, longest first so that they are cut whole. */
    private static final List<String> ZH_FILLER = List.of(
            "怎么办", "为什么", "怎么样", "怎样", "怎么", "如何", "什么", "请问", "一下", "我的", "可以", "应该", "okpay",
            "钱包", "我", "的", "了", "吗", "呢", "吧", "啊", "呀");

    private Tokenizer() {}

    /** The search terms of {@code text}, in order, duplicates kept. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        String normalized = fold(text);
        StringBuilder latin = new StringBuilder();
        StringBuilder han = new StringBuilder();
        for (int i = 0; i < normalized.length(); ) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isHan(cp)) {
                flushLatin(latin, out);
                han.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                flushHan(han, out);
                latin.appendCodePoint(cp);
            } else {
                flushLatin(latin, out);
                flushHan(han, out);
            }
        }
        flushLatin(latin, out);
        flushHan(han, out);
        return out;
    }

    /**
     * Lower case, apostrophes dropped, full-width letters and digits (common in Chinese input) made
     * ASCII. Cheaper than NFKC normalisation, whose tables cost a tenth of a second to load.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            if (c != '\'' && c != '\u2019') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Whether a term is Chinese (compared exactly) rather than a Latin word (compared with typo tolerance). */
    static boolean isHanTerm(String term) {
        return !term.isEmpty() && isHan(term.codePointAt(0));
    }

    private static void flushLatin(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            String w = word.toString();
            word.setLength(0);
            if (!STOP_WORDS.contains(w)) {
                out.add(stem(w));
            }
        }
    }

    private static void flushHan(StringBuilder run, List<String> out) {
        if (run.length() == 0) {
            return;
        }
        String text = run.toString();
        run.setLength(0);
        // One pass: cut out filler words (longest first, as listed) and emit what lies between them.
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            String filler = fillerAt(text, i);
            if (filler == null) {
                i++;
                continue;
            }
            emitHan(text, start, i, out);
            i += filler.length();
            start = i;
        }
        emitHan(text, start, text.length(), out);
    }

    private static String fillerAt(String text, int at) {
        for (String filler : ZH_FILLER) {
            if (text.startsWith(filler, at)) {
                return filler;
            }
        }
        return null;
    }

    /** A piece of Chinese as overlapping character pairs, or the character itself when it stands alone. */
    private static void emitHan(String text, int from, int to, List<String> out) {
        if (to - from == 1) {
            out.add(text.substring(from, to));
        }
        for (int i = from; i + 1 < to; i++) {
            out.add(text.substring(i, i + 2));
        }
    }

    /**
     * A light English stemmer: enough to make "payments", "declined" and "declining" meet "payment"
     * and "decline". Query and index go through the same function, so the stems only need to agree,
     * not to be words.
     */
    static String stem(String w) {
        if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ing") && s.length() > 5) {
            s = undouble(s.substring(0, s.length() - 3));
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = undouble(s.substring(0, s.length() - 2));
        } else if (s.endsWith("sses") || s.endsWith("ches") || s.endsWith("shes") || s.endsWith("xes")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String undouble(String stem) {
        int n = stem.length();
        boolean doubled = n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0;
        return doubled ? stem.substring(0, n - 1) : stem;
    }
}
