package okpay.support.diagnose;

import java.util.List;
import java.util.Optional;
import okpay.support.kb.Shared;
import okpay.support.kb.Terms;
import okpay.support.kb.Text;

/**
 * A troubleshooting conversation as data: questions that branch on the answers, ending in an outcome.
 *
 * @param topic the support topic of the flow, for outcomes that do not name their own
 * @param codes whether {@code --code CODE} is accepted: it answers from the decline-code catalogue instead
 * @param start the id of the first question
 * @param examples how customers describe the problem this flow troubleshoots, so {@code ask} can suggest it
 */
@Shared
public record Flow(
        String id, Text title, Text summary, String topic, List<String> faqs, boolean codes, String start,
        List<FlowQuestion> questions, List<Outcome> outcomes, Terms examples) {
    public Flow {
        faqs = List.copyOf(faqs);
        questions = List.copyOf(questions);
        outcomes = List.copyOf(outcomes);
    }

    /** A flow without example descriptions. */
    public Flow(String id, Text title, Text summary, String topic, List<String> faqs, boolean codes, String start,
            List<FlowQuestion> questions, List<Outcome> outcomes) {
        this(id, title, summary, topic, faqs, codes, start, questions, outcomes, Terms.NONE);
    }

    public Optional<FlowQuestion> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    public Optional<Outcome> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
