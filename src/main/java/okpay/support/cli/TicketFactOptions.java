package okpay.support.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The facts a support ticket needs, as options shared by every command that drafts one
 * ({@code diagnose FLOW}, {@code contact draft}); the ids are the ticket template's field ids.
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

    /** The facts given, by ticket field id ({@code tx-id}, {@code amount}...), blank ones left out. */
    public Map<String, String> given() {
        Map<String, String> facts = new LinkedHashMap<>();
        put(facts, "tx-id", txId);
        put(facts, "amount", amount);
        put(facts, "currency", currency);
        put(facts, "time", time);
        put(facts, "error", error);
        put(facts, "account", account);
        put(facts, "device", device);
        return facts;
    }

    private static void put(Map<String, String> facts, String id, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(id, value);
        }
    }
}
