package okpay.support.diagnose;

import java.util.Map;
import java.util.Set;
import okpay.support.contact.draft.TicketFact;
import okpay.support.prompt.Answers;
import okpay.support.prompt.Terminal;

/**
 * One run of a flow as the user asked for it.
 *
 * @param answers  answers given up front ({@code --answer}, {@code --answers})
 * @param facts    short facts for the ticket ({@code --tx-id}, {@code --amount}...); they also answer the questions
 *                 that collect the same fact
 * @param region   two-letter region for the hotline, or null
 * @param terminal where questions are asked when they can be
 * @param noInput  never ask, even on a terminal
 * @param typed    the question ids of the answers typed with {@code --answer} (not those of an answers file, which may
 *                 hold a standard set for every flow): a typo among them is refused with a "did you mean"
 */
public record DiagnosisRequest(
        Answers answers, Map<TicketFact, String> facts, String region, Terminal terminal, boolean noInput, Set<String> typed) {
    public DiagnosisRequest {
        facts = Map.copyOf(facts);
        typed = Set.copyOf(typed);
    }

    /** A request whose answers were not typed one by one. */
    public DiagnosisRequest(Answers answers, Map<TicketFact, String> facts, String region, Terminal terminal, boolean noInput) {
        this(answers, facts, region, terminal, noInput, Set.of());
    }
}
