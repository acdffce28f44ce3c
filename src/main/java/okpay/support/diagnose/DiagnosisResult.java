package okpay.support.diagnose;

import java.util.List;
import java.util.Map;
import okpay.support.contact.draft.TicketDraft;
import okpay.support.kb.AgentNotes;

/**
 * What {@code diagnose FLOW} returns, in the user's language. Every answer shown here has been through
 * the redactor, so no card number, one-time code or password reaches the output.
 *
 * @param answers question id to canonical answer, for the questions on the path, in the order asked
 * @param path    each question on the path with its answer as the user reads it
 * @param ignored ids answered up front that the path did not need (a runbook passes one answer set to every case)
 */
public record DiagnosisResult(
        String flow, String title, Map<String, String> answers, List<PathStep> path, List<String> ignored,
        OutcomeView outcome) {

    /** A question on the path: its prompt, the canonical answer, and the answer as shown (a choice's label). */
    public record PathStep(String question, String prompt, String answer, String shown) {}

    /**
     * The diagnosis.
     *
     * @param retry       {@code soft}, {@code hard} or {@code none}
     * @param retryAdvice what that means for this user, in a sentence
     * @param channels    the official channels ranked for the outcome's topic, by id, best first
     * @param contacts    the same channels with a name and an address, for people
     * @param ticket      a support-ticket draft with the facts collected; only when {@code escalate}
     * @param agent       what only support staff see ({@code --audience agent}), else null
     */
    public record OutcomeView(
            String id, String title, String cause, List<String> steps, String retry, String retryAdvice, boolean escalate,
            String topic, String topicName, List<String> channels, List<ContactView> contacts, TicketDraft ticket,
            List<FaqRef> faqs, AgentNotes agent) {}

    /** A ranked channel; {@code address} is its main address (null for a hotline when no region was given). */
    public record ContactView(String id, String name, boolean available, String address, String responseTime) {}

    /** A related FAQ entry. */
    public record FaqRef(String id, String title) {}
}
