package okpay.support.faq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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

    private Phrases(List<String> han, List<List<String>> latin) {
        this.han = han;
        this.latin = latin;
    }

    /** The phrases of {@code texts} worth matching whole: three or more Han characters, or two or more words. */
    static Phrases of(Collection<String> texts) {
        Set<String> han = new LinkedHashSet<>();
        Set<List<String>> latin = new LinkedHashSet<>();
        for (String text : texts) {
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

    /** {@code tokens} of {@code text}, followed by one {@link Tokenizer.TermKind#PHRASE} token per phrase found in it. */
    List<Tokenizer.Token> withPhrases(String text, List<Tokenizer.Token> tokens) {
        List<Tokenizer.Token> out = new ArrayList<>(tokens);
        if (!han.isEmpty()) {
            List<Integer> positions = new ArrayList<>();
            String compact = compact(Tokenizer.fold(text), positions);
            for (String phrase : han) {
                int at = compact.indexOf(phrase);
                if (at >= 0) {
                    int end = positions.get(at + phrase.length() - 1) + 1;
                    out.add(new Tokenizer.Token(PREFIX + phrase, Tokenizer.TermKind.PHRASE, positions.get(at), end));
                }
            }
        }
        List<Tokenizer.Token> words = new ArrayList<>();
        for (Tokenizer.Token token : tokens) {
            if (token.kind() == Tokenizer.TermKind.WORD || token.kind() == Tokenizer.TermKind.QUANTITY) {
                words.add(token);
            }
        }
        for (List<String> phrase : latin) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (matchesAt(words, i, phrase)) {
                    out.add(new Tokenizer.Token(PREFIX + String.join(" ", phrase), Tokenizer.TermKind.PHRASE, words.get(i).start(),
                            words.get(i + phrase.size() - 1).end()));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the words from {@code at} on are the phrase's words, in any order ("declined payment", "payment declined"). */
    private static boolean matchesAt(List<Tokenizer.Token> words, int at, List<String> phrase) {
        List<String> left = new ArrayList<>(phrase);
        for (int k = 0; k < phrase.size(); k++) {
            if (!left.remove(words.get(at + k).term())) {
                return false;
            }
        }
        return true;
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
    private static String compact(String folded, List<Integer> positions) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                if (positions != null) {
                    positions.add(i);
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
