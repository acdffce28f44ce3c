package okpay.support.contact.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds payment card numbers in text and masks them to the first 6 and last 4 digits, which is as much
 * as card-industry rules allow to be shown and enough for support to find the card.
 */
public final class CardNumbers {
    /**
     * A run of digit groups joined by one or two spaces, dashes, or dots or underscores before a group of at least
     * three digits (so "100.50" stays an amount). Runs glued to a letter or to "X-" are identifiers
     * (TX-20261125-0042), and runs continuing with ".5" or ",000" are amounts: neither is a card.
     * Possessive quantifiers stop the engine from trying a shorter run inside a rejected one.
     */
    private static final Pattern RUN = Pattern.compile(
            "(?<![A-Za-z0-9_+])(?<![A-Za-z0-9][-/.])\\d++(?:(?: {1,2}|-|[._](?=\\d{3}))\\d++)*+(?![A-Za-z_])(?![.,]\\d)");

    /** Words that make a 13- or 14-digit number a card: such short cards are rare, and ids of that length common. */
    private static final Pattern CARD_WORD = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{IsCyrillic}])(?:cards?|visa|master\\s*card|amex|american\\s+express|discover|union\\s*pay|jcb|diners|maestro"
                    + "|debit|credit|pan|karte|carte|tarjeta|cartão|карта|карты)(?![\\p{IsLatin}\\p{IsCyrillic}])|卡|银联",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far around a number a card word is looked for. */
    private static final int CARD_WORD_BEFORE = 40;
    private static final int CARD_WORD_AFTER = 24;

    /** Card lengths from the most to the least common, so a 16-digit card wins over a longer accidental window. */
    private static final int[] LENGTHS = {16, 15, 19, 18, 17, 14, 13};

    private CardNumbers() {
    }

    /** {@code text} with every card number masked. */
    public static Replaced mask(String text) {
        Matcher run = RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int masked = 0;
        while (run.find()) {
            List<int[]> groups = groups(text, run.start(), run.end());
            if (digits(groups, 0, groups.size()) < 13 || Facts.identifier(text, run.start())) {
                continue;
            }
            List<int[]> cards = new ArrayList<>();
            findCards(text, groups, 0, groups.size(), cards);
            cards.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int[] card : cards) {
                if (!isCard(text, card[0], card[1])) {
                    continue;
                }
                out.append(text, last, card[0]).append(masked(text.substring(card[0], card[1])));
                last = card[1];
                masked++;
            }
        }
        return new Replaced(out.append(text, last, text.length()).toString(), masked);
    }

    /**
     * Whether a Luhn-valid window is a card: no card number starts with 0 (a phone number with its "00" country
     * prefix does), a tx-id or phone label before it makes it that fact, and 13 or 14 digits need a card word nearby.
     */
    private static boolean isCard(String text, int start, int end) {
        String digits = digitsOnly(text.substring(start, end));
        if (digits.charAt(0) == '0' || (start > 0 && Facts.identifier(text, start))) {
            return false;
        }
        if (digits.length() >= 15) {
            return true;
        }
        String around = text.substring(Math.max(0, start - CARD_WORD_BEFORE), Math.min(text.length(), end + CARD_WORD_AFTER));
        return CARD_WORD.matcher(around).find();
    }

    /** Whether {@code digits} (digits only) passes the Luhn check that every payment card number passes. */
    public static boolean luhn(CharSequence digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * Looks for a card among groups [from, to): a window of whole groups with 13-19 digits that passes
     * Luhn and, if it spans several groups, uses one kind of separator throughout (so "2026-11-25 4111 ..."
     * does not pull the date into the card). The whole range is tried first, since a number written as
     * one unit is most likely one card; then windows by {@link #LENGTHS}. A card found splits the range,
     * and both sides are searched again.
     */
    private static void findCards(String text, List<int[]> groups, int from, int to, List<int[]> cards) {
        if (from >= to) {
            return;
        }
        int all = digits(groups, from, to);
        if (all >= 13 && all <= 19 && uniformSeparators(text, groups, from, to - 1)
                && luhn(digitsOnly(text.substring(groups.get(from)[0], groups.get(to - 1)[1])))) {
            cards.add(new int[] {groups.get(from)[0], groups.get(to - 1)[1]});
            return;
        }
        for (int length : LENGTHS) {
            for (int i = from; i < to; i++) {
                int digits = 0;
                for (int j = i; j < to && digits < length; j++) {
                    digits += groups.get(j)[1] - groups.get(j)[0];
                    if (digits == length && uniformSeparators(text, groups, i, j)
                            && luhn(digitsOnly(text.substring(groups.get(i)[0], groups.get(j)[1])))) {
                        cards.add(new int[] {groups.get(i)[0], groups.get(j)[1]});
                        findCards(text, groups, from, i, cards);
                        findCards(text, groups, j + 1, to, cards);
                        return;
                    }
                }
            }
        }
    }

    private static boolean uniformSeparators(String text, List<int[]> groups, int first, int last) {
        for (int k = first + 1; k < last; k++) {
            if (text.charAt(groups.get(k)[1]) != text.charAt(groups.get(first)[1])) {
                return false;
            }
        }
        return true;
    }

    private static List<int[]> groups(String text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        int i = start;
        while (i < end) {
            int j = i;
            while (j < end && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                j++;
            }
            groups.add(new int[] {i, j});
            i = j;
            while (i < end && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                i++; // one separator, or two spaces
            }
        }
        return groups;
    }

    private static int digits(List<int[]> groups, int from, int to) {
        int sum = 0;
        for (int k = from; k < to; k++) {
            sum += groups.get(k)[1] - groups.get(k)[0];
        }
        return sum;
    }

    private static String digitsOnly(String s) {
        return s.replaceAll("[^0-9]", "");
    }

    /** First 6 and last 4 digits kept, the rest as '*', separators dropped: {@code 411111******1111}. */
    public static String masked(String card) {
        String digits = digitsOnly(card);
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }
}
