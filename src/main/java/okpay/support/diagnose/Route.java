package okpay.support.diagnose;

import java.util.Objects;

/** One branch of a flow question: when {@code when} holds, the flow goes on at node {@code next}. */
public record Route(Condition when, String next) {
    public Route {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(next, "next");
    }
}
