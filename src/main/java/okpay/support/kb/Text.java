package okpay.support.kb;

import okpay.support.i18n.Lang;

/** A user-facing string in both languages. */
public record Text(String zh, String en) {

    /** The string in {@code lang}. */
    public String get(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }

    /** The same string in both languages, for values that are not translated (numbers, addresses). */
    public static Text same(String value) {
        return new Text(value, value);
    }
}
