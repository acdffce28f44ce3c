package okpay.support.contact;

import java.util.Locale;

/** What sort of contact detail a value given to {@code contact verify} is. */
enum ContactKind {
    EMAIL, URL, DOMAIN, PHONE, HANDLE;

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
