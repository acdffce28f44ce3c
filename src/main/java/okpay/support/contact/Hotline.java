package okpay.support.contact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okpay.support.kb.Text;

/** The hotline's region table and what to do where there is no hotline. */
public record Hotline(List<Region> regions, Text noHotline) {
    public Hotline {
        regions = List.copyOf(regions);
    }

    /** The region with ISO code {@code code} (any case). */
    public Optional<Region> region(String code) {
        String wanted = code.toUpperCase(Locale.ROOT);
        return regions.stream().filter(r -> r.code().equals(wanted)).findFirst();
    }
}
