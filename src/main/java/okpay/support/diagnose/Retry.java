package okpay.support.diagnose;

import java.util.Locale;

/**
 * Whether trying the same operation again can help: {@code soft} once the cause is fixed or time has
 * passed, {@code hard} never as it is, {@code none} when there is nothing to retry (it is still pending).
 */
public enum Retry {
    SOFT, HARD, NONE;

    /** {@code soft}, {@code hard} or {@code none}: the spelling in the knowledge base and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
