package okpay.support.diagnose;

import java.util.List;
import okpay.support.kb.AgentNotes;

/**
 * What {@code diagnose FLOW --code CODE} returns, in the user's language.
 *
 * @param code            the entry's code as the catalogue writes it ({@code 07} for "7"); for an unknown code, as asked
 * @param query           the code as asked for
 * @param found           false for a code the catalogue does not know: {@code steps} are then the general steps
 * @param codes           the entry's code and its aliases
 * @param scheme          {@code named}, {@code iso8583} or {@code wallet}
 * @param whoActs         {@code customer}, {@code issuer}, {@code platform}, {@code recipient} or {@code none}
 * @param title           the customer's title (generic for a code whose real reason is not disclosed)
 * @param meaning         what happened, said to the customer
 * @param steps           what the customer does now
 * @param disclose        only for support staff ({@code --audience agent}), else null: false when the real reason
 *                        must not be told to the customer
 * @param agent           only for support staff, else null: the real reason, what to tell the customer, escalation
 * @param suggestion      for an unknown code, a known code it may be a typo of
 * @param topic           the support topic of the flow, which ranks {@code channels}
 * @param channels        the official channels ranked for that topic, by id
 */
public record DeclineCodeResult(
        String code, String query, boolean found, List<String> codes, String scheme, String title, String meaning, String whoActs,
        String whoActsText, String retry, String retryAdvice, List<String> steps, Boolean disclose, AgentNotes agent,
        String suggestion, String flow, String topic, String topicName, List<String> channels, List<DiagnosisResult.ContactView> contacts) {

    /**
     * Whether the code says to contact someone: someone other than the customer has to act (OKPay, the card issuer,
     * the recipient), which {@code diagnose --exit-status} reports as exit 10. Not a record component: not in the JSON,
     * where {@code whoActs} says who.
     */
    public boolean escalates() {
        return found && (whoActs.equals(DeclineCode.Actor.PLATFORM.id()) || whoActs.equals(DeclineCode.Actor.ISSUER.id())
                || whoActs.equals(DeclineCode.Actor.RECIPIENT.id()));
    }
}
