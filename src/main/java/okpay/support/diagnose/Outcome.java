package okpay.support.diagnose;

import java.util.List;
import java.util.Objects;
import okpay.support.kb.AgentText;
import okpay.support.kb.Text;

/**
 * Where a decision flow ends: the likely cause and what to do about it.
 *
 * @param steps    what to do, in order; never empty
 * @param escalate whether the user should contact support now (with the channels ranked for {@code topic})
 * @param topic    the support topic that ranks the channels; the flow's topic unless the outcome names its own
 * @param faqs     ids of related FAQ entries
 * @param payment  whether the outcome is about a payment the user made or tried, so that "nothing to retry" warns
 *                 against paying twice; the flow's {@code payment} unless the outcome says otherwise
 * @param agent    what only support staff see, or null
 */
public record Outcome(
        String id, Text title, Text cause, List<Text> steps, Retry retry, boolean escalate, String topic, List<String> faqs,
        boolean payment, AgentText agent) {
    public Outcome {
        Objects.requireNonNull(id, "id");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("outcome " + id + " has no steps");
        }
        faqs = List.copyOf(faqs);
    }

    /** An outcome without agent text, not about a payment. */
    public Outcome(String id, Text title, Text cause, List<Text> steps, Retry retry, boolean escalate, String topic, List<String> faqs) {
        this(id, title, cause, steps, retry, escalate, topic, faqs, false, null);
    }
}
