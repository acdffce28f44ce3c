package okpay.support.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okpay.support.resource.Resources;

/**
 * The names of regions (ISO 3166 countries and territories) in both languages, and the codes of the names people
 * type ({@code 中国大陆}, {@code 法国}, {@code France}). The table, {@code regions.tsv}, is the JDK's display names
 * written out once, so a run that names a region does not load the JDK's locale data (tens of milliseconds cold);
 * it is read only by a run that shows or parses a region.
 */
public final class Regions {
    /** code, English name, Chinese name, other accepted names. */
    private record Row(String code, String en, String zh, List<String> aliases) {}

    private static List<Row> rows;

    private Regions() {}

    /** The name of region {@code code} in {@code lang}, or null when the code is not a region. */
    public static String name(String code, Lang lang) {
        String upper = code.toUpperCase(Locale.ROOT);
        for (Row row : rows()) {
            if (row.code().equals(upper)) {
                return lang == Lang.ZH ? row.zh() : row.en();
            }
        }
        return null;
    }

    /**
     * The code of the region {@code input} names: a two-letter code (any case), an English or Chinese name (case and
     * spaces ignored) or one of the other names; null when none fits.
     */
    public static String code(String input) {
        String wanted = key(input);
        if (wanted.length() == 2 && letter(wanted.charAt(0)) && letter(wanted.charAt(1))) {
            return wanted.toUpperCase(Locale.ROOT);
        }
        for (Row row : rows()) {
            if (key(row.en()).equals(wanted) || key(row.zh()).equals(wanted)) {
                return row.code();
            }
            for (String alias : row.aliases()) {
                if (key(alias).equals(wanted)) {
                    return row.code();
                }
            }
        }
        return null;
    }

    /** Every known code with its names, for completion and the tests: code → [English, Chinese, other names...]. */
    public static Map<String, List<String>> all() {
        Map<String, List<String>> out = new HashMap<>();
        for (Row row : rows()) {
            List<String> names = new ArrayList<>(List.of(row.en(), row.zh()));
            names.addAll(row.aliases());
            out.put(row.code(), List.copyOf(names));
        }
        return out;
    }

    private static boolean letter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static String key(String name) {
        return name.strip().replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static synchronized List<Row> rows() {
        if (rows == null) {
            byte[] bytes;
            try {
                bytes = Resources.read("okpay/support/i18n/regions.tsv");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the region table", e);
            }
            List<Row> read = new ArrayList<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                read.add(new Row(cols[0], cols[1], cols[2], cols.length > 3 ? List.of(cols[3].split(",")) : List.of()));
            }
            rows = List.copyOf(read);
        }
        return rows;
    }
}
