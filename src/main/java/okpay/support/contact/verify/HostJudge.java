package okpay.support.contact.verify;

import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.i18n.Messages;

/** Decides what a host name is: official, below an official domain, a social site, an imitation of one, or unrelated. */
final class HostJudge {
    /** What a host is. */
    enum Status { OFFICIAL, SUBDOMAIN, PLATFORM, LOOKALIKE, UNKNOWN }

    /**
     * @param host     the host compared (ASCII, without "www.")
     * @param official the official domain the host is, or lies below (OFFICIAL, SUBDOMAIN); else null
     * @param nearest  official values it imitates (LOOKALIKE) or is (OFFICIAL)
     */
    record Finding(Status status, String host, String official, List<String> reasons, List<OfficialValue> nearest) {}

    private final OfficialIndex index;
    private final Resemblance resemblance;
    private final Messages m;

    HostJudge(OfficialIndex index, Resemblance resemblance, Messages m) {
        this.index = index;
        this.resemblance = resemblance;
        this.m = m;
    }

    /** Judges the host of {@code p}; {@code ignoreWww}: "www.okpay.example" counts as "okpay.example" (web, not mail). */
    Finding judge(ParsedContact p, boolean ignoreWww) {
        String host = ignoreWww ? OfficialIndex.withoutWww(p.host()) : p.host();
        String unicode = ignoreWww ? OfficialIndex.withoutWww(p.hostUnicode()) : p.hostUnicode();
        String domain = index.officialDomainOf(host);
        if (domain != null) {
            boolean listed = host.equals(domain) || index.hosts.containsKey(host);
            List<OfficialValue> values = listed ? List.of(index.valueOfHost(host)) : List.of(index.valueOfHost(domain));
            return new Finding(listed ? Status.OFFICIAL : Status.SUBDOMAIN, host, domain, List.of(), values);
        }
        if (index.profiles.containsKey(host)) {
            return new Finding(Status.PLATFORM, host, null, List.of(), List.of());
        }
        List<String> reasons = new ArrayList<>();
        List<OfficialValue> nearest = new ArrayList<>();
        // The closest kind of resemblance wins: the same skeleton, then a few edits; one reason per official host.
        for (String official : index.officialHosts()) {
            String imitation = resemblance.imitation(unicode, official);
            if (imitation != null) {
                reasons.add(m.get("reason.confusable", official, imitation));
                String scripts = resemblance.scripts(unicode);
                if (scripts != null) {
                    reasons.add(scripts);
                }
                nearest.add(index.valueOfHost(official));
                break;
            }
        }
        for (String official : reasons.isEmpty() ? index.officialHosts() : List.<String>of()) {
            int distance = resemblance.nearness(unicode, official);
            if (distance > 0) {
                reasons.add(m.get("reason.edit", official, distance));
                nearest.add(index.valueOfHost(official));
                break;
            }
        }
        if (!reasons.isEmpty() && !host.equals(unicode)) {
            reasons.add(m.get("reason.punycode", unicode, host));
        }
        for (String official : index.domains) {
            String folded = resemblance.fold(unicode);
            String foldedOfficial = resemblance.fold(official);
            if (folded.startsWith(foldedOfficial + ".") || folded.contains("." + foldedOfficial + ".")
                    || folded.startsWith(foldedOfficial + "-")) {
                reasons.add(m.get("reason.official-prefix", official, registrable(host)));
                addOnce(nearest, index.valueOfHost(official));
            }
        }
        String brand = resemblance.brandIn(unicode);
        if (brand != null && reasons.isEmpty()) {
            reasons.add(m.get("reason.brand-in-domain", brand, registrable(host)));
            nearest.addAll(index.domainValues);
        }
        return new Finding(reasons.isEmpty() ? Status.UNKNOWN : Status.LOOKALIKE, host, null, reasons, dedupe(nearest));
    }

    /**
     * The part of a host that its owner registered, by the Public Suffix List: {@code example.co.uk} for
     * {@code okpay.example.co.uk}, {@code x.github.io} for {@code a.x.github.io}.
     */
    static String registrable(String host) {
        return PublicSuffixes.registrable(host);
    }

    private static void addOnce(List<OfficialValue> values, OfficialValue value) {
        if (value != null && !values.contains(value)) {
            values.add(value);
        }
    }

    private static List<OfficialValue> dedupe(List<OfficialValue> values) {
        List<OfficialValue> out = new ArrayList<>();
        values.forEach(v -> addOnce(out, v));
        return out;
    }
}
