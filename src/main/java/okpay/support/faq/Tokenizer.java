package okpay.support.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import okpay.support.i18n.Scripts;
import okpay.support.kb.Shared;
import okpay.support.prompt.Quantities;

/**
 * Splits mixed Chinese and English text into search terms, each with where it came from in the text. Latin words are
 * lower-cased, stripped of apostrophes and of common English endings; Chinese has no spaces, so a run of Han
 * characters becomes overlapping two-character terms plus each character on its own (weaker evidence), after
 * question words that carry no meaning have been cut out. Every duration ({@code 3天}, {@code two days}) becomes the
 * one term {@value #DURATION} and every amount of money ({@code ¥300}, {@code 50 bucks}) the term {@value #AMOUNT},
 * so "300块转了两天" and "sent $200 two days ago" meet in the same terms; other numbers stay as they are ({@code 51}).
 */
@Shared
public final class Tokenizer {
    /** The term every duration becomes. */
    public static final String DURATION = "#duration";
    /** The term every amount of money becomes. */
    public static final String AMOUNT = "#amount";

    /** What kind of evidence a term is. */
    public enum TermKind {
        /** An English word, stemmed. */
        WORD,
        /** Two Han characters. */
        BIGRAM,
        /** One Han character: weak evidence on its own. */
        CHARACTER,
        /** A number, a duration or an amount. */
        QUANTITY,
        /** A phrase of the knowledge base's keywords and synonyms, found whole in the text. */
        PHRASE
    }

    /** One term of a text, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Token(String term, TermKind kind, int start, int end) {}

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "to", "of", "for", "and", "or", "in", "on", "at", "by", "is", "are", "was", "be",
            "i", "me", "my", "it", "its", "this", "that", "do", "does", "did", "how", "what", "why", "can",
            "could", "should", "would", "will", "with", "from", "you", "your", "we", "our", "please", "help",
            "okpay", "wallet", "get", "got", "have", "has", "am", "so", "if", "about", "there", "any", "just",
            "whats", "hows", "wheres", "im", "ive", "id", "hi", "hello", "hey", "thanks", "thank", "pls", "plz");
    /** Chinese filler: question words and particles, longest first so that they are cut whole. */
    private static final List<String> ZH_FILLER = List.of(
            "怎么办", "为什么", "怎么样", "怎样", "怎么", "如何", "什么", "请问", "一下", "我的", "可以", "应该", "okpay",
            "钱包", "我", "的", "了", "吗", "呢", "吧", "啊", "呀");

    private Tokenizer() {}

    /** The search terms of {@code text}, in order, duplicates kept. */
    static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (Token token : tokens(text)) {
            out.add(token.term());
        }
        return out;
    }

    /** The tokens of {@code text}, in order, duplicates kept. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        String folded = fold(text);
        List<Quantities.Found> quantities = Quantities.find(text);
        int nextQuantity = 0;
        int latinStart = -1;
        StringBuilder latin = new StringBuilder();
        int hanStart = -1;
        for (int i = 0; i < folded.length(); ) {
            if (nextQuantity < quantities.size() && quantities.get(nextQuantity).start() == i) {
                flushLatin(latin, latinStart, i, out);
                flushHan(folded, hanStart, i, out);
                hanStart = -1;
                Quantities.Found q = quantities.get(nextQuantity++);
                out.add(new Token(quantityTerm(q, folded), TermKind.QUANTITY, q.start(), q.end()));
                i = q.end();
                continue;
            }
            int cp = folded.codePointAt(i);
            int width = Character.charCount(cp);
            if (isHan(cp)) {
                flushLatin(latin, latinStart, i, out);
                if (hanStart < 0) {
                    hanStart = i;
                }
            } else if (Character.isLetterOrDigit(cp) || (isApostrophe(cp) && latin.length() > 0)) {
                flushHan(folded, hanStart, i, out);
                hanStart = -1;
                if (latin.length() == 0) {
                    latinStart = i;
                }
                if (!isApostrophe(cp)) {
                    latin.appendCodePoint(cp);
                }
            } else {
                flushLatin(latin, latinStart, i, out);
                flushHan(folded, hanStart, i, out);
                hanStart = -1;
            }
            i += width;
        }
        flushLatin(latin, latinStart, folded.length(), out);
        flushHan(folded, hanStart, folded.length(), out);
        return out;
    }

    private static String quantityTerm(Quantities.Found q, String folded) {
        return switch (q.measure()) {
            case DURATION -> DURATION;
            case AMOUNT -> AMOUNT;
            case NUMBER -> folded.substring(q.start(), q.end()).replace(",", "");
        };
    }

    /** The text folded as quantities are read ({@link Quantities#fold}): one folding for the search and the answers. */
    static String fold(String text) {
        return Quantities.fold(text);
    }

    static boolean isHan(int cp) {
        return Scripts.isHan(cp);
    }

    /** Whether a term is Chinese (compared exactly) rather than a Latin word (compared with typo tolerance). */
    static boolean isHanTerm(String term) {
        return !term.isEmpty() && isHan(term.codePointAt(0));
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static void flushLatin(StringBuilder word, int start, int end, List<Token> out) {
        if (word.length() > 0) {
            String w = word.toString();
            word.setLength(0);
            if (!STOP_WORDS.contains(w)) {
                out.add(new Token(stem(w), TermKind.WORD, start, end));
            }
        }
    }

    private static void flushHan(String text, int from, int to, List<Token> out) {
        if (from < 0 || to <= from) {
            return;
        }
        // One pass: cut out filler words (longest first, as listed) and emit what lies between them.
        int start = from;
        int i = from;
        while (i < to) {
            String filler = fillerAt(text, i, to);
            if (filler == null) {
                i++;
                continue;
            }
            emitHan(text, start, i, out);
            i += filler.length();
            start = i;
        }
        emitHan(text, start, to, out);
    }

    private static String fillerAt(String text, int at, int to) {
        for (String filler : ZH_FILLER) {
            if (text.startsWith(filler, at) && at + filler.length() <= to) {
                return filler;
            }
        }
        return null;
    }

    /** A piece of Chinese as overlapping character pairs and as single characters. */
    private static void emitHan(String text, int from, int to, List<Token> out) {
        for (int i = from; i < to; i++) {
            out.add(new Token(text.substring(i, i + 1), TermKind.CHARACTER, i, i + 1));
            if (i + 1 < to) {
                out.add(new Token(text.substring(i, i + 2), TermKind.BIGRAM, i, i + 2));
            }
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
