package okpay.support.security;

import java.util.List;
import okpay.support.render.KeepEmpty;

/**
 * The result of {@code security-check}, in the user's language; also its JSON/YAML document.
 *
 * @param score    0-100, see {@link Scoring}
 * @param grade    the knowledge base's grade for the score (A-F in the default one)
 * @param summary  what the grade means
 * @param checks   every check, in knowledge-base order, including skipped ones
 * @param fixes    at most three checks to fix first, most urgent first
 * @param password the offline estimate; null when the password was not checked
 */
public record SecurityCheckResult(int score, String grade, String summary, List<CheckResult> checks, @KeepEmpty List<Fix> fixes,
        PasswordResult password) {

    /**
     * One check's outcome.
     *
     * @param status     {@code pass}, {@code warn}, {@code fail} or {@code skipped}
     * @param answer     the canonical answer ({@code sms}, {@code 45}); null when skipped or for the password
     * @param answerText the answer as a person reads it, or why the check was skipped
     */
    public record CheckResult(String id, String name, String status, String answer, String answerText, String severity,
            Number weight, String recommendation, String faq) {}

    /** A check to fix, with the severity's name in the user's language. */
    public record Fix(String id, String name, String status, String severity, String severityName, String recommendation,
            String faq) {}

    /**
     * The password estimate: verdict and strength only, never anything of the password.
     *
     * @param verdict      {@code pass}, {@code warn} or {@code fail}
     * @param strength     0 (guessed in under 10^3 tries) to 4 (10^10 or more)
     * @param strengthText the strength in words
     * @param reasons      why, in the user's language
     */
    public record PasswordResult(String verdict, int strength, String strengthText, List<String> reasons) {}
}
