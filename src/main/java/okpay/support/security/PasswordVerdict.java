package okpay.support.security;

import java.util.List;

/**
 * What the offline estimate says about a password, holding nothing of the password itself.
 *
 * @param status    pass, warn or fail under the knowledge base's policy
 * @param strength  the estimated strength, 0 (under 10^3 guesses) to 4 (10^10 or more)
 * @param reasons   why, most important first; never empty
 * @param minLength the length the policy asked for (depends on whether a second factor is on)
 */
public record PasswordVerdict(CheckStatus status, int strength, List<Reason> reasons, int minLength) {
    public PasswordVerdict {
        reasons = List.copyOf(reasons);
    }

    /** A reason for the verdict; each has a message {@code password.reason.<id>} in the security bundle. */
    public enum Reason {
        /** Shorter than the policy's length for an account without a second factor. */
        TOO_SHORT("too-short"),
        /** Shorter than the policy's length even with a second factor. */
        TOO_SHORT_WITH_SECOND_FACTOR("too-short-2fa"),
        /** Mostly a password from the list of common and breached passwords. */
        COMMON("common"),
        /** Mostly one dictionary word or name (look-alike substitutions included). */
        WORD("word"),
        /** Contains the service's name or another word tied to it. */
        SERVICE_WORD("service-word"),
        /** Contains the user's email address or a part of it. */
        EMAIL_WORD("email-word"),
        /** Mostly one character or group repeated. */
        REPEAT("repeat"),
        /** Mostly a run such as 1234 or abcd. */
        SEQUENCE("sequence"),
        /** Mostly a keyboard pattern such as qwerty. */
        KEYBOARD("keyboard"),
        /** Mostly a date or a year. */
        DATE("date"),
        /** Estimated strength below the policy's fail line. */
        EASY_TO_GUESS("easy"),
        /** Estimated strength between the fail and the pass line. */
        GUESSABLE("guessable"),
        /** Nothing against it. */
        STRONG("strong");

        private final String id;

        Reason(String id) {
            this.id = id;
        }

        /** The stable id used in message keys. */
        public String id() {
            return id;
        }
    }
}
