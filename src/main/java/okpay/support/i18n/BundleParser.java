package okpay.support.i18n;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.PropertyResourceBundle;

/**
 * Reads a message bundle's {@code .properties} bytes into a map, as {@link PropertyResourceBundle} reads them. The
 * bundles are written as plain {@code key=value} lines, which are split here with a few {@code indexOf} calls: a cold
 * JVM reading them through {@link java.util.Properties}, character by character, took 2 to 5 ms a bundle, and a
 * command reads two or three. A text with anything else (escapes, continued lines, other separators, bytes that
 * are not UTF-8) is read whole by {@link PropertyResourceBundle}, so the result never differs.
 */
final class BundleParser {
    private BundleParser() {}

    /** The keys and values of {@code bytes}, a properties file (UTF-8, else ISO-8859-1, as Java reads bundles). */
    static Map<String, String> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Map<String, String> plain = text.indexOf('\uFFFD') < 0 ? plain(text) : null;
        return plain != null ? plain : standard(bytes);
    }

    /** {@code text} split into {@code key=value} lines; null when a line is not that simple. */
    static Map<String, String> plain(String text) {
        if (text.indexOf('\r') >= 0) {
            return null; // a line end of its own, even inside a comment
        }
        Map<String, String> out = new HashMap<>();
        int length = text.length();
        int escape = text.indexOf('\\'); // the next backslash, found once for the whole text
        for (int at = 0; at < length; ) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? length : end;
            while (escape >= 0 && escape < at) {
                escape = text.indexOf('\\', at);
            }
            if (end > at) {
                char first = text.charAt(at);
                if (first != '#' && first != '!') {
                    int eq = text.indexOf('=', at);
                    if (eq <= at || eq >= end || !simple(text, at, eq) || escape >= 0 && escape < eq) {
                        return null;
                    }
                    int value = eq + 1;
                    while (value < end && (text.charAt(value) == ' ' || text.charAt(value) == '\t' || text.charAt(value) == '\f')) {
                        value++;
                    }
                    String read = escape >= 0 && escape < end ? unescaped(text, value, end) : text.substring(value, end);
                    if (read == null) {
                        return null;
                    }
                    out.put(text.substring(at, eq), read);
                }
            }
            at = end + 1;
        }
        return out;
    }

    /**
     * The value {@code text[from, to)} with its escapes read (a backslash, u and four hex digits; a backslash and t, n, f
     * or r; else the character after the backslash); null when it goes on on the next line or an escape is malformed.
     */
    private static String unescaped(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == to) {
                return null; // a continued line
            }
            c = text.charAt(i);
            if (c == 'u') {
                if (i + 4 >= to) {
                    return null;
                }
                int code = 0;
                for (int k = 1; k <= 4; k++) {
                    int digit = Character.digit(text.charAt(i + k), 16);
                    if (digit < 0) {
                        return null;
                    }
                    code = code * 16 + digit;
                }
                out.append((char) code);
                i += 4;
            } else {
                out.append(c == 't' ? '\t' : c == 'n' ? '\n' : c == 'f' ? '\f' : c == 'r' ? '\r' : c);
            }
        }
        return out.toString();
    }

    /** Whether {@code text[from, to)} is a key that needs no reading rule: no space or other separator (escapes are checked before). */
    private static boolean simple(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f' || c == ':') {
                return false;
            }
        }
        return true;
    }

    /** {@code bytes} read by {@link PropertyResourceBundle}, every rule of the format applied. */
    static Map<String, String> standard(byte[] bytes) {
        try {
            PropertyResourceBundle bundle = new PropertyResourceBundle(new ByteArrayInputStream(bytes));
            Map<String, String> out = new HashMap<>();
            for (String key : bundle.keySet()) {
                out.put(key, bundle.getString(key));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a message bundle", e);
        }
    }
}
