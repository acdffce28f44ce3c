package okpay.support.diagnose;

import java.util.Map;
import okpay.support.ask.Answers;
import okpay.support.ask.Terminal;

/**
 * One run of a flow as the user asked for it.
 *
 * @param answers  answers given up front ({@code --answer}, {@code --answers})
 * @param facts    facts for the ticket by fact id ({@code tx-id}, {@code amount}, {@code currency}, {@code time},
 *                 {@code error}, {@code account}, {@code device}); they also answer questions that collect that fact
 * @param region   two-letter region for the hotline, or null
 * @param terminal where questions are asked when they can be
 * @param noInput  never ask, even on a terminal
 */
public record DiagnosisRequest(
        Answers answers, Map<String, String> facts, String region, Terminal terminal, boolean noInput) {
    public DiagnosisRequest {
        facts = Map.copyOf(facts);
    }
}
