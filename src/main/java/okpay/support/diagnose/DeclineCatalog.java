package okpay.support.diagnose;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okpay.support.kb.Shared;
import okpay.support.kb.Text;

/** The decline-code catalogue, and the general steps for a code it does not know. */
@Shared
public record DeclineCatalog(List<Text> generalSteps, List<DeclineCode> codes) {

    /** The catalogue of a knowledge base without a {@code decline_codes} section. */
    public static final DeclineCatalog EMPTY = new DeclineCatalog(List.of(), List.of());

    public DeclineCatalog {
        generalSteps = List.copyOf(generalSteps);
        codes = List.copyOf(codes);
    }

    /** The entry listing {@code code}, ignoring case and surrounding spaces. */
    public Optional<DeclineCode> find(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (DeclineCode entry : codes) {
            for (String c : entry.codes()) {
                if (c.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }
}
