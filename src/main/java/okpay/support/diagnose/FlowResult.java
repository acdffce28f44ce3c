package okpay.support.diagnose;

import java.math.BigDecimal;
import java.util.List;

/** What {@code diagnose} (the list) and {@code diagnose describe FLOW} return, in the user's language. */
public final class FlowResult {
    private FlowResult() {}

    /** A line of the flow list; {@code codes} says whether {@code --code} is accepted. */
    public record Overview(String id, String title, String summary, int questions, int outcomes, boolean codes) {}

    /** A flow for runbook authors: its questions in order and its outcomes. */
    public record Description(
            String id, String title, String summary, String topic, boolean codes, String start,
            List<QuestionView> questions, List<OutcomeSummary> outcomes) {}

    /**
     * A question: {@code type} is yes_no, choice, number or text; {@code choices} the accepted values of a choice
     * question (with their labels in {@code options}); {@code answer} a ready {@code --answer} option;
     * {@code routes} the branches tested in order (answers written as {@code {id}}), then {@code next}.
     */
    public record QuestionView(
            String id, String type, String prompt, String help, List<String> choices, List<ChoiceView> options,
            Number min, Number max, String fact, String answer, List<RouteView> routes, String next) {}

    /** A choice: the value to pass, and the label people see. */
    public record ChoiceView(String value, String label) {}

    /** A branch: when {@code when} holds, go to {@code next}. */
    public record RouteView(String when, String next) {}

    /** An outcome in brief. */
    public record OutcomeSummary(String id, String title, String retry, boolean escalate, String topic, String topicName, int steps) {}

    /** A bound as people write it: {@code 0}, {@code 2.5}; null stays null. */
    static Number number(Double value) {
        if (value == null) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(value);
        return exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0 ? (Number) exact.longValue() : (Number) value;
    }
}
