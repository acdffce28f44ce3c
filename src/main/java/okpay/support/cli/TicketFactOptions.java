package okpay.support.cli;

import java.util.EnumMap;
import java.util.Map;
import okpay.support.contact.draft.TicketFact;
import picocli.CommandLine.Option;

/**
 * The short facts a support ticket needs ({@link TicketFact#shortValues()}), as options shared by every command
 * that drafts one ({@code diagnose FLOW}, {@code contact draft}). Each option is named after its fact
 * ({@link TicketFact#option()}); {@code TicketFactOptionsTest} checks that every short fact has its option.
 */
public final class TicketFactOptions {
    @Option(names = "--tx-id", paramLabel = "ID", order = 20, description = "The transaction ID from your history.")
    String txId;

    @Option(names = "--amount", paramLabel = "AMOUNT", order = 21, description = "The amount, a number such as 120.00.")
    String amount;

    @Option(names = "--currency", paramLabel = "CUR", order = 22, description = "Three-letter currency code, such as USD or CNY.")
    String currency;

    @Option(names = "--time", paramLabel = "TIME", order = 23,
            description = "When it happened, with the time zone (2025-03-08 14:20 UTC+8).")
    String time;

    @Option(names = "--error", paramLabel = "TEXT", order = 24, description = "The exact error message or code on screen.")
    String error;

    @Option(names = "--account", paramLabel = "ID", order = 25, description = "Your registered email address or user ID.")
    String account;

    @Option(names = "--device", paramLabel = "TEXT", order = 26, description = "Phone model, OS version and app version.")
    String device;

    /** The facts given, blank ones left out, in {@link TicketFact} order. */
    public Map<TicketFact, String> given() {
        Map<TicketFact, String> facts = new EnumMap<>(TicketFact.class);
        for (TicketFact fact : TicketFact.shortValues()) {
            String value = value(fact);
            if (value != null && !value.isBlank()) {
                facts.put(fact, value);
            }
        }
        return facts;
    }

    /** The value of {@code fact}'s option; null when not given (or when it has none). */
    private String value(TicketFact fact) {
        return switch (fact) {
            case TX_ID -> txId;
            case AMOUNT -> amount;
            case CURRENCY -> currency;
            case TIME -> time;
            case ERROR -> error;
            case ACCOUNT -> account;
            case DEVICE -> device;
            default -> null;
        };
    }
}
