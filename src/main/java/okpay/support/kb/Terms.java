package okpay.support.kb;

import java.util.List;

/** Words or phrases in both languages, such as search keywords. */
public record Terms(List<String> zh, List<String> en) {
    public Terms {
        zh = List.copyOf(zh);
        en = List.copyOf(en);
    }

    public List<String> get(Lang lang) {
        return lang == Lang.ZH ? zh : en;
    }
}
