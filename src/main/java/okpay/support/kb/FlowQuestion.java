package okpay.support.kb;

import java.util.List;
import java.util.Objects;

/**
 * A question node of a decision flow.
 *
 * @param fact   the ticket fact the answer fills ({@code tx-id}, {@code amount}, {@code currency}, {@code time},
 *               {@code error}, {@code account}, {@code device}), and that the matching command-line option
 *               answers; null if none
 * @param tried  for a yes/no question, what "yes" means the user already tried (listed in the ticket); or null
 * @param routes the branches in the order they are tested, the first that holds wins: the explicit routes of
 *               the knowledge base first, then one per choice {@code next} or {@code if_yes}/{@code if_no}
 * @param next   where the flow goes when no route holds; null if the routes cover every answer
 */
public record FlowQuestion(Question question, String fact, Text tried, List<Route> routes, String next) {

    /** The facts a question may fill, as named in the knowledge base. */
    public static final List<String> FACTS = List.of("account", "tx-id", "time", "amount", "currency", "error", "device");

    public FlowQuestion {
        Objects.requireNonNull(question, "question");
        if (fact != null && !FACTS.contains(fact)) {
            throw new IllegalArgumentException("unknown fact " + fact + "; expected one of " + FACTS);
        }
        routes = List.copyOf(routes);
    }

    public String id() {
        return question.id();
    }
}
