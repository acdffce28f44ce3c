package okpay.support.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;

/**
 * The words of the loader's problems in one language: the {@code kb} bundle ({@code okpay/support/kb/problems*.properties},
 * which the build leaves out of the resources embedded for one-off commands), read when the first problem of a run is
 * reported, so a clean run reads neither it nor this class. A {@link Subject}
 * argument is said in the language too: its nouns from the bundle's {@code noun.*} keys, ids and YAML keys as written.
 */
public final class ProblemWords {
    /** A space between two Chinese characters (or full-width punctuation), which Chinese text does not set. */
    private static final Pattern SPACE_IN_CHINESE = Pattern.compile("(?<=[\\u2E80-\\u9FFF\\uFF00-\\uFFEF]) (?=[\\u2E80-\\u9FFF\\uFF00-\\uFFEF])");

    private ProblemWords() {}

    /** The message {@code key} of the {@code kb} bundle in {@code lang}, with {@code args} in place. */
    public static String say(Lang lang, String key, Object... args) {
        Messages words = Messages.of(ProblemWords.class, "problems", lang);
        Object[] said = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Subject subject) {
                if (said == args) {
                    said = args.clone();
                }
                said[i] = subject(words, subject.phrase());
            }
        }
        String text = words.get(key, said);
        // the patterns put a space around each argument; Chinese sets no space between two Chinese words
        return lang == Lang.ZH && args.length > 0 ? SPACE_IN_CHINESE.matcher(text).replaceAll("") : text;
    }

    /** Whether the {@code kb} bundle has {@code key} (in Chinese, where the token names are). */
    static boolean has(String key) {
        return Messages.of(ProblemWords.class, "problems", Lang.ZH).has(key);
    }

    /**
     * " (did you mean 'x'?)" in {@code lang}, to follow a message, when one of {@code candidates} is a plausible typo of
     * {@code input}; else "".
     */
    public static String didYouMean(Lang lang, String input, Collection<String> candidates) {
        return DidYouMean.closest(input, candidates).map(s -> say(lang, "did-you-mean", s)).orElse("");
    }

    /**
     * {@code phrase} in the bundle's language: in Chinese each noun (one to three words, longest first, from the
     * {@code noun.WORD-WORD} keys) becomes its Chinese word, a quoted id or a YAML key stays, and what follows a quoted
     * id belongs to it ("流程 'x' 的问题 'y'"). In English the phrase is what the readers wrote.
     */
    static String subject(Messages words, String phrase) {
        if (words.lang() != Lang.ZH || phrase == null) {
            return phrase;
        }
        List<String> tokens = tokens(phrase);
        StringBuilder out = new StringBuilder();
        boolean afterQuote = false;
        boolean afterChinese = false;
        for (int i = 0; i < tokens.size(); ) {
            String token = tokens.get(i);
            String said = token;
            int used = 1;
            if (!token.startsWith("'")) {
                for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
                    String key = "noun." + String.join("-", tokens.subList(i, i + n));
                    if (words.has(key)) {
                        said = words.get(key);
                        used = n;
                        break;
                    }
                }
            }
            boolean chinese = !said.isEmpty() && said.charAt(said.length() - 1) >= '\u2E80';
            if (out.length() > 0) {
                if (afterQuote) {
                    out.append(' ').append(words.get("noun.of")).append(chinese ? "" : " ");
                } else if (!(afterChinese && chinese)) {
                    out.append(' ');
                }
            }
            out.append(said);
            afterQuote = token.startsWith("'");
            afterChinese = chinese;
            i += used;
        }
        return out.toString();
    }

    /** The words of {@code phrase}, a quoted part ({@code 'a b'}) as one. */
    private static List<String> tokens(String phrase) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            char c = phrase.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '\'') {
                int close = phrase.indexOf('\'', i + 1);
                int end = close < 0 ? phrase.length() : close + 1;
                tokens.add(phrase.substring(i, end));
                i = end;
            } else {
                int end = i;
                while (end < phrase.length() && phrase.charAt(end) != ' ' && phrase.charAt(end) != '\'') {
                    end++;
                }
                tokens.add(phrase.substring(i, end));
                i = end;
            }
        }
        return tokens;
    }
}
