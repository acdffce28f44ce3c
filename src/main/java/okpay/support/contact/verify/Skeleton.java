package okpay.support.contact.verify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds text to what it looks like at a glance, from the knowledge base's confusable table: Cyrillic
 * {@code о} and the digit {@code 0} become {@code o}, {@code rn} becomes {@code m}. Two strings with the
 * same skeleton are easily mistaken for each other. Accents are dropped too ({@code ö} → {@code o}).
 */
final class Skeleton {
    private final Map<Integer, String> single = new HashMap<>();
    /** Multi-character lookalikes, applied after the single ones: {lookalike, letter}. */
    private final List<String[]> sequences = new ArrayList<>();

    Skeleton(List<VerifyRules.Confusable> confusables) {
        for (VerifyRules.Confusable confusable : confusables) {
            for (String look : confusable.lookalikes()) {
                if (look.codePointCount(0, look.length()) == 1) {
                    single.put(look.codePointAt(0), confusable.latin());
                } else {
                    sequences.add(new String[] {look, confusable.latin()});
                }
            }
        }
    }

    /** The skeleton of lowercase {@code text}. */
    String fold(String text) {
        String folded = singles(withoutAccents(text));
        for (String[] sequence : sequences) {
            folded = folded.replace(singles(sequence[0]), sequence[1]);
        }
        return folded;
    }

    /**
     * What in {@code input} imitates {@code official}: "0 → o", "о (Cyrillic) → o", "rn → m". A lookalike is
     * listed when the input has it more often than the official value, so shared letters are not blamed.
     */
    List<String[]> imitations(String input, String official) {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>();
        String base = withoutAccents(input);
        if (!base.equals(input)) {
            for (int i = 0; i < input.length(); i = input.offsetByCodePoints(i, 1)) {
                String c = new String(Character.toChars(input.codePointAt(i)));
                String plain = withoutAccents(c);
                if (!plain.equals(c) && seen.add(c)) {
                    out.add(new String[] {c, plain});
                }
            }
        }
        for (int i = 0; i < base.length(); i = base.offsetByCodePoints(i, 1)) {
            int c = base.codePointAt(i);
            String letter = single.get(c);
            String look = new String(Character.toChars(c));
            if (letter != null && count(base, look) > count(official, look) && seen.add(look)) {
                out.add(new String[] {look, letter});
            }
        }
        for (String[] sequence : sequences) {
            if (count(base, sequence[0]) > count(official, sequence[0]) && seen.add(sequence[0])) {
                out.add(sequence.clone());
            }
        }
        return out;
    }

    private String singles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(single.getOrDefault(c, new String(Character.toChars(c)))));
        return out.toString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** Without combining accents; plain ASCII returns at once, so the Unicode tables load only when needed. */
    private static String withoutAccents(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{Mn}+", "");
    }
}
