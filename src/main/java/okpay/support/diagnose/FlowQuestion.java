package okpay.support.diagnose;

import java.util.List;
import java.util.Objects;
import okpay.support.contact.draft.TicketFact;
import okpay.support.kb.Question;
import okpay.support.kb.Shared;
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
 * @param unit   for a number question, what the number counts ({@code days}, {@code amount}), so that {@code ask} can
 *               take the answer from a description ("3 days", "¥300"); null if nothing says
 */
@Shared
public record FlowQuestion(Question question, TicketFact fact, Text tried, List<Route> routes, String next, Unit unit) {

    public FlowQuestion {
        Objects.requireNonNull(question, "question");
        if (fact != null && !fact.shortValue()) {
            throw new IllegalArgumentException("a question cannot collect " + fact.id());
        }
        if (unit != null && question.type() != Question.Type.NUMBER) {
            throw new IllegalArgumentException("only a number question has a unit: " + question.id());
        }
        routes = List.copyOf(routes);
    }

    /** A question whose number, if it is one, has no declared unit. */
    public FlowQuestion(Question question, TicketFact fact, Text tried, List<Route> routes, String next) {
        this(question, fact, tried, routes, next, null);
    }

    /** What a number answer counts. */
    public enum Unit {
        /** A duration in days: "3 days", "两天", "a week" (7). */
        DAYS,
        /** An amount of money: "¥300", "$1,200.50", "1.2k". */
        AMOUNT;

        /** {@code days} or {@code amount}, as the knowledge base writes it. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String id() {
        return question.id();
    }
}
