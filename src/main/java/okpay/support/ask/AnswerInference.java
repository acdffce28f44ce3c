package okpay.support.ask;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okpay.support.i18n.Lang;
import okpay.support.prompt.Quantities;

/**
 * Takes the answers to a flow's questions that a description already gives: a choice whose words it uses ("提现",
 * "topped up from my card"), a duration for a question counting days ("3天", "a week"), an amount of money for the
 * amount question ("¥300"), and a decline code ("code 51", "错误码54", "do not honor"). Only what the description
 * says plainly: a question two choices' words both fit is left to ask.
 */
final class AnswerInference {
    /** Words that announce a numeric decline code just before it ("code 51", "错误码54", "提示05"). */
    private static final List<String> CODE_CUES = List.of("code", "error", "err", "错误码", "错误代码", "代码", "码", "提示", "报错", "返回",
            "declined", "decline", "拒绝", "被拒");

    private AnswerInference() {}

    /** Question id to canonical answer, in the flow's order. */
    static Map<String, String> answers(FlowSketch flow, String text) {
        Utterance description = new Utterance(text);
        List<Quantities.Found> quantities = Quantities.find(text);
        Map<String, String> answers = new LinkedHashMap<>();
        for (FlowSketch.Inferable question : flow.questions()) {
            String answer = switch (question.reads()) {
                case CHOICE -> choice(question, description);
                case DAYS -> number(question, quantities, Quantities.Measure.DURATION);
                case AMOUNT -> number(question, quantities, Quantities.Measure.AMOUNT);
            };
            if (answer != null) {
                answers.put(question.id(), answer);
            }
        }
        return answers;
    }

    /** The choice whose words the description uses (the longest word wins), or null when none or two fit equally. */
    private static String choice(FlowSketch.Inferable question, Utterance description) {
        String best = null;
        int bestLength = 0;
        boolean tie = false;
        for (FlowSketch.Words choice : question.choices()) {
            int length = 0;
            for (Lang lang : Lang.values()) {
                for (String word : choice.terms().get(lang)) {
                    if (description.says(word)) {
                        length = Math.max(length, word.length());
                    }
                }
            }
            if (length > bestLength) {
                best = choice.value();
                bestLength = length;
                tie = false;
            } else if (length > 0 && length == bestLength) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The first duration (or amount) of the description, for a question counting days (or money), within its bounds. */
    private static String number(FlowSketch.Inferable question, List<Quantities.Found> quantities, Quantities.Measure wanted) {
        for (Quantities.Found found : quantities) {
            if (found.measure() == wanted && within(question, found.value())) {
                return found.value().stripTrailingZeros().toPlainString();
            }
        }
        return null;
    }

    private static boolean within(FlowSketch.Inferable question, BigDecimal value) {
        return (question.min() == null || value.doubleValue() >= question.min())
                && (question.max() == null || value.doubleValue() <= question.max());
    }

    /**
     * The first of the decline {@code codes} that {@code text} names, in the catalogue's spelling; null if none. A
     * named code may be written with spaces ("do not honor"); a code of digits counts only after a word that announces
     * a code ("code 51", "错误码54"), since any number could look like one; a code with a letter ("N7") counts anywhere.
     */
    static String declineCode(List<String> codes, String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('_', ' ');
        for (String code : codes) {
            if (code.length() > 3 && containsWords(folded, code.toLowerCase(Locale.ROOT).replace('_', ' '))) {
                return code;
            }
        }
        for (String token : alphanumericRuns(folded)) {
            int at = token.indexOf(':');
            String value = token.substring(at + 1);
            int start = Integer.parseInt(token.substring(0, at));
            for (String code : codes) {
                if (code.length() <= 3 && code.equalsIgnoreCase(value) && (hasLetter(value) || announced(folded, start))) {
                    return code;
                }
            }
        }
        return null;
    }

    private static boolean announced(String text, int start) {
        String before = text.substring(Math.max(0, start - 8), start).strip();
        for (String cue : CODE_CUES) {
            if (before.endsWith(cue) || before.endsWith(cue + ":") || before.endsWith(cue + "：")) {
                return true;
            }
        }
        return false;
    }

    /** "start:run" for every run of ASCII letters and digits. */
    private static List<String> alphanumericRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean part = i < text.length() && isAsciiAlphanumeric(text.charAt(i));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                runs.add(start + ":" + text.substring(start, i));
                start = -1;
            }
        }
        return runs;
    }

    private static boolean containsWords(String text, String words) {
        int at = text.indexOf(words);
        while (at >= 0) {
            int end = at + words.length();
            // Bounded by anything but ASCII letters and digits: "提示do not honor" names the code, "undo not honored" does not.
            if ((at == 0 || !isAsciiAlphanumeric(text.charAt(at - 1))) && (end == text.length() || !isAsciiAlphanumeric(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(words, at + 1);
        }
        return false;
    }

    private static boolean hasLetter(String value) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            letter |= Character.isLetter(value.charAt(i));
            digit |= Character.isDigit(value.charAt(i));
        }
        return letter && digit;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
