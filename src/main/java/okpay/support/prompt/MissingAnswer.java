package okpay.support.prompt;

import java.util.ArrayList;
import java.util.List;
import okpay.support.i18n.Lang;
import okpay.support.kb.Question;

/**
 * An answer a run needed and could not ask for, as the machine-readable exit-5 error lists it ({@code missing}).
 *
 * @param id      the question id, as {@code --answer ID=VALUE} takes it
 * @param prompt  the question in the user's language
 * @param type    {@code yes_no}, {@code choice}, {@code number}, {@code text} (or {@code password})
 * @param choices the values the option takes ({@code yes}, {@code no}; a choice's values; {@code unknown} where the
 *                question accepts it); null, so left out, for numbers and text
 * @param needed  {@code always} (needed whatever the other answers are) or {@code depending} (on the other answers)
 * @param answer  the option to give, ready to fill in ({@code --answer via=email|phone})
 */
public record MissingAnswer(String id, String prompt, String type, List<String> choices, String needed, String answer) {
    /** Needed whatever the other answers are. */
    public static final String ALWAYS = "always";
    /** Needed only on the ways some answers lead to. */
    public static final String DEPENDING = "depending";

    /** {@code questions}, each with its prompt in {@code lang}. */
    public static List<MissingAnswer> of(List<Question> questions, Lang lang, String needed) {
        List<MissingAnswer> missing = new ArrayList<>();
        for (Question q : questions) {
            List<String> choices = new ArrayList<>(AnswerNormalizer.completions(q));
            if (!choices.isEmpty() && q.unknown()) {
                choices.add(Question.UNKNOWN);
            }
            missing.add(new MissingAnswer(q.id(), q.prompt().get(lang), q.type().id(), choices.isEmpty() ? null : List.copyOf(choices),
                    needed, "--answer " + q.id() + "=" + AnswerNormalizer.placeholder(q)));
        }
        return missing;
    }
}
