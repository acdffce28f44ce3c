package okpay.support.contact.redact;

/** The result of one redaction rule: the text after it, and how many values it replaced. */
public record Replaced(String text, int count) {
}
