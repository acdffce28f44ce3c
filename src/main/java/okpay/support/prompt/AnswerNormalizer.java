package okpay.support.prompt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.i18n.Nfkc;
import okpay.support.kb.Question;
import okpay.support.render.Sanitizer;

/**
 * Checks a raw answer against its question and turns it into the one canonical value that flows and
 * checks compare against. Every question goes through it: asked on a terminal, given with {@code --answer} or in
 * an answers file, so people may answer the way they talk.
 *
 * <ul>
 *   <li>{@code yes_no}: yes/no/y/n/true/false/1/0 and everyday replies in either language ({@code 是}, {@code 对},
 *       {@code 有}, {@code 收到了}, {@code yep}; {@code 没有}, {@code 没}, {@code 还没}, {@code 不是}, {@code 不},
 *       {@code nope}, {@code not yet}, {@code never}; see {@link Replies}) give {@code yes} or {@code no}.</li>
 *   <li>{@code choice}: a choice value (any case) gives that value as written in the knowledge base; failing
 *       that, a number 1..n picks the n-th choice; then a choice's label in either language, one of its words, or
 *       the start of its value or label ({@code 我转出的}, {@code pa}) when only one choice starts so; then a label that
 *       holds the answer, when only one does. A value is tried first, so a choice whose value is itself a number
 *       keeps working.</li>
 *   <li>{@code number}: a decimal such as {@code 12}, {@code -3.5} or {@code 1,000.50} (commas only as
 *       thousands separators), or a number as people write it: Chinese numerals ({@code 十五}), a duration in days
 *       ({@code 一天}, {@code 两天}, {@code 3天}, {@code 3 days}, {@code a week}, {@code 48小时}), an amount
 *       ({@code ¥300}, {@code 300元}, {@code $1,200.50}, {@code 1.2k}); within the question's bounds, given back plain
 *       ({@code 12.50} as {@code 12.5}, {@code 1,000} as {@code 1000}). No exponents.</li>
 *   <li>{@code text}: trimmed, not empty, at most {@value #MAX_TEXT} characters, no control characters.</li>
 * </ul>
 * "I don't know" ({@code 不知道}, {@code 不清楚}, {@code not sure}) gives {@link Question#UNKNOWN} where the question
 * has a branch for it, or the choice that says so ("Not sure, or..."); elsewhere it is refused with the answers that
 * are accepted. Yes/no, choice and number answers are first NFKC-normalised, so full-width input from a Chinese input
 * method ({@code １２}, {@code ＹＥＳ}) counts the same as ASCII.
 */
public final class AnswerNormalizer {
    /** The longest text answer, in characters (code points). */
    public static final int MAX_TEXT = 500;

    private static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|[+-]?\\.\\d+");
    /** Longer input is not a number anyone typed on purpose; refusing it keeps BigDecimal small. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private final Messages messages;
    private final UnaryOperator<String> redact;

    /** A normalizer whose messages echo nothing that could hold a secret (it never quotes a card, a code...). */
    public AnswerNormalizer(Lang lang) {
        this(lang, UnaryOperator.identity());
    }

    /** A normalizer whose messages echo an answer only after {@code redact} took its secrets out. */
    public AnswerNormalizer(Lang lang, UnaryOperator<String> redact) {
        this.messages = Messages.of(AnswerNormalizer.class, lang);
        this.redact = redact;
    }

    /** The outcome of {@link #normalize}: the canonical value, or a localized reason why not. */
    public record Result(String value, String problem) {
        public boolean ok() {
            return value != null;
        }
    }

    /** Checks {@code raw} against {@code question}. */
    public Result normalize(Question question, String raw) {
        if (question.type() != Question.Type.TEXT && Replies.dontKnow(raw)) {
            return dontKnow(question);
        }
        return switch (question.type()) {
            case YES_NO -> yesNo(question, raw);
            case CHOICE -> choice(question, raw);
            case NUMBER -> number(question, raw);
            case TEXT -> text(raw);
        };
    }

    /** "I don't know": {@code unknown} where the question has a branch for it, or its "not sure" choice; else refused. */
    private Result dontKnow(Question question) {
        if (question.unknown()) {
            return ok(Question.UNKNOWN);
        }
        if (question.type() == Question.Type.CHOICE) {
            for (Question.Choice choice : question.choices()) {
                if (Set.of("not-sure", "unsure", "dont-know").contains(choice.value().toLowerCase(Locale.ROOT))
                        || Replies.dontKnow(choice.label().zh().split("[，,（(]")[0]) || Replies.dontKnow(choice.label().en().split("[，,（(]")[0])) {
                    return ok(choice.value());
                }
            }
        }
        return refused(messages.get("problem.unknownRefused", accepted(question)));
    }

    /** What {@code question} accepts, localized, as a phrase such as "yes or no" or "a number from 1 to 10". */
    public String accepted(Question question) {
        String accepted = switch (question.type()) {
            case YES_NO -> messages.get("accepts.yesNo");
            case CHOICE -> messages.get("accepts.choice", choices(question), question.choices().size());
            case NUMBER -> acceptedNumber(question);
            case TEXT -> messages.get("accepts.text", MAX_TEXT);
        };
        return question.unknown() ? messages.get("accepts.orUnknown", accepted) : accepted;
    }

    /**
     * The choices as the values to type; in Chinese each with its label, since the values are English words
     * ("incoming（别人转给我的钱）、outgoing（…）"). In English the values speak for themselves.
     */
    private String choices(Question question) {
        List<String> out = new ArrayList<>();
        for (Question.Choice choice : question.choices()) {
            out.add(messages.lang() == Lang.ZH ? messages.get("accepts.choiceValue", choice.value(), choice.label().get(Lang.ZH))
                    : choice.value());
        }
        return String.join(messages.get("accepts.separator"), out);
    }

    /** The value part of an {@code --answer ID=VALUE} example: {@code yes|no}, choice values, {@code <number>}. */
    public static String placeholder(Question question) {
        String values = switch (question.type()) {
            case YES_NO -> "yes|no";
            case CHOICE -> question.choices().stream().map(Question.Choice::value).collect(Collectors.joining("|"));
            case NUMBER -> "<number>";
            case TEXT -> "<text>";
        };
        return question.unknown() ? values + "|" + Question.UNKNOWN : values;
    }

    /** The answers a terminal can offer on Tab: yes/no, or the choice values; none for numbers and text. */
    public static List<String> completions(Question question) {
        List<String> values = switch (question.type()) {
            case YES_NO -> List.of("yes", "no");
            case CHOICE -> question.choices().stream().map(Question.Choice::value).toList();
            case NUMBER, TEXT -> List.of();
        };
        if (!question.unknown() || question.type() == Question.Type.TEXT) {
            return values;
        }
        List<String> withUnknown = new java.util.ArrayList<>(values);
        withUnknown.add(Question.UNKNOWN);
        return withUnknown;
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
        Replies.Meaning meaning = Replies.of(raw);
        return meaning == Replies.Meaning.YES ? ok("yes") : meaning == Replies.Meaning.NO ? ok("no") : expected(question);
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
        List<Question.Choice> named = ChoiceNames.matching(choices, raw);
        if (named.size() == 1) {
            return ok(named.get(0).value());
        }
        if (named.size() > 1) {
            return refused(messages.get("problem.ambiguous", Sanitizer.quoted(redact.apply(raw.strip())),
                    named.stream().map(Question.Choice::value).collect(Collectors.joining(", "))));
        }
        return expected(question);
    }

    private Result number(Question question, String raw) {
        String text = Nfkc.of(raw).strip();
        if (text.length() > MAX_NUMBER_LENGTH) {
            return expected(question);
        }
        BigDecimal value;
        if (NUMBER.matcher(text).matches()) {
            value = new BigDecimal(text.replace(",", ""));
        } else {
            Quantities.Found found = Quantities.whole(text);
            if (found == null) {
                return expected(question);
            }
            value = found.value();
        }
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
        return Nfkc.of(raw).strip().toLowerCase(Locale.ROOT);
    }

    private static Result ok(String value) {
        return new Result(value, null);
    }

    private static Result refused(String problem) {
        return new Result(null, problem);
    }
}
