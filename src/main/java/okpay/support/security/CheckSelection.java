package okpay.support.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Question;
import okpay.support.prompt.Answers;
import okpay.support.security.SecurityChecks.SecurityCheck;

/** Which checks a run covers ({@code --only}), what they accept ({@code --list-checks}), and which ids answers may use. */
public final class CheckSelection {
    private final SecurityChecks section;
    private final Lang lang;
    private final Messages messages;

    public CheckSelection(SecurityChecks section, Lang lang) {
        this.section = section;
        this.lang = lang;
        this.messages = Messages.of(CheckSelection.class, lang);
        if (section.checks().isEmpty()) {
            throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.no-checks"), messages.get("hint.no-checks"));
        }
    }

    /**
     * The checks named in {@code only} (any case), in knowledge-base order; every check when {@code only} is null (no
     * {@code --only}). A list that names no check ({@code --only ""}, {@code --only ,,}) is a usage error.
     */
    public List<SecurityCheck> select(List<String> only) {
        if (only == null) {
            return section.checks();
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String item : only) {
            String id = item.strip().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            if (section.check(id).isEmpty()) {
                throw unknown(id, "error.unknown-check");
            }
            wanted.add(id);
        }
        if (wanted.isEmpty()) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.only-empty"), hintIds());
        }
        List<SecurityCheck> selected = new ArrayList<>();
        for (SecurityCheck check : section.checks()) {
            if (wanted.contains(check.id())) {
                selected.add(check);
            }
        }
        return selected;
    }

    /**
     * Refuses answers to checks that do not exist (a typo would otherwise leave a check unanswered) and any
     * answer to the password check, whose value must never travel on a command line. The value is not shown.
     */
    public void checkAnswerIds(Answers given) {
        for (String id : given.ids()) {
            SecurityCheck check = section.check(id).orElseThrow(() -> unknown(id, "error.unknown-answer"));
            if (check.isPassword()) {
                throw new SupportException(ExitCode.USAGE, messages.get("error.password-answer", id), messages.get("hint.password-answer"));
            }
        }
    }

    /** What each of {@code checks} asks and accepts. */
    public List<CheckListResult> listing(List<SecurityCheck> checks) {
        List<CheckListResult> out = new ArrayList<>();
        for (SecurityCheck check : checks) {
            Question q = check.question();
            List<CheckListResult.ChoiceInfo> choices = null;
            if (q != null && !q.choices().isEmpty()) {
                choices = new ArrayList<>();
                for (Question.Choice choice : q.choices()) {
                    choices.add(new CheckListResult.ChoiceInfo(choice.value(), choice.label().get(lang)));
                }
            }
            List<String> values = null;
            if (choices != null) {
                values = new ArrayList<>();
                for (CheckListResult.ChoiceInfo choice : choices) {
                    values.add(choice.value());
                }
                values = List.copyOf(values);
            }
            out.add(new CheckListResult(check.id(), check.type(), check.name().get(lang), check.prompt().get(lang), values, choices,
                    q == null ? null : plain(q.min()), q == null ? null : plain(q.max()), check.severity(), plain(check.weight())));
        }
        return out;
    }

    /** {@code 3.0} as {@code 3} and {@code 0.5} as {@code 0.5}, so JSON shows numbers as the knowledge base wrote them. */
    static Number plain(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) value.longValue() : value;
    }

    private SupportException unknown(String id, String key) {
        List<String> ids = section.checks().stream().map(SecurityCheck::id).toList();
        String hint = messages.didYouMean(id, ids) + hintIds();
        return new SupportException(ExitCode.NOT_FOUND, messages.get(key, id), hint).withCode("check-not-found");
    }

    private String hintIds() {
        return messages.get("hint.check-ids", String.join(", ", section.checks().stream().map(SecurityCheck::id).toList()));
    }
}
