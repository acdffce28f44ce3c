package okpay.support.contact.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folds text to what it looks like at a glance: Unicode's confusable skeletons (UTS #39, {@code confusables.txt},
 * written at build time from ICU4J by src/build/VerifyData.java), then lowercase, without accents. Cyrillic {@code о},
 * Lisu {@code ꓳ} and the digit {@code 0} become {@code o}; {@code m} and {@code rn} share a skeleton. The knowledge
 * base's own {@code verify.confusables} are applied on top. Two strings with the same skeleton are easily mistaken
 * for each other.
 */
final class Skeleton {
    /** Most pieces one side of an imitation may span ("rn" for "m" is two): bounds the alignment below. */
    private static final int MAX_RUN = 4;

    private final Map<Integer, String> single = new HashMap<>();
    /** Multi-character lookalikes of the knowledge base, applied after the single ones: {lookalike, letter}. */
    private final List<String[]> sequences = new ArrayList<>();

    /** Unicode's table: a character → its skeleton; read the first time a skeleton is needed. */
    private static final class Unicode {
        static final Map<Integer, String> TABLE = load();

        private static Map<Integer, String> load() {
            Map<Integer, String> table = new HashMap<>(10_000);
            try (InputStream in = Skeleton.class.getResourceAsStream("confusables.txt")) {
                if (in == null) {
                    return table;  // a build without the data: only the knowledge base's table applies
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int tab = line.indexOf('\t');
                    StringBuilder skeleton = new StringBuilder();
                    for (String hex : line.substring(tab + 1).split(" ")) {
                        if (!hex.isEmpty()) {
                            skeleton.appendCodePoint(Integer.parseInt(hex, 16));
                        }
                    }
                    table.put(Integer.parseInt(line.substring(0, tab), 16), skeleton.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return table;
        }
    }

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
        // Twice: a skeleton may itself fold further ("ı" is "i", which reads as "l" like a capital I).
        String folded = singles(singles(text));
        for (String[] sequence : sequences) {
            folded = folded.replace(singles(sequence[0]), sequence[1]);
        }
        return folded;
    }

    /**
     * What in {@code input} imitates {@code official}, as {lookalike, original} pairs: {"0", "o"}, {"о", "o"}, {"rn",
     * "m"}. The two are walked side by side; where they differ, the shortest runs of characters with equal skeletons are
     * paired. Empty when they share no skeleton.
     */
    List<String[]> imitations(String input, String official) {
        List<String> a = pieces(input);
        List<String> b = pieces(official);
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                i++;
                j++;
                continue;
            }
            int ei = i + 1;
            int ej = j + 1;
            String x = fold(String.join("", a.subList(i, ei)));
            String y = fold(String.join("", b.subList(j, ej)));
            while (!x.equals(y) && ei - i <= MAX_RUN && ej - j <= MAX_RUN) {
                if (x.length() <= y.length() && ei < a.size()) {
                    ei++;
                } else if (ej < b.size()) {
                    ej++;
                } else {
                    break;
                }
                x = fold(String.join("", a.subList(i, ei)));
                y = fold(String.join("", b.subList(j, ej)));
            }
            if (!x.equals(y)) {
                return out;  // no run of equal look: the rest is not an imitation of this official value
            }
            String look = String.join("", a.subList(i, ei));
            String original = String.join("", b.subList(j, ej));
            if (seen.add(look + "\u0000" + original)) {
                out.add(new String[] {look, original});
            }
            i = ei;
            j = ej;
        }
        return out;
    }

    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>(text.length());
        text.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        return out;
    }

    private String singles(String text) {
        String base = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(base.length() + 8);
        for (int i = 0; i < base.length(); i = base.offsetByCodePoints(i, 1)) {
            int c = base.codePointAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;  // accents: "ö" reads as "o"
            }
            if (Character.isLowerCase(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.CHEROKEE) {
                c = Character.toUpperCase(c);  // Unicode case-folds Cherokee to its capitals (so do IDNA and UTS #46)
            }
            String mapped = single.get(c);
            if (mapped == null) {
                mapped = Unicode.TABLE.get(c);
            }
            if (mapped == null && Character.toUpperCase(c) != c) {
                // Input is lowercased, but the table lists many letters by their capital (Lisu, Cherokee, "I" for "l").
                mapped = Unicode.TABLE.get(Character.toUpperCase(c));
            }
            if (mapped == null) {
                out.appendCodePoint(c);
            } else {
                for (int k = 0; k < mapped.length(); k = mapped.offsetByCodePoints(k, 1)) {
                    int m = mapped.codePointAt(k);
                    if (Character.getType(m) != Character.NON_SPACING_MARK) {
                        out.appendCodePoint(m);
                    }
                }
            }
        }
        String lower = out.toString().toLowerCase(Locale.ROOT);
        return lower;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
