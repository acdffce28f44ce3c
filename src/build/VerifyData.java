import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.ibm.icu.text.SpoofChecker;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Build step (run by Maven in the generate-resources phase, with Guava and ICU4J on its class path; neither goes into
 * the jar): writes the two data files of {@code contact verify} into the classes folder.
 *
 * <ul>
 *   <li>{@code public-suffixes.txt}: the Public Suffix List as Guava 33.8.0 carries it, one rule a line in the list's
 *       own syntax ({@code co.uk}, {@code *.ck}, {@code !www.ck}), labels in ASCII (punycode), private rules (such as
 *       {@code github.io}) after a {@code ~}. Guava keeps the list as a trie in {@code PublicSuffixPatterns.TRIE}; it is
 *       walked here through reflection (node = label offset, first child, flags: child count in bits 0-10, exception
 *       in bit 11, wildcard type in bits 12-13, exact type in bits 14-15; type 1 ICANN, 2 private).</li>
 *   <li>{@code confusables.txt}: Unicode's confusable skeletons (UTS #39) as ICU4J 79.1 computes them
 *       ({@code SpoofChecker.getSkeleton}), one line per character whose skeleton differs from itself:
 *       {@code HEX TAB HEX HEX...}. Only characters that normalisation (NFD) leaves alone are listed: the reader
 *       decomposes its input first, as UTS #39 does.</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp GUAVA:ICU4J VerifyData.java CLASSES_DIR}. Runs as a single source file, so nothing of it
 * goes into the jar.
 */
public final class VerifyData {
    private static final String FOLDER = "okpay/support/contact/verify/";

    private VerifyData() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(out);
        List<String> rules = publicSuffixes();
        write(out.resolve("public-suffixes.txt"), rules);
        List<String> confusables = confusables();
        write(out.resolve("confusables.txt"), confusables);
        System.out.printf("contact verify data: %d public-suffix rules, %d confusable characters%n", rules.size(), confusables.size());
    }

    private static void write(Path file, List<String> lines) throws IOException {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);  // unchanged files keep their time, so the jar is not rebuilt for nothing
        }
    }

    private static List<String> publicSuffixes() throws ReflectiveOperationException {
        Object trie = PublicSuffixPatterns.TRIE;
        CharSequence data = field(trie, "trieData");
        CharSequence pool = field(trie, "stringPool");
        TreeSet<String> rules = new TreeSet<>();
        walk(data, pool, 0, "", rules);
        return new ArrayList<>(rules);
    }

    private static void walk(CharSequence data, CharSequence pool, int node, String suffix, TreeSet<String> rules) {
        int first = data.charAt(node * 3 + 1);
        int count = data.charAt(node * 3 + 2) & 2047;
        for (int child = first; child < first + count; child++) {
            int offset = data.charAt(child * 3);
            StringBuilder label = new StringBuilder();
            for (int i = 0; i < pool.charAt(offset); i++) {
                label.append(pool.charAt(offset + 1 + i));
            }
            String name = ascii(label.toString()) + (suffix.isEmpty() ? "" : "." + suffix);
            int flags = data.charAt(child * 3 + 2);
            if ((flags >> 11 & 1) != 0) {
                rules.add("!" + name);
            }
            int wildcard = flags >> 12 & 3;
            if (wildcard != 0) {
                rules.add((wildcard == 2 ? "~" : "") + "*." + name);
            }
            int exact = flags >> 14 & 3;
            if (exact != 0) {
                rules.add((exact == 2 ? "~" : "") + name);
            }
            walk(data, pool, child, name, rules);
        }
    }

    private static String ascii(String label) {
        return IDN.toASCII(label, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(owner);
    }

    private static List<String> confusables() {
        SpoofChecker checker = new SpoofChecker.Builder().build();
        List<String> lines = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE
                    || type == Character.CONTROL) {
                continue;
            }
            String s = new String(Character.toChars(c));
            if (!Normalizer.normalize(s, Normalizer.Form.NFD).equals(s)) {
                continue;
            }
            String skeleton = checker.getSkeleton(s);
            if (!skeleton.equals(s)) {
                List<String> hex = new ArrayList<>();
                skeleton.codePoints().forEach(p -> hex.add(Integer.toHexString(p).toUpperCase(Locale.ROOT)));
                lines.add(Integer.toHexString(c).toUpperCase(Locale.ROOT) + "\t" + String.join(" ", hex));  // empty: the character vanishes
            }
        }
        return lines;
    }
}
