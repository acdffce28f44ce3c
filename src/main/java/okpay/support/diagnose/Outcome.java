package okpay.support.diagnose;

import java.util.List;
import java.util.Objects;
import okpay.support.kb.Text;

/**
 * Where a decision flow ends: the likely cause and what to do about it.
 *
 * @param steps    what to do, in order; never empty
 * @param escalate whether the user should contact support now (with the channels ranked for {@code topic})
 * @param topic    the support topic that ranks the channels; the flow's topic unless the outcome names its own
 * @param faqs     ids of related FAQ entries
 */
public record Outcome(
        String id, Text title, Text cause, List<Text> steps, Retry retry, boolean escalate, String topic, List<String> faqs) {
    public Outcome {
        Objects.requireNonNull(id, "id");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("outcome " + id + " has no steps");
        }
        faqs = List.copyOf(faqs);
    }
}
