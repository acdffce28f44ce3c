package okpay.support.security;

import java.util.Locale;

/** What an answer to a security check means: the knowledge base maps every possible answer to one of these. */
public enum CheckStatus {
    PASS, WARN, FAIL;

    /** {@code pass}, {@code warn} or {@code fail}: the spelling in the knowledge base and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
