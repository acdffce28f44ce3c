package okpay.support.diagnose;

import java.util.List;
import java.util.Locale;
import okpay.support.kb.AgentText;
import okpay.support.kb.Shared;
import okpay.support.kb.Text;

/**
 * One entry of the decline-code catalogue: what a code means, who has to act, and what to do.
 *
 * @param codes          the code and its aliases as written ({@code insufficient_funds}, {@code 51}, {@code N7});
 *                       looked up ignoring case
 * @param scheme         where the code comes from
 * @param title           what the customer reads: for a code whose real reason is not disclosed, a generic one
 * @param meaning         what happened, in plain words to the customer (never the undisclosed reason)
 * @param steps           what the customer does now, said to the customer
 * @param disclose        false for codes whose real reason must not be told to the customer (suspected fraud, lost
 *                        or stolen cards...): only {@code agent} names it
 * @param agent           what only support staff see: the real reason, what to tell the customer, whether to
 *                        escalate; null when the catalogue gives none
 */
@Shared
public record DeclineCode(
        List<String> codes, Scheme scheme, Text title, Text meaning, Actor actor, Retry retry, List<Text> steps,
        boolean disclose, AgentText agent) {

    public DeclineCode {
        codes = List.copyOf(codes);
        steps = List.copyOf(steps);
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("a decline code entry needs at least one code");
        }
    }

    /** The first code, the one the entry is known by. */
    public String code() {
        return codes.get(0);
    }

    /** Where a code comes from. */
    public enum Scheme {
        /** Card processors' named decline codes, such as {@code insufficient_funds}. */
        NAMED,
        /** ISO 8583 response codes (field 39), such as {@code 51}. */
        ISO8583,
        /** Reasons of the wallet itself: limits, verification, risk control... */
        WALLET;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who has to do something about a decline. */
    public enum Actor {
        CUSTOMER, ISSUER, PLATFORM, RECIPIENT, NONE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
