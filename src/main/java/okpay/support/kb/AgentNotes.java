package okpay.support.kb;

import java.util.List;

/**
 * The agent-only text of one answer in the user's language, as results carry it; only with {@code --audience agent}.
 *
 * @param reason   the real reason, or null
 * @param tell     what to tell the customer, or null
 * @param escalate whether, when and to whom to escalate, or null
 * @param notes    internal notes
 */
public record AgentNotes(String reason, String tell, String escalate, List<String> notes) {}
