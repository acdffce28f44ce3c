package okpay.support.contact;

import okpay.support.kb.Text;

/** One official address of a channel: a URL, an email address, a phone number or a social handle. */
public record ContactValue(ContactKind kind, String value, Text label, String platform) {}
