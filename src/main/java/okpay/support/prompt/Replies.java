package okpay.support.prompt;

import java.util.Locale;
import java.util.Set;
import okpay.support.i18n.Nfkc;
import okpay.support.i18n.Scripts;

/**
 * Yes, no and "I don't know" as people type them, in Chinese or English: {@code 是}, {@code 对}, {@code 有},
 * {@code 收到了}, {@code yep}; {@code 没有}, {@code 还没}, {@code 不是}, {@code nope}, {@code not yet}, {@code never};
 * {@code 不知道}, {@code 不清楚}, {@code not sure}, {@code no idea}. Chinese answers often repeat the question's verb,
 * so a reply that starts with a negation ({@code 没收到}, {@code 不能}) is no, and one that ends in 了 without one
 * ({@code 收到了}) is yes.
 */
final class Replies {
    /** What a reply means. */
    enum Meaning { YES, NO, UNKNOWN }

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "ya", "sure", "true", "1", "correct", "of course",
            "i did", "i have", "it did", "it has", "it is", "是", "是的", "是啊", "对", "对的", "对啊", "有", "有的", "嗯", "好", "好的", "能",
            "可以", "会", "行", "当然");
    private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "never", "false", "0", "not yet", "not really", "i didnt",
            "i havent", "it didnt", "it hasnt", "否", "不", "不是", "不对", "没有", "没", "还没", "还没有", "没呢", "从没", "从来没有", "并没有");
    private static final Set<String> UNKNOWN = Set.of("unknown", "dont know", "i dont know", "do not know", "i do not know", "not sure",
            "im not sure", "unsure", "no idea", "dunno", "idk", "cant tell", "cant say", "no clue", "不知道", "不清楚", "不确定", "不记得",
            "不太清楚", "不太确定", "说不好", "说不清", "不好说", "忘了", "记不清", "记不得", "没注意", "不晓得", "不懂");
    private static final String NEGATIONS = "没不未别无";

    private Replies() {}

    /** What {@code raw} means, or null when it is neither yes, no nor "don't know". */
    static Meaning of(String raw) {
        String reply = plain(raw);
        if (reply.isEmpty()) {
            return null;
        }
        if (UNKNOWN.contains(reply) || startsWithAny(reply, "不知道", "不清楚", "不确定", "不记得", "not sure", "no idea", "dont know",
                "i dont know", "i am not sure", "im not sure")) {
            return Meaning.UNKNOWN;
        }
        if (YES.contains(reply)) {
            return Meaning.YES;
        }
        if (NO.contains(reply)) {
            return Meaning.NO;
        }
        String first = reply.split(" ", 2)[0];
        if (Set.of("yes", "yeah", "yep", "yup", "y").contains(first)) {
            return Meaning.YES;
        }
        if (Set.of("no", "nope", "nah", "never", "not", "n").contains(first)) {
            return Meaning.NO;
        }
        if (allHan(reply)) {
            if (reply.length() > 1 && reply.substring(1).chars().anyMatch(c -> c == '否' || c == '不' || c == '没')
                    && NEGATIONS.indexOf(reply.charAt(0)) < 0 && !reply.startsWith("还没")) {
                return null; // 是否, 有没有, 是不是: the question repeated, not an answer
            }
            if (NEGATIONS.indexOf(reply.charAt(0)) >= 0 || reply.startsWith("还没")) {
                return Meaning.NO;
            }
            if (reply.endsWith("了") || reply.startsWith("是") || reply.startsWith("有") || reply.startsWith("对")) {
                return Meaning.YES;
            }
        }
        return null;
    }

    /** Whether {@code raw} says "I don't know". */
    static boolean dontKnow(String raw) {
        return of(raw) == Meaning.UNKNOWN;
    }

    /** Lower case, NFKC, without apostrophes, trailing punctuation and particles (啊, 呀, 哦, 呢 after a word). */
    static String plain(String raw) {
        String text = Nfkc.of(raw).strip().toLowerCase(Locale.ROOT)
                .replace("'", "").replace("\u2019", "");
        int end = text.length();
        while (end > 0 && ".。!！?？,，~…".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        text = text.substring(0, end).strip().replaceAll("\\s+", " ");
        while (text.length() > 1 && "啊呀哦呢吧嘛哈".indexOf(text.charAt(text.length() - 1)) >= 0 && !YES.contains(text) && !NO.contains(text)) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    private static boolean startsWithAny(String text, String... prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String text) {
        return Scripts.allHan(text);
    }
}
