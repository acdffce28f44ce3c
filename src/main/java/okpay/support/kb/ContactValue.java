package okpay.support.kb;

/** One official address of a channel: a URL, an email address, a phone number or a social handle. */
public record ContactValue(Kind kind, String value, Text label, String platform) {

    /** What sort of address {@link #value} is. */
    public enum Kind {
        URL, EMAIL, PHONE, HANDLE;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
