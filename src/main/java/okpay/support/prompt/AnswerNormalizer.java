package okpay.support.prompt;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Question;

/**
 * Checks a raw answer against its question and turns it into the one canonical value that flows and
 * checks compare against.
 *
 * <ul>
 *   <li>{@code yes_no}: yes/no/y/n/true/false/1/0 (any case) and 是/否/对/不 (also 是的/对的/不是/不对) give
 *       {@code yes} or {@code no}.</li>
 *   <li>{@code choice}: a choice value (any case) gives that value as written in the knowledge base; failing
 *       that, a number 1..n picks the n-th choice. A value is tried first, so a choice whose value is itself
 *       a number keeps working.</li>
 *   <li>{@code number}: a decimal such as {@code 12}, {@code -3.5} or {@code 1,000.50} (commas only as
 *       thousands separators), within the question's bounds; given back plain ({@code 12.50} as {@code 12.5},
 *       {@code 1,000} as {@code 1000}). No exponents, no currency symbols.</li>
 *   <li>{@code text}: trimmed, not empty, at most {@value #MAX_TEXT} characters, no control characters.</li>
 * </ul>
 * Yes/no, choice and number answers are first NFKC-normalised, so full-width input from a Chinese input
 * method ({@code １２}, {@code ＹＥＳ}) counts the same as ASCII.
 */
public final class AnswerNormalizer {
    /** The longest text answer, in characters (code points). */
    public static final int MAX_TEXT = 500;

    private static final Map<String, String> YES_NO = Map.ofEntries(
            Map.entry("yes", "yes"), Map.entry("y", "yes"), Map.entry("true", "yes"), Map.entry("1", "yes"),
            Map.entry("是", "yes"), Map.entry("是的", "yes"), Map.entry("对", "yes"), Map.entry("对的", "yes"),
            Map.entry("no", "no"), Map.entry("n", "no"), Map.entry("false", "no"), Map.entry("0", "no"),
            Map.entry("否", "no"), Map.entry("不", "no"), Map.entry("不是", "no"), Map.entry("不对", "no"));

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+");
    /** Longer input is not a number anyone typed on purpose; refusing it keeps BigDecimal small. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private final Messages messages;

    public AnswerNormalizer(Lang lang) {
        this.messages = Messages.of(AnswerNormalizer.class, lang);
    }

    /** The outcome of {@link #normalize}: the canonical value, or a localized reason why not. */
    public record Result(String value, String problem) {
        public boolean ok() {
            return value != null;
        }
    }

    /** Checks {@code raw} against {@code question}. */
    public Result normalize(Question question, String raw) {
        return switch (question.type()) {
            case YES_NO -> yesNo(question, raw);
            case CHOICE -> choice(question, raw);
            case NUMBER -> number(question, raw);
            case TEXT -> text(raw);
        };
    }

    /** What {@code question} accepts, localized, as a phrase such as "yes or no" or "a number from 1 to 10". */
    public String accepted(Question question) {
        return switch (question.type()) {
            case YES_NO -> messages.get("accepts.yesNo");
            case CHOICE -> messages.get("accepts.choice", question.choices().stream()
                    .map(Question.Choice::value).collect(Collectors.joining(", ")), question.choices().size());
            case NUMBER -> acceptedNumber(question);
            case TEXT -> messages.get("accepts.text", MAX_TEXT);
        };
    }

    /** The value part of an {@code --answer ID=VALUE} example: {@code yes|no}, choice values, {@code <number>}. */
    public static String placeholder(Question question) {
        return switch (question.type()) {
            case YES_NO -> "yes|no";
            case CHOICE -> question.choices().stream().map(Question.Choice::value).collect(Collectors.joining("|"));
            case NUMBER -> "<number>";
            case TEXT -> "<text>";
        };
    }

    /** The answers a terminal can offer on Tab: yes/no, or the choice values; none for numbers and text. */
    public static List<String> completions(Question question) {
        return switch (question.type()) {
            case YES_NO -> List.of("yes", "no");
            case CHOICE -> question.choices().stream().map(Question.Choice::value).toList();
            case NUMBER, TEXT -> List.of();
        };
    }

    /** {@code value} as a bound is shown: {@code 100}, {@code 0.5}. */
    static String plain(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    private Result yesNo(Question question, String raw) {
        String value = YES_NO.get(folded(raw));
        return value != null ? ok(value) : expected(question);
    }

    private Result choice(Question question, String raw) {
        String wanted = folded(raw);
        List<Question.Choice> choices = question.choices();
        for (Question.Choice choice : choices) {
            if (choice.value().toLowerCase(Locale.ROOT).equals(wanted)) {
                return ok(choice.value());
            }
        }
        if (wanted.matches("\\d{1,3}")) {
            int index = Integer.parseInt(wanted);
            if (index >= 1 && index <= choices.size()) {
                return ok(choices.get(index - 1).value());
            }
        }
        return expected(question);
    }

    private Result number(Question question, String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (text.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(text).matches()) {
            return expected(question);
        }
        BigDecimal value = new BigDecimal(text.replace(",", ""));
        boolean tooLow = question.min() != null && value.compareTo(BigDecimal.valueOf(question.min())) < 0;
        boolean tooHigh = question.max() != null && value.compareTo(BigDecimal.valueOf(question.max())) > 0;
        return tooLow || tooHigh ? expected(question) : ok(plain(value));
    }

    private Result text(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return refused(messages.get("problem.textEmpty"));
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            return refused(messages.get("problem.textControl"));
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            return refused(messages.get("problem.textTooLong", MAX_TEXT));
        }
        return ok(text);
    }

    private String acceptedNumber(Question question) {
        Double min = question.min();
        Double max = question.max();
        if (min != null && max != null) {
            return messages.get("accepts.numberBetween", plain(min), plain(max));
        }
        if (min != null) {
            return messages.get("accepts.numberAtLeast", plain(min));
        }
        if (max != null) {
            return messages.get("accepts.numberAtMost", plain(max));
        }
        return messages.get("accepts.number");
    }

    private Result expected(Question question) {
        return refused(messages.get("problem.expected", accepted(question)));
    }

    private static String folded(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static Result ok(String value) {
        return new Result(value, null);
    }

    private static Result refused(String problem) {
        return new Result(null, problem);
    }
}
