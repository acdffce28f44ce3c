package okpay.support.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import okpay.support.resource.Resources;

/**
 * The tool's own labels and messages in one language, read from a properties bundle: each feature keeps its
 * own, {@code messages.properties} (English) and {@code messages_zh.properties} in the feature's package, so a
 * feature's wording changes with the feature; the words every command shares are in {@code i18n/core}.
 * Placeholders are {@code {0}}, {@code {1}}... and are replaced literally (no MessageFormat quoting rules).
 * The bundles are read as {@code ResourceBundle.getBundle} reads them without a fallback locale (Chinese: the
 * {@code _zh} file, then the base file), but through {@link Resources}, without its lookups and caches.
 */
public final class Messages {
    /** The bundles read so far, by resource name: each is read once per run. */
    private static final Map<String, Map<String, String>> READ = new HashMap<>();

    private final Map<String, String> specific;
    private final Map<String, String> base;
    private final Lang lang;

    private Messages(Map<String, String> specific, Map<String, String> base, Lang lang) {
        this.specific = specific;
        this.base = base;
        this.lang = lang;
    }

    /** The bundle of the feature {@code owner} belongs to (the {@code messages} bundle of its package), in {@code lang}. */
    public static Messages of(Class<?> owner, Lang lang) {
        return bundle(owner.getPackageName() + ".messages", lang);
    }

    /**
     * The bundle {@code name} of {@code owner}'s package, in {@code lang}: for words only some runs need (the knowledge
     * base's problems), kept apart from the {@code messages} bundle every run of the feature reads.
     */
    public static Messages of(Class<?> owner, String name, Lang lang) {
        return bundle(owner.getPackageName() + "." + name, lang);
    }

    /** The words every command shares (labels, usage and knowledge-base errors), in {@code lang}. */
    public static Messages core(Lang lang) {
        return bundle("okpay.support.i18n.core", lang);
    }

    private static Messages bundle(String name, Lang lang) {
        String path = name.replace('.', '/');
        Map<String, String> base = read(path + ".properties");
        Map<String, String> specific = lang == Lang.ZH ? read(path + "_zh.properties") : null;
        if (base == null && specific == null) {
            throw new MissingResourceException("Can't find bundle for base name " + name, name, "");
        }
        return new Messages(specific, base, lang);
    }

    private static synchronized Map<String, String> read(String resource) {
        Map<String, String> bundle = READ.get(resource);
        if (bundle == null) {
            try {
                byte[] bytes = Resources.read(resource);
                if (bytes == null) {
                    return null;
                }
                bundle = BundleParser.parse(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            READ.put(resource, bundle);
        }
        return bundle;
    }

    public Lang lang() {
        return lang;
    }

    /** The message {@code key} with {@code {0}}, {@code {1}}... replaced by {@code args}. */
    public String get(String key, Object... args) {
        String pattern = lookup(key);
        if (pattern == null) {
            throw new IllegalStateException("message key missing from bundle: " + key);
        }
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : pattern.substring(i, close + 1));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * "did you mean 'x'? " (ending in a space, to stand before the rest of a hint) when one of
     * {@code candidates} is a plausible typo of {@code input}, else "". One wording for every feature,
     * from the {@code core} bundle.
     */
    public String didYouMean(String input, Collection<String> candidates) {
        return DidYouMean.closest(input, candidates).map(s -> core(lang).get("hint.did-you-mean", s) + " ").orElse("");
    }

    /**
     * " (did you mean 'x'?)" to follow a message, for {@code suggestions} already found; "" when there are none.
     */
    public String suggestion(List<String> suggestions) {
        if (suggestions.isEmpty()) {
            return "";
        }
        String question = core(lang).get("hint.did-you-mean", String.join(", ", suggestions));
        return " (" + question.replaceAll("[?？]$", "") + "?)";
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return lookup(key) != null;
    }

    /** The text of {@code key}: in the language's own file, else in the base file; null in neither. */
    private String lookup(String key) {
        String text = specific == null ? null : specific.get(key);
        if (text == null && base != null) {
            text = base.get(key);
        }
        return text;
    }

    private static boolean isIndex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to - from <= 2;
    }
}
