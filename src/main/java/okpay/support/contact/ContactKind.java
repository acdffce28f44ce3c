package okpay.support.contact;

import java.util.Locale;

/**
 * What sort of contact detail a value is: an official channel's address (every kind but {@link #DOMAIN}), or
 * a value given to {@code contact verify}. {@link #id()} is the spelling of the YAML and the JSON.
 */
public enum ContactKind {
    URL, EMAIL, PHONE, HANDLE, DOMAIN;

    /** {@code url}, {@code email}, {@code phone}, {@code handle} or {@code domain}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
