package okpay.support.kb;

import java.util.Objects;

/** One option of a {@code choice} question: the canonical value recorded as the answer, and its label. */
public record Choice(String value, Text label) {

    public Choice {
        Objects.requireNonNull(label, "label");
        if (value == null || value.isBlank() || !value.equals(value.trim())) {
            throw new IllegalArgumentException("choice value must be non-blank without surrounding spaces: " + value);
        }
    }
}
