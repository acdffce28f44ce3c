package okpay.support.diagnose;

import java.util.List;
import java.util.Objects;
import okpay.support.contact.draft.TicketFact;
import okpay.support.kb.Question;
import okpay.support.kb.Text;

/**
 * A question node of a decision flow.
 *
 * @param fact   the ticket fact the answer fills (one that is a {@link TicketFact#shortValue()}), and that the
 *               matching command-line option answers; null if none
 * @param tried  for a yes/no question, what "yes" means the user already tried (listed in the ticket); or null
 * @param routes the branches in the order they are tested, the first that holds wins: the explicit routes of
 *               the knowledge base first, then one per choice {@code next} or {@code if_yes}/{@code if_no}
 * @param next   where the flow goes when no route holds; null if the routes cover every answer
 */
public record FlowQuestion(Question question, TicketFact fact, Text tried, List<Route> routes, String next) {

    public FlowQuestion {
        Objects.requireNonNull(question, "question");
        if (fact != null && !fact.shortValue()) {
            throw new IllegalArgumentException("a question cannot collect " + fact.id());
        }
        routes = List.copyOf(routes);
    }

    public String id() {
        return question.id();
    }
}
