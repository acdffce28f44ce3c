package okpay.support.contact.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Messages;

/** How much one name looks like another: same skeleton, a few edits apart, or borrowing the brand or a support word. */
final class Resemblance {
    private static final String SEPARATORS = "[._-]";

    private final Skeleton skeleton;
    private final List<String> brandWords = new ArrayList<>();
    private final List<String> claimWords;
    /** The brand and claim words folded, on first use: folding reads Unicode's table, which a phone number never needs. */
    private List<String> brands;
    private List<String> claims;
    private final Messages m;

    Resemblance(VerifyRules rules, List<String> officialDomains, Messages m) {
        this.skeleton = new Skeleton(rules.confusables());
        this.m = m;
        brandWords.addAll(rules.brandWords());
        claimWords = rules.claimWords();
        if (brandWords.isEmpty()) {
            // Without a verify section the brand is the name the official domains start with (okpay.example → okpay).
            for (String domain : officialDomains) {
                String label = domain.split("\\.")[0];
                if (label.length() >= 3 && !brandWords.contains(label)) {
                    brandWords.add(label);
                }
            }
        }
    }

    private void foldWords() {
        if (brands == null) {
            brands = brandWords.stream().map(this::fold).toList();
            claims = claimWords.stream().map(this::fold).toList();
        }
    }

    String fold(String text) {
        return skeleton.fold(text);
    }

    /**
     * "0 for o, о (Cyrillic letter, U+043E) for o" when {@code input} differs from {@code official} but folds to the
     * same skeleton (or to one ending in it, for hosts); null otherwise.
     */
    String imitation(String input, String official) {
        if (input.equals(official)) {
            return null;
        }
        String in = fold(input);
        String of = fold(official);
        if (!in.equals(of) && !in.endsWith("." + of)) {
            return null;
        }
        if (!in.equals(of)) {
            // A host below a lookalike of the official one: compare its last labels with the official ones.
            int labels = official.split("\\.", -1).length;
            String[] parts = input.split("\\.", -1);
            input = String.join(".", Arrays.copyOfRange(parts, Math.max(0, parts.length - labels), parts.length));
        }
        List<String> parts = new ArrayList<>();
        for (String[] pair : skeleton.imitations(input, official)) {
            parts.add(describe(pair[0], pair[1]));
        }
        return parts.isEmpty() ? null : String.join(m.get("list.separator"), parts);
    }

    /**
     * A sentence on the alphabets of a lookalike {@code input}: written wholly in one other alphabet (Cyrillic, Lisu,
     * Cherokee...), or mixing alphabets within one name, as homograph attacks do; null when neither.
     */
    String scripts(String input) {
        for (String label : input.split("[.@_-]")) {
            Set<Character.UnicodeScript> scripts = new LinkedHashSet<>();
            label.codePoints().filter(Character::isLetter).forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
            scripts.remove(Character.UnicodeScript.COMMON);
            scripts.remove(Character.UnicodeScript.INHERITED);
            if (scripts.size() == 1 && !scripts.contains(Character.UnicodeScript.LATIN)) {
                return m.get("reason.whole-script", label, scriptName(scripts.iterator().next()));
            }
            if (scripts.size() > 1 && !cjk(scripts)) {
                List<String> names = new ArrayList<>();
                scripts.forEach(s -> names.add(scriptName(s)));
                return m.get("reason.mixed-script", label, String.join(m.get("list.separator"), names));
            }
        }
        return null;
    }

    /** Latin with Han and kana, bopomofo or hangul is how Chinese, Japanese and Korean names are written. */
    private static boolean cjk(Set<Character.UnicodeScript> scripts) {
        Set<Character.UnicodeScript> rest = new LinkedHashSet<>(scripts);
        rest.removeAll(Set.of(Character.UnicodeScript.LATIN, Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA, Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.HANGUL));
        return rest.isEmpty();
    }

    private String scriptName(Character.UnicodeScript script) {
        String key = "script." + script.name();
        return m.has(key) ? m.get(key) : script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The edit distance between the skeletons when it is small for their length but not zero, else -1. */
    int nearness(String input, String official) {
        String a = fold(input);
        String b = fold(official);
        int longest = Math.max(a.length(), b.length());
        int allowed = longest < 5 ? 0 : longest < 9 ? 1 : 2;
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return -1;  // also keeps the distance work small for long inputs
        }
        int distance = DidYouMean.distance(a, b);
        return distance > 0 && distance <= allowed ? distance : -1;
    }

    /** The brand word {@code text} borrows (at the start or end of one of its words, or when the separators go), or null. */
    String brandIn(String text) {
        foldWords();
        return wordIn(text, brands, 3);
    }

    /** The support word {@code text} claims ("support", "kefu"), or null. */
    String claimIn(String text) {
        foldWords();
        return wordIn(text, claims, 4);
    }

    /** Without '.', '_' and '-': "okpay_support" and "okpay.support" read as "okpaysupport". */
    static String withoutSeparators(String text) {
        return text.replaceAll(SEPARATORS, "");
    }

    private String wordIn(String text, List<String> words, int shortest) {
        String folded = fold(text);
        String[] tokens = folded.split("[^\\p{L}\\p{N}]+");
        String joined = folded.replaceAll("[^\\p{L}\\p{N}]+", "");
        for (String word : words) {
            for (String token : tokens) {
                // "okpayhelp" borrows the name; "bookpay" merely ends with it, unless what comes before is a claim ("supportokpay").
                boolean edge = word.length() >= shortest && token.length() > word.length()
                        && (token.startsWith(word) || token.endsWith(word) && claims.contains(token.substring(0, token.length() - word.length())));
                if (token.equals(word) || edge) {
                    return word;
                }
            }
            if (word.length() >= shortest && joined.startsWith(word) && !joined.equals(folded)) {
                return word;
            }
        }
        return null;
    }

    private String describe(String look, String letter) {
        int cp = look.codePointAt(0);
        if (look.codePointCount(0, look.length()) > 1 || cp < 0x80) {
            return m.get("imitation.plain", look, letter);
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String scriptName = block == Character.UnicodeBlock.MATHEMATICAL_ALPHANUMERIC_SYMBOLS ? m.get("script.MATHEMATICAL")
                : Character.UnicodeScript.of(cp) == Character.UnicodeScript.COMMON ? m.get("script.OTHER")
                : scriptName(Character.UnicodeScript.of(cp));
        return m.get("imitation.script", look, scriptName, String.format(Locale.ROOT, "%04X", cp), letter);
    }
}
