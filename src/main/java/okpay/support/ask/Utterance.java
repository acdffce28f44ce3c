package okpay.support.ask;

import java.util.ArrayList;
import java.util.List;
import okpay.support.i18n.Scripts;

/**
 * A description as {@code ask} reads it for words: Chinese as one run of characters (spaces and punctuation ignored),
 * English as lower-case words, where a word of four letters or more also stands for its longer forms and common
 * misspellings that start the same ("withdraw" for "withdrawal", "withdrawl", "withdrawing").
 */
final class Utterance {
    private final String compact;
    private final List<String> words;

    Utterance(String text) {
        this.compact = compact(text);
        this.words = words(text);
    }

    /** Whether the description uses {@code word} (a word or a phrase, in either language). */
    boolean says(String word) {
        if (Scripts.anyHan(word)) {
            String wanted = compact(word);
            return !wanted.isEmpty() && compact.contains(wanted);
        }
        List<String> wanted = words(word);
        if (wanted.isEmpty()) {
            return false;
        }
        for (int i = 0; i + wanted.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < wanted.size() && all; k++) {
                String have = words.get(i + k);
                String need = wanted.get(k);
                all = need.length() >= 4 ? have.startsWith(need) : have.equals(need);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? fold(text.charAt(i)) : ' ';
            if (c == '\'' || c == '\u2019') {
                continue; // "hasn't" is "hasnt"
            }
            if (c < 0x3000 && Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        return out;
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        }
        return Character.toLowerCase(c);
    }

}
