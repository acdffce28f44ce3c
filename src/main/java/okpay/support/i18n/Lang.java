package okpay.support.i18n;

import java.util.Locale;
import java.util.Map;

/** The two languages every user-facing string exists in. */
public enum Lang {
    ZH, EN;

    /** The language code used in the knowledge base and on the command line ({@code zh}, {@code en}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code zh} or {@code en} (any case, with or without a region such as {@code zh_CN}); null if neither. */
    public static Lang parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.startsWith("zh")) {
            return ZH;
        }
        if (v.startsWith("en")) {
            return EN;
        }
        return null;
    }

    /**
     * The default language from the environment: {@code OKPAY_SUPPORT_LANG} if it names one, else the
     * way POSIX programs pick it: the first of {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG} that
     * is set decides; Chinese for {@code zh*}, English otherwise.
     */
    public static Lang fromEnvironment(Map<String, String> env) {
        Lang explicit = parse(env.get("OKPAY_SUPPORT_LANG"));
        if (explicit != null) {
            return explicit;
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
            }
        }
        return EN;
    }
}
