package okpay.support.contact.verify;

import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.verify.ContactVerifier.Judgement;
import okpay.support.contact.verify.ContactVerifier.Verdict;
import okpay.support.contact.verify.OfficialIndex.Entry;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Messages;

/**
 * Verdicts on web addresses, domains and email addresses, all of which turn on a host name.
 *
 * <p>Subdomains: a web address on any subdomain of an official domain is official (only the owner of the domain
 * can create one), with a note when the subdomain is not listed. Mail is stricter: only the official domain
 * itself is official; an address on a subdomain is reported as unknown, since OKPay publishes no such mailbox.
 */
final class WebJudge {
    private final OfficialIndex index;
    private final Resemblance resemblance;
    private final HostJudge hosts;
    private final VerifyRules rules;
    private final Messages m;
    private final String product;

    WebJudge(OfficialIndex index, Resemblance resemblance, HostJudge hosts, VerifyRules rules, Messages m, String product) {
        this.index = index;
        this.resemblance = resemblance;
        this.hosts = hosts;
        this.rules = rules;
        this.m = m;
        this.product = product;
    }

    Judgement email(ParsedContact p) {
        String address = p.local() + "@" + p.host();
        for (Entry entry : index.emails) {
            if (entry.key().equals(address)) {
                return official(List.of(m.get("reason.listed", entry.value().value(), entry.value().label())), List.of(entry.value()));
            }
        }
        HostJudge.Finding host = hosts.judge(p, false);
        switch (host.status()) {
            case OFFICIAL, SUBDOMAIN -> {
                if (host.host().equals(host.official())) {
                    return official(List.of(m.get("reason.email-unlisted-mailbox", address, host.official())), host.nearest());
                }
                return unknown(m.get("reason.email-subdomain", address, host.official()));
            }
            case LOOKALIKE -> {
                return new Judgement(Verdict.LOOKALIKE, host.reasons(), nearestEmails(p.local()));
            }
            default -> {
                // Judged on the mailbox name below.
            }
        }
        String brand = resemblance.brandIn(p.local());
        String claim = brand != null ? brand : resemblance.claimIn(p.local());
        if (isFreeMail(p.host())) {
            if (claim != null) {
                return new Judgement(Verdict.LOOKALIKE, List.of(m.get("reason.free-mail-claim", HostJudge.registrable(p.host()), claim, product)),
                        nearestEmails(p.local()));
            }
            return unknown(m.get("reason.free-mail", HostJudge.registrable(p.host()), product));
        }
        if (brand != null) {
            return new Judgement(Verdict.LOOKALIKE, List.of(m.get("reason.brand-in-mailbox", brand, HostJudge.registrable(p.host()))),
                    nearestEmails(p.local()));
        }
        return unknown(m.get("reason.unknown", m.get("kind.plural.email")));
    }

    Judgement site(ParsedContact p) {
        HostJudge.Finding host = hosts.judge(p, true);
        boolean web = p.scheme() == null || p.scheme().equals("https") || p.scheme().equals("http");
        List<String> reasons = new ArrayList<>();
        switch (host.status()) {
            case OFFICIAL, SUBDOMAIN -> {
                if (!web) {
                    return unknown(m.get("reason.other-scheme", product, p.scheme()));
                }
                List<OfficialValue> values = host.nearest();
                String page = host.host() + (p.tail() == null ? "" : p.tail().replaceAll("[?#].*$", "").replaceAll("/+$", ""));
                for (Entry entry : index.urls) {
                    if (entry.key().equals(page)) {
                        values = List.of(entry.value());
                        reasons.add(m.get("reason.listed", entry.value().value(), entry.value().label()));
                    }
                }
                if (reasons.isEmpty() && host.status() == HostJudge.Status.SUBDOMAIN) {
                    reasons.add(m.get("reason.subdomain", host.host(), host.official(), product));
                } else if (reasons.isEmpty() && host.host().equals(host.official())) {
                    reasons.add(m.get("reason.official-domain", host.host(), product));
                } else if (reasons.isEmpty()) {
                    reasons.add(m.get("reason.official-host", host.host(), product, values.get(0).label()));
                }
                if ("http".equals(p.scheme())) {
                    reasons.add(m.get("reason.http"));
                }
                if (p.userInfo() != null) {
                    reasons.add(m.get("reason.userinfo-harmless", p.userInfo()));
                }
                return official(reasons, values);
            }
            case PLATFORM -> {
                String platform = index.profiles.get(host.host()).get(0).value().platform();
                return unknown(m.get("reason.platform-home", host.host(), platform == null ? host.host() : platform, product));
            }
            case LOOKALIKE -> reasons.addAll(host.reasons());
            default -> {
                // Not like an official host; the parts around it may still borrow the name.
            }
        }
        List<OfficialValue> near = new ArrayList<>(host.nearest());
        if (p.userInfo() != null && resemblance.brandIn(p.userInfo()) != null) {
            reasons.add(m.get("reason.userinfo", p.userInfo(), HostJudge.registrable(host.host())));
            near.addAll(near.isEmpty() ? index.domainValues : List.of());
        }
        String brand = p.tail() == null ? null : resemblance.brandIn(p.tail());
        if (reasons.isEmpty() && brand != null) {
            reasons.add(m.get("reason.brand-in-path", brand, HostJudge.registrable(host.host())));
            near.addAll(index.domainValues);
        }
        if (reasons.isEmpty()) {
            return unknown(m.get("reason.unknown", m.get("kind.plural.url")));
        }
        return new Judgement(Verdict.LOOKALIKE, reasons, near);
    }

    private boolean isFreeMail(String host) {
        for (String domain : rules.freeMailDomains()) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    /** The official addresses with the same mailbox name, else the closest ones. */
    private List<OfficialValue> nearestEmails(String local) {
        List<OfficialValue> out = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Entry entry : index.emails) {
            String officialLocal = entry.key().substring(0, entry.key().lastIndexOf('@'));
            int distance = DidYouMean.distance(local.length() > 64 ? local.substring(0, 64) : local, officialLocal);
            if (distance < best) {
                out.clear();
                best = distance;
            }
            if (distance == best) {
                out.add(entry.value());
            }
        }
        return out;
    }

    private static Judgement official(List<String> reasons, List<OfficialValue> values) {
        return new Judgement(Verdict.OFFICIAL, reasons, values);
    }

    private static Judgement unknown(String reason) {
        return new Judgement(Verdict.UNKNOWN, List.of(reason), List.of());
    }
}
