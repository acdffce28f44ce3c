package okpay.support.prompt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the numbers people write, in Chinese or English, and what they count: a duration ({@code 3天}, {@code 两天},
 * {@code 48小时}, {@code three days}, {@code a week}), in days; an amount of money ({@code ¥300}, {@code 300元},
 * {@code $1,200.50}, {@code 1.2k}, {@code 5万}); or a plain number ({@code 51}, {@code 十五}). One scanner serves
 * answers to questions, search (which files every duration and amount under one term) and {@code ask} (which reads
 * "3 days" as the answer to a question counting days). Hand-written rather than regular expressions: it runs on every
 * search of a cold JVM.
 */
public final class Quantities {
    /** What a number counts. */
    public enum Measure { NUMBER, DURATION, AMOUNT }

    /** A number found in a text: where ({@code start} inclusive, {@code end} exclusive), what it counts, its value. */
    public record Found(int start, int end, Measure measure, BigDecimal value) {}

    private static final String HAN_NUMERALS = NumberWords.HAN_NUMERALS;
    private static final String CURRENCY_SIGNS = "¥￥$€£";
    /** Duration units, longest first where one starts another, with their length in days. */
    private static final String[][] DURATIONS = {
        {"个银行工作日", "1"}, {"银行工作日", "1"}, {"个工作日", "1"}, {"工作日", "1"}, {"个星期", "7"}, {"星期", "7"},
        {"个礼拜", "7"}, {"礼拜", "7"}, {"个多月", "30"}, {"个月", "30"}, {"个小时", "h"}, {"小时", "h"}, {"个钟头", "h"},
        {"钟头", "h"}, {"分钟", "m"}, {"天", "1"}, {"周", "7"},
        {"working days", "1"}, {"working day", "1"}, {"business days", "1"}, {"business day", "1"}, {"banking days", "1"},
        {"banking day", "1"}, {"days", "1"}, {"day", "1"}, {"weeks", "7"}, {"week", "7"}, {"wks", "7"}, {"wk", "7"},
        {"months", "30"}, {"month", "30"}, {"hours", "h"}, {"hour", "h"}, {"hrs", "h"}, {"hr", "h"}, {"h", "h"},
        {"minutes", "m"}, {"minute", "m"}, {"mins", "m"}, {"min", "m"}, {"d", "1"}};
    private static final String[] CURRENCY_WORDS = {"块钱", "块", "元", "刀", "美元", "美金", "欧元", "欧", "英镑", "镑", "港币", "人民币",
        "日元", "bucks", "buck", "dollars", "dollar", "euros", "euro", "pounds", "quid", "usd", "eur", "gbp", "cny", "rmb", "hkd", "sgd",
        "jpy", "aud", "cad"};
    private static final String[] CURRENCY_CODES = {"usd", "eur", "gbp", "cny", "rmb", "hkd", "sgd", "jpy", "aud", "cad"};
    private static final String[] COUNTS = {"次", "遍", "回", " times", " time"};
    /** Words around a number in an answer that do not change it: "about 3 days", "大概两天", "3天左右". */
    private static final String[] FILLER = {"about ", "around ", "approx ", "roughly ", "maybe ", "大概", "大约", "约", "差不多", "已经", "过了", "有"};
    private static final String[] TRAILING = {"左右", "了", "吧", "多", " or so", " ago", "前", "以前", "之前"};

    private Quantities() {}

    /** Every number in {@code text}, in order. Chinese numerals and English number words count only with a unit. */
    public static List<Found> find(String text) {
        String folded = fold(text);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            Found next = at(folded, i);
            if (next == null) {
                i++;
            } else {
                found.add(next);
                i = Math.max(next.end(), i + 1);
            }
        }
        return found;
    }

    /**
     * The one number an answer is, when it is nothing but a number with an optional unit, sign and filler
     * ({@code 3天}, {@code about 3 days}, {@code ¥300}, {@code 十五}, {@code three}); null otherwise.
     */
    public static Found whole(String answer) {
        String text = trimFiller(fold(answer).strip());
        for (String count : COUNTS) {
            // A count is a plain number: "两次", "3 times" (left to answers: in running text "五六次" is no quantity to find)
            if (text.endsWith(count) && text.length() > count.length()) {
                Found number = whole(text.substring(0, text.length() - count.length()));
                return number == null || number.measure() != Measure.NUMBER ? null
                        : new Found(0, text.length(), Measure.NUMBER, number.value());
            }
        }
        if (text.isEmpty()) {
            return null;
        }
        List<Found> found = find(text);
        if (found.isEmpty()) {
            BigDecimal value = NumberWords.han(text, 0, text.length());
            int word = text.startsWith("a") ? 0 : NumberWords.english(text, 0, text.length());
            if (value != null && NumberWords.allHan(text)) {
                return new Found(0, text.length(), Measure.NUMBER, value);
            }
            return word > 0 ? new Found(0, text.length(), Measure.NUMBER, BigDecimal.valueOf(word)) : null;
        }
        Found only = found.get(0);
        return found.size() == 1 && only.start() == 0 && only.end() == text.length() ? only : null;
    }

    private static Found at(String s, int i) {
        char c = s.charAt(i);
        if (CURRENCY_SIGNS.indexOf(c) >= 0) {
            int start = skipSpace(s, i + 1);
            Found number = digitsAt(s, start);
            return number == null ? null : new Found(i, amountEnd(s, number.end()), Measure.AMOUNT, number.value());
        }
        if (isAsciiDigit(c) && (i == 0 || !isAsciiLetterOrDigit(s.charAt(i - 1)) || currencyCodeBefore(s, i) >= 0)) {
            Found number = digitsAt(s, i);
            if (number == null) {
                return null;
            }
            int code = currencyCodeBefore(s, i);
            return withUnit(s, code >= 0 ? code : i, number.end(), number.value(), code >= 0);
        }
        if (HAN_NUMERALS.indexOf(c) >= 0) {
            int end = i;
            while (end < s.length() && HAN_NUMERALS.indexOf(s.charAt(end)) >= 0) {
                end++;
            }
            BigDecimal value = NumberWords.han(s, i, end);
            Found unit = value == null ? null : withUnit(s, i, end, value, false);
            return unit != null && unit.measure() != Measure.NUMBER ? unit : null;
        }
        if (Character.isLetter(c) && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
            int end = i;
            while (end < s.length() && Character.isLetter(s.charAt(end))) {
                end++;
            }
            int word = NumberWords.english(s, i, end);
            if (word > 0 && end < s.length() && s.charAt(end) == ' ') {
                Found unit = withUnit(s, i, end, BigDecimal.valueOf(word), false);
                return unit != null && unit.measure() == Measure.DURATION ? unit : null;
            }
        }
        return null;
    }

    /** A number ending at {@code end}, with the unit or currency after it; a plain number when there is neither. */
    private static Found withUnit(String s, int start, int end, BigDecimal value, boolean currencyBefore) {
        int u = skipSpace(s, end);
        for (String[] unit : DURATIONS) {
            if (!currencyBefore && startsWord(s, u, unit[0])) {
                int after = u + unit[0].length();
                BigDecimal unitDays = switch (unit[1]) {
                    case "h" -> BigDecimal.ONE.divide(BigDecimal.valueOf(24), 6, RoundingMode.HALF_UP);
                    case "m" -> BigDecimal.ONE.divide(BigDecimal.valueOf(1440), 8, RoundingMode.HALF_UP);
                    default -> new BigDecimal(unit[1]);
                };
                BigDecimal days = value.multiply(unitDays);
                if (after < s.length() && s.charAt(after) == '半') {
                    days = days.add(unitDays.divide(BigDecimal.valueOf(2), 8, RoundingMode.HALF_UP)); // 一天半
                    after++;
                }
                return new Found(start, after, Measure.DURATION, strip(days.setScale(2, RoundingMode.HALF_UP)));
            }
        }
        int amountEnd = amountEnd(s, end);
        if (currencyBefore || amountEnd > end) {
            return new Found(start, amountEnd, Measure.AMOUNT, value);
        }
        if (end < s.length() && isAsciiLetterOrDigit(s.charAt(end))) {
            return null; // part of a word: "2fa", "3ds"
        }
        return new Found(start, end, Measure.NUMBER, value);
    }

    /** Where a currency word after a number ends ({@code 300 元}, {@code 50 bucks}), or {@code end} when there is none. */
    private static int amountEnd(String s, int end) {
        int u = skipSpace(s, end);
        for (String word : CURRENCY_WORDS) {
            if (startsWord(s, u, word)) {
                return u + word.length();
            }
        }
        return end;
    }

    /** Where a currency code just before position {@code i} starts ({@code usd120}, {@code usd 120}); -1 if there is none. */
    private static int currencyCodeBefore(String s, int i) {
        int end = i > 0 && s.charAt(i - 1) == ' ' ? i - 1 : i;
        if (end < 3) {
            return -1;
        }
        for (String code : CURRENCY_CODES) {
            if (s.startsWith(code, end - 3) && (end == 3 || !isAsciiLetterOrDigit(s.charAt(end - 4)))) {
                return end - 3;
            }
        }
        return -1;
    }

    /** Digits with thousands separators and decimals, and a multiplier ({@code k}, {@code w}, {@code 万}, {@code 千}). */
    private static Found digitsAt(String s, int i) {
        int end = i;
        StringBuilder digits = new StringBuilder();
        while (end < s.length()) {
            char c = s.charAt(end);
            if (isAsciiDigit(c)) {
                digits.append(c);
            } else if (c == ',' && digits.length() > 0 && digits.indexOf(".") < 0 && threeDigits(s, end + 1)) {
                // a thousands separator only when three digits follow: "1,200" but not "5,6"
            } else if (c == '.' && end + 1 < s.length() && isAsciiDigit(s.charAt(end + 1)) && digits.indexOf(".") < 0 && digits.length() > 0) {
                digits.append(c);
            } else {
                break;
            }
            end++;
        }
        if (digits.length() == 0 || digits.length() > 30) {
            return null;
        }
        BigDecimal value = new BigDecimal(digits.toString());
        if (end < s.length()) {
            char m = s.charAt(end);
            boolean wordEnds = end + 1 >= s.length() || !Character.isLetter(s.charAt(end + 1));
            if ((m == 'k' && wordEnds) || m == '千') {
                value = value.multiply(BigDecimal.valueOf(1000));
                end++;
            } else if ((m == 'w' && wordEnds) || m == '万') {
                value = value.multiply(BigDecimal.valueOf(10000));
                end++;
            }
        }
        return new Found(i, end, Measure.NUMBER, strip(value));
    }

    private static boolean threeDigits(String s, int at) {
        if (at + 3 > s.length()) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!isAsciiDigit(s.charAt(k))) {
                return false;
            }
        }
        return at + 3 == s.length() || !isAsciiDigit(s.charAt(at + 3));
    }




    private static boolean startsWord(String s, int at, String word) {
        if (!s.startsWith(word, at)) {
            return false;
        }
        // An English unit must end its word ("3 days", not "3 dayz"); a Chinese one may be followed by anything ("3天了").
        int after = at + word.length();
        return !isAsciiLetterOrDigit(word.charAt(word.length() - 1)) || after >= s.length() || !isAsciiLetterOrDigit(s.charAt(after));
    }

    private static int skipSpace(String s, int i) {
        return i < s.length() && s.charAt(i) == ' ' ? i + 1 : i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiDigit(c) || (c >= 'a' && c <= 'z');
    }

    private static String trimFiller(String text) {
        String out = text;
        while (!out.isEmpty() && ".。!！?？,，~".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        for (String filler : FILLER) {
            if (out.startsWith(filler) && out.length() > filler.length()) {
                out = out.substring(filler.length()).strip();
            }
        }
        for (String tail : TRAILING) {
            if (out.endsWith(tail) && out.length() > tail.length()) {
                out = out.substring(0, out.length() - tail.length()).strip();
            }
        }
        return out;
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /**
     * Lower case, full-width letters, digits and signs (from a Chinese input method) as ASCII, tabs and ideographic
     * spaces as spaces; the length is kept, so positions in the folded text are positions in the original. Cheaper than
     * NFKC normalisation, whose tables cost a tenth of a second to load.
     */
    public static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\t') {
                c = ' ';
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
