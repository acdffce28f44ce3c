package okpay.support.prompt;

import java.math.BigDecimal;

/** Numbers written as words: Chinese numerals ({@code 十五}, {@code 两}, {@code 一万五}, {@code 半}) and English ({@code three}, {@code a}). */
final class NumberWords {
    private static final String HAN_DIGITS = "零〇一二两三四五六七八九";
    private static final int[] HAN_DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9};
    /** Every character a Chinese numeral is written with. */
    static final String HAN_NUMERALS = HAN_DIGITS + "十百千万半";
    private static final String[] ENGLISH = {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

    private NumberWords() {}

    /** A Chinese numeral such as 十五, 两, 一百二十, 一万五 or 半; null if {@code s[from, to)} is not one. */
    static BigDecimal han(String s, int from, int to) {
        if (to - from == 1 && s.charAt(from) == '半') {
            return new BigDecimal("0.5");
        }
        long total = 0;
        long section = 0;
        long number = -1;
        long lastUnit = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int digit = HAN_DIGITS.indexOf(c);
            if (digit >= 0) {
                number = HAN_DIGIT_VALUES[digit];
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit == 10000) {
                total = (total + section + Math.max(number, 0)) * 10000;
                section = 0;
            } else {
                section += (number < 0 ? 1 : number) * unit;
            }
            number = -1;
            lastUnit = unit;
        }
        if (number >= 0 && lastUnit >= 100 && to - from >= 2) {
            number *= lastUnit / 10; // 一万五 is 15000, 三百五 is 350
        }
        return BigDecimal.valueOf(total + section + Math.max(number, 0));
    }

    static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (HAN_NUMERALS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The value of an English number word ({@code a} and {@code an} are one), or 0. */
    static int english(String s, int from, int to) {
        String word = s.substring(from, to);
        for (int n = 0; n < ENGLISH.length; n++) {
            if (ENGLISH[n].equals(word)) {
                return n < 2 ? 1 : n - 1;
            }
        }
        return 0;
    }
}
