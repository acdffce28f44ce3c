package okpay.support.contact;

import java.util.List;
import okpay.support.i18n.Lang;
import okpay.support.kb.Text;

/** A region of the hotline table; {@code number} and {@code hours} are null where there is no hotline. */
public record Region(String code, Text name, String number, Text hours, List<Lang> languages) {
    public Region {
        languages = List.copyOf(languages);
    }

    public boolean hasHotline() {
        return number != null;
    }
}
