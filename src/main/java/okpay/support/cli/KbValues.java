package okpay.support.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, next to an option or positional parameter, which knowledge-base values it takes, so the shell
 * completes them (and opens numbered results where a FAQ id goes) without a list of command paths of its own.
 * On a command class, {@link Kind#FLOW_QUESTIONS} or {@link Kind#SECURITY_QUESTIONS} says whose questions its
 * {@code --answer ID=VALUE} answers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface KbValues {
    /** The values. */
    Kind value();

    /** The kinds of values the knowledge base provides. */
    enum Kind {
        FAQ_ID, FAQ_TAG, TOPIC, REGION, FLOW, DECLINE_CODE, SECURITY_CHECK,
        /** {@code ID=VALUE} answers to the questions of the command (see the command's own annotation). */
        ANSWER,
        /** On a command: its questions are those of the flow named on the line. */
        FLOW_QUESTIONS,
        /** On a command: its questions are the security checks. */
        SECURITY_QUESTIONS
    }
}
