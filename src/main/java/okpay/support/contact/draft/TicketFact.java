package okpay.support.contact.draft;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import okpay.support.contact.redact.Redactor;
import okpay.support.kb.Shared;

/**
 * The facts a support ticket is made of: the one list of them. {@link #id()} is how the knowledge base's
 * ticket template and flow questions ({@code fact: tx-id}) name a fact, and {@code --ID} the command-line
 * option that gives it; a new fact is a new constant here, a template line and, if it has one, an option.
 */
@Shared
public enum TicketFact {
    ACCOUNT, TX_ID, TIME, AMOUNT, CURRENCY, ERROR, DEVICE, WHAT_HAPPENED, STEPS_TRIED;

    /** {@code account}, {@code tx-id}... as the knowledge base and the option names spell it. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The option that gives the fact, {@code --tx-id}. */
    public String option() {
        return "--" + id();
    }

    /**
     * Whether the fact is one short value, which the user gives with its option and a flow question may collect
     * ({@code fact: amount}); what happened and the steps tried are written out instead.
     */
    public boolean shortValue() {
        return this != WHAT_HAPPENED && this != STEPS_TRIED;
    }

    /** Whether the ticket template has a line for it: every fact but the currency, which is shown with the amount. */
    public boolean templateLine() {
        return this != CURRENCY;
    }

    /** How the redactor reads a value of this fact: a transaction id is never masked, an error keeps its codes. */
    public Redactor.ValueKind redaction() {
        return this == TX_ID ? Redactor.ValueKind.IDENTIFIER : this == ERROR ? Redactor.ValueKind.ERROR : Redactor.ValueKind.TEXT;
    }

    /** The facts that are one short value, in order. */
    public static List<TicketFact> shortValues() {
        return Arrays.stream(values()).filter(TicketFact::shortValue).toList();
    }

    /** The facts that have a template line, in order. */
    public static List<TicketFact> templateLines() {
        return Arrays.stream(values()).filter(TicketFact::templateLine).toList();
    }

    /** The ids of {@code facts}, joined for messages. */
    public static String ids(List<TicketFact> facts) {
        return String.join(", ", facts.stream().map(TicketFact::id).toList());
    }

    /** The fact whose id is {@code id}; null if none. */
    public static TicketFact of(String id) {
        for (TicketFact fact : values()) {
            if (fact.id().equals(id)) {
                return fact;
            }
        }
        return null;
    }
}
