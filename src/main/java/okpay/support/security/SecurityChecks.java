package okpay.support.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import okpay.support.kb.Question;
import okpay.support.kb.Text;

/**
 * The {@code security_checks} section: the account-security checklist, how each answer is judged, how
 * much each check counts, and the grade boundaries. Empty ({@link #EMPTY}) when a knowledge base has none.
 */
public record SecurityChecks(List<SecurityCheck> checks, List<Severity> severities, List<Grade> grades) {
    /** The section of a knowledge base that has none. */
    public static final SecurityChecks EMPTY = new SecurityChecks(List.of(), List.of(), List.of());

    public SecurityChecks {
        checks = List.copyOf(checks);
        severities = List.copyOf(severities);
        grades = List.copyOf(grades);
    }

    public Optional<SecurityCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Severity> severity(String id) {
        return severities.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The grade of {@code score}: the first (highest) whose {@code minScore} it reaches; grades end at 0. */
    public Grade grade(int score) {
        for (Grade grade : grades) {
            if (score >= grade.minScore()) {
                return grade;
            }
        }
        throw new IllegalStateException("no grade for score " + score + "; the loader makes the last grade start at 0");
    }

    /**
     * One check.
     *
     * @param name     a short label for the checklist line
     * @param prompt   the question put to the user
     * @param question how a yes_no, choice or number check is asked; null for the password check (read masked)
     * @param weight   how much the check counts in the score (positive)
     * @param severity the id of a {@link Severity}; with the weight it orders the fixes
     * @param faq      the FAQ entry that explains the fix
     */
    public record SecurityCheck(String id, Text name, Text prompt, Question question, double weight, String severity,
            Text recommendation, String faq, Rule rule) {
        /** Whether this is the offline password estimate rather than a question. */
        public boolean isPassword() {
            return rule instanceof PasswordRule;
        }

        /** {@code yes_no}, {@code choice}, {@code number} or {@code password}. */
        public String type() {
            return question == null ? "password" : question.type().id();
        }
    }

    /** How a check's answer becomes a status. */
    public sealed interface Rule permits AnswerRule, NumberRule, PasswordRule {}

    /** Yes/no and choice checks: a status for each canonical answer value. */
    public record AnswerRule(Map<String, CheckStatus> statuses) implements Rule {
        public AnswerRule {
            statuses = Map.copyOf(statuses);
        }

        public CheckStatus status(String answer) {
            return statuses.get(answer);
        }
    }

    /**
     * Number checks: the status of the first threshold whose {@code atMost} the answer does not exceed
     * (thresholds ascend), else {@code otherwise}. {@code unit} labels the number (null: none).
     */
    public record NumberRule(List<Threshold> thresholds, CheckStatus otherwise, Text unit) implements Rule {
        public NumberRule {
            thresholds = List.copyOf(thresholds);
        }

        public CheckStatus status(double answer) {
            for (Threshold threshold : thresholds) {
                if (answer <= threshold.atMost()) {
                    return threshold.status();
                }
            }
            return otherwise;
        }
    }

    /** One band of a {@link NumberRule}. */
    public record Threshold(double atMost, CheckStatus status) {}

    /** The password check: its status comes from the offline estimate under {@code policy}. */
    public record PasswordRule(PasswordPolicy policy) implements Rule {}

    /**
     * The rules a password is held to (NIST SP 800-63B).
     *
     * @param minLength                  characters needed when the password is the only factor
     * @param minLengthWithSecondFactor  characters needed when a second factor is on
     * @param secondFactorCheck          the check whose answer tells whether a second factor is on
     * @param secondFactorValues         the answers of that check that mean it is on
     * @param passStrength               the estimated strength (0-4) needed to pass
     * @param warnStrength               the estimated strength below which it fails
     * @param contextWords               words tied to the service that count against a password
     */
    public record PasswordPolicy(int minLength, int minLengthWithSecondFactor, String secondFactorCheck,
            List<String> secondFactorValues, int passStrength, int warnStrength, List<String> contextWords) {
        public PasswordPolicy {
            secondFactorValues = List.copyOf(secondFactorValues);
            contextWords = List.copyOf(contextWords);
        }
    }

    /** A severity level: {@code factor} multiplies a check's weight when ordering the fixes. */
    public record Severity(String id, double factor, Text name) {}

    /** A grade: scores from {@code minScore} up to the next grade's boundary get it. */
    public record Grade(String grade, int minScore, Text summary) {}
}
