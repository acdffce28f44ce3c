package okpay.support.kb;

import java.util.Locale;

/** How quickly a kind of problem should reach support. */
public enum Urgency {
    LOW, NORMAL, HIGH, CRITICAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
