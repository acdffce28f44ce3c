package okpay.support.contact;

/** The result of one redaction rule: the text after it, and how many values it replaced. */
record Replaced(String text, int count) {
}
