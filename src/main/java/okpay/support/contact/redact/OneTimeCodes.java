package okpay.support.contact.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one-time codes (SMS, 2FA, verification codes) in text: a number near a word that names such a code.
 * A bare number means nothing without the word, and numbers are what a ticket is full of (amounts, ids).
 */
final class OneTimeCodes {
    /**
     * Words naming a one-time code ({@code code}), and "X code" phrases that name something else
     * ({@code not}: error code, promo code, bank code...) so that "error code 1004" keeps its number.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?<not>(?<![A-Za-z])(?:error|declined?|response|reason|status|result|promo(?:tion)?|coupon|discount"
                    + "|invite|invitation|referral|zip|postal|post|country|area|bank|sort|swift|bic|branch|product"
                    + "|order|tracking|merchant|currency|qr|bar|source)[\\s_-]*codes?(?![A-Za-z])|错误码|错误代码)"
                    + "|(?<code>(?<![A-Za-z0-9])(?:one[-\\s]?time(?:[-\\s]?(?:pass)?code|\\s+password|\\s+pin)?|otp"
                    + "|2fa(?:\\s+code)?|sms\\s+code|verification(?:\\s+code)?|verify\\s+code|security\\s+code"
                    + "|auth(?:entication)?\\s+code|log-?in\\s+code|sign-?in\\s+code|confirmation\\s+code"
                    + "|c[oó]digo(?:\\s+de\\s+(?:verifica[cç][aã]o|verificaci[oó]n|seguran[cç]a|seguridad|confirma[cç][aã]o))?"
                    + "|code\\s+de\\s+(?:v[ée]rification|confirmation|s[ée]curit[ée])|best[aä]tigungscode|verifizierungscode"
                    + "|sicherheitscode|m?tan)(?![A-Za-z])|(?<![\\p{IsLatin}\\p{IsCyrillic}])код(?:\\s+подтверждения)?(?![\\p{IsLatin}\\p{IsCyrillic}])"
                    + "|验证码|动态码|校验码|短信码|动态密码|动态口令|确认码|驗證碼|認證碼)"
                    // "code" and "SMS" alone: a one-time code in a description, but not in an error field ("code 402110").
                    + "|(?<loose>(?<![A-Za-z0-9])(?:sms|texts?|codes?)(?![A-Za-z]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * 4-8 digits, or a 6- or 8-digit code written in two halves ("123 456"). Not part of a longer number,
     * date, time, decimal, identifier (TX-20261125-0042), masked card, reference (#1234) or amount
     * ($1000, 1000元, 1000 USD).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9_*+#$€£¥￥])(?<![A-Za-z0-9][-/.,:])(?<!\\d[ -])"
                    + "(?:\\d{4,8}|\\d{3}[ -]\\d{3}|\\d{4}[ -]\\d{4})"
                    + "(?![A-Za-z0-9_*])(?![-/.,:]\\d)(?![ -]\\d)"
                    + "(?!\\s*(?:[年月日号元块%]|(?:USD|CNY|RMB|EUR|GBP|HKD|JPY)(?![A-Za-z])))");

    /** A year after "in", "since"...: "the code expired in 2026" keeps its year. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern BEFORE_YEAR = Pattern.compile(
            "(?<![A-Za-z])(?:in|on|since|until|by|from|of|year|before|after)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * "Near" means at most this many words and characters between the code word and the number: enough for
     * "Your OTP for the payment of 1000 USD is 483920", within one sentence.
     */
    static final int MAX_GAP_WORDS = 8;
    static final int MAX_GAP_CHARS = 64;

    private OneTimeCodes() {
    }

    private record Label(int start, int end, boolean otp) {
    }

    /**
     * {@code text} with each code replaced by {@link Redactor#REMOVED}. A number right after a fact's label (an id, a
     * phone, an error, an amount, a sender: {@link Facts}) is never a code. With {@code strict} (an error field), only
     * an explicit label counts: "code" or "SMS" alone does not. A number is a code when the nearest
     * code word before it (within the gap limits, in the same sentence) names a one-time code, or, with no
     * such word before it, the nearest one after it does ("123456 is your verification code").
     */
    static Replaced remove(String text, boolean strict) {
        List<Label> labels = new ArrayList<>();
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            // In an error field "code" alone names the error's code ("(code 30017)"), as "error code" does.
            boolean loose = label.group("loose") != null;
            labels.add(new Label(label.start(), label.end(), label.group("code") != null || loose && !strict));
        }
        if (labels.isEmpty()) {
            return new Replaced(text, 0);
        }
        Matcher number = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        while (number.find()) {
            if (!isYear(text, number.start(), number.group()) && !Facts.labelled(text, number.start())
                    && isCode(text, labels, number.start(), number.end())) {
                out.append(text, last, number.start()).append(Redactor.REMOVED);
                last = number.end();
                count++;
            }
        }
        return new Replaced(out.append(text, last, text.length()).toString(), count);
    }

    private static boolean isYear(String text, int start, String number) {
        return YEAR.matcher(number).matches()
                && BEFORE_YEAR.matcher(text.substring(Math.max(0, start - 10), start)).find();
    }

    private static boolean isCode(String text, List<Label> labels, int start, int end) {
        Label before = null;
        Label after = null;
        for (Label l : labels) {
            if (l.end() <= start) {
                before = l;
            } else if (l.start() >= end && after == null) {
                after = l;
            }
        }
        if (before != null && near(text.substring(before.end(), start))) {
            return before.otp();
        }
        return after != null && near(text.substring(end, after.start())) && after.otp();
    }

    /** Whether {@code gap} is short and stays within one sentence. */
    private static boolean near(String gap) {
        if (gap.length() > MAX_GAP_CHARS || gap.matches("(?s).*(?:[\\n\\r。！？!?;；]|\\.(?:\\s|$)).*")) {
            return false;
        }
        String words = gap.strip();
        return words.isEmpty() || words.split("\\s+").length <= MAX_GAP_WORDS;
    }
}
