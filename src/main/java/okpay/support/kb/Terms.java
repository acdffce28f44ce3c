package okpay.support.kb;

import java.util.List;
import okpay.support.i18n.Lang;

/** Words or phrases in both languages, such as search keywords. */
public record Terms(List<String> zh, List<String> en) {
    /** No words in either language. */
    public static final Terms NONE = new Terms(List.of(), List.of());

    public Terms {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    public List<String> get(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
