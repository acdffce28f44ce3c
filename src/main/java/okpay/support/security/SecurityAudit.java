package okpay.support.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.contact.redact.Redactor;
import okpay.support.prompt.Answers;
import okpay.support.prompt.Asker;
import okpay.support.prompt.MissingAnswer;
import okpay.support.prompt.NoTerminal;
import okpay.support.security.SecurityCheckResult.CheckResult;
import okpay.support.security.SecurityCheckResult.Fix;
import okpay.support.security.SecurityCheckResult.PasswordResult;
import okpay.support.security.SecurityChecks.AnswerRule;
import okpay.support.security.SecurityChecks.NumberRule;
import okpay.support.security.SecurityChecks.PasswordPolicy;
import okpay.support.security.SecurityChecks.PasswordRule;
import okpay.support.security.SecurityChecks.SecurityCheck;

/**
 * Runs the security checklist: gets every selected check's answer (given, asked, or reported missing all
 * together), estimates the password when asked to, judges each answer by the knowledge base's rules and
 * scores the result with {@link Scoring}.
 */
public final class SecurityAudit {
    private final SecurityChecks section;
    private final Lang lang;
    private final Messages messages;

    public SecurityAudit(SecurityChecks section, Lang lang) {
        this.section = section;
        this.lang = lang;
        this.messages = Messages.of(SecurityAudit.class, lang);
    }

    /**
     * The report for {@code selected} checks.
     *
     * @param given    the answers given up front (also consulted for the second-factor question when it is not selected)
     * @param asker    asks what was not given, or records it as missing
     * @param password where the password comes from; null when it is not checked
     * @param email    the user's email address, a context word for the password; null if not given
     * @throws SupportException INPUT_REQUIRED naming every missing answer; USAGE for contradicting options
     */
    public SecurityCheckResult run(List<SecurityCheck> selected, Answers given, Asker asker, PasswordInput password, String email) {
        SecurityCheck passwordCheck = password == null ? null : passwordCheck(selected);
        if (passwordCheck == null && selected.stream().allMatch(SecurityCheck::isPassword)) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.nothing-to-score"), messages.get("hint.nothing-to-score"));
        }
        Map<String, String> answers = new HashMap<>();
        for (SecurityCheck check : selected) {
            if (!check.isPassword()) {
                asker.answer(check.question()).ifPresent(a -> answers.put(check.id(), a));
            }
        }
        requireComplete(asker, password != null && !password.available());
        PasswordVerdict verdict = null;
        if (passwordCheck != null) {
            PasswordPolicy policy = ((PasswordRule) passwordCheck.rule()).policy();
            verdict = estimate(policy, password, passwordCheck.prompt().get(lang), secondFactor(policy, answers, given), email);
        }
        return report(selected, answers, verdict);
    }

    /**
     * Whether {@code checks} hold {@code check}, by id (ids are unique in a section): comparing the records themselves
     * links a record's {@code equals} for every record inside them, a few dozen method-handle classes made at run time,
     * about 20 ms of a cold start.
     */
    private static boolean holds(List<SecurityCheck> checks, SecurityCheck check) {
        return position(checks, check) >= 0;
    }

    /** Where {@code check} is in {@code checks}, by id; -1 when it is not there. */
    private static int position(List<SecurityCheck> checks, SecurityCheck check) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).id().equals(check.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The password check, which must exist and be selected when the password is to be checked. */
    private SecurityCheck passwordCheck(List<SecurityCheck> selected) {
        SecurityCheck check = section.checks().stream().filter(SecurityCheck::isPassword).findFirst()
                .orElseThrow(() -> new SupportException(ExitCode.USAGE, messages.get("error.no-password-check"), null));
        if (!holds(selected, check)) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.password-not-selected", check.id()),
                    messages.get("hint.password-not-selected", check.id()));
        }
        return check;
    }

    /** The password as a missing answer: given on standard input, never as an argument. */
    private MissingAnswer passwordAnswer() {
        return new MissingAnswer("password", messages.get("password.missing.line"), "password", null, MissingAnswer.ALWAYS,
                "--password-stdin");
    }

    /** Fails listing every missing answer, the password (named by its flag) included. */
    private void requireComplete(Asker asker, boolean passwordMissing) {
        String passwordLine = "  --password-stdin    " + messages.get("password.missing.line");
        try {
            asker.requireNoneMissing();
        } catch (SupportException e) {
            if (!passwordMissing) {
                throw e;
            }
            List<String> details = new ArrayList<>(e.details());
            details.add(passwordLine);
            List<Object> missing = new ArrayList<>((List<?>) e.fields().get("missing"));
            missing.add(passwordAnswer());
            throw new SupportException(e.exitCode(), e.getMessage(), e.hint(), details, null).with("missing", missing);
        }
        if (passwordMissing) {
            throw new SupportException(ExitCode.INPUT_REQUIRED, messages.get("password.missing"),
                    messages.get("password.missing.hint"), List.of(passwordLine), null).with("missing", List.of(passwordAnswer()));
        }
    }

    /**
     * Whether a second factor is on, from the answer of the policy's check: the one this run got, else one
     * given up front without asking. Unknown counts as off: the stricter length rule then applies.
     */
    private boolean secondFactor(PasswordPolicy policy, Map<String, String> answers, Answers given) {
        String answer = answers.get(policy.secondFactorCheck());
        if (answer == null) {
            Optional<SecurityCheck> check = section.check(policy.secondFactorCheck());
            Asker givenOnly = new Asker(given, NoTerminal.INSTANCE, true, lang, new Redactor(lang));
            answer = check.flatMap(c -> givenOnly.answer(c.question())).orElse(null);
        }
        return answer != null && policy.secondFactorValues().contains(answer);
    }

    private PasswordVerdict estimate(PasswordPolicy policy, PasswordInput input, String prompt, boolean secondFactor, String email) {
        char[] password = input.read(prompt + ": ");
        try {
            return new PasswordEstimator(policy, email).estimate(password, secondFactor);
        } catch (RuntimeException e) {
            // A matcher's message may quote a piece of the password: keep only the exception's type, and no cause.
            throw new SupportException(ExitCode.INTERNAL, messages.get("error.estimate-failed", e.getClass().getName()),
                    messages.get("hint.estimate-failed"));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private SecurityCheckResult report(List<SecurityCheck> selected, Map<String, String> answers, PasswordVerdict verdict) {
        List<CheckResult> results = new ArrayList<>();
        List<Scoring.Scored> scored = new ArrayList<>();
        for (SecurityCheck check : section.checks()) {
            String answer = answers.get(check.id());
            CheckStatus status = !holds(selected, check) ? null
                    : check.isPassword() ? (verdict == null ? null : verdict.status()) : status(check, answer);
            String text;
            if (status == null) {
                text = messages.get(holds(selected, check) ? "skipped.password" : "skipped.only");
            } else {
                text = check.isPassword() ? strengthText(verdict.strength()) : answerText(check, answer);
                double factor = section.severity(check.severity()).orElseThrow().factor();
                scored.add(new Scoring.Scored(check.id(), status, check.weight(), factor));
            }
            results.add(new CheckResult(check.id(), check.name().get(lang), status == null ? "skipped" : status.id(),
                    check.isPassword() ? null : answer, text, check.severity(), CheckSelection.plain(check.weight()),
                    check.recommendation().get(lang), check.faq()));
        }
        int score = Scoring.score(scored);
        SecurityChecks.Grade grade = section.grade(score);
        List<Fix> fixes = new ArrayList<>();
        for (String id : Scoring.topFixes(scored)) {
            SecurityCheck check = section.check(id).orElseThrow();
            CheckResult result = results.get(position(section.checks(), check));
            fixes.add(new Fix(id, result.name(), result.status(), check.severity(),
                    section.severity(check.severity()).orElseThrow().name().get(lang), result.recommendation(), check.faq()));
        }
        return new SecurityCheckResult(score, grade.grade(), grade.summary().get(lang), results, fixes, passwordResult(verdict));
    }

    private static CheckStatus status(SecurityCheck check, String answer) {
        if (check.rule() instanceof AnswerRule rule) {
            return rule.status(answer);
        }
        return ((NumberRule) check.rule()).status(Double.parseDouble(answer));
    }

    private String answerText(SecurityCheck check, String answer) {
        return switch (check.question().type()) {
            case YES_NO -> messages.get("answer." + answer);
            case CHOICE -> check.question().choices().stream().filter(c -> c.value().equals(answer)).findFirst()
                    .orElseThrow().label().get(lang);
            case NUMBER -> {
                NumberRule rule = (NumberRule) check.rule();
                yield rule.unit() == null ? answer : messages.get("answer.number", answer, rule.unit().get(lang));
            }
            case TEXT -> answer;
        };
    }

    private String strengthText(int strength) {
        return messages.get("strength.of", messages.get("strength." + strength), strength);
    }

    private PasswordResult passwordResult(PasswordVerdict verdict) {
        if (verdict == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        for (PasswordVerdict.Reason reason : verdict.reasons()) {
            reasons.add(messages.get("password.reason." + reason.id(), verdict.minLength()));
        }
        return new PasswordResult(verdict.status().id(), verdict.strength(), messages.get("strength." + verdict.strength()), reasons);
    }
}
