package okpay.support.contact.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okpay.support.contact.ContactKind;
import okpay.support.contact.NeverShare;
import okpay.support.contact.NeverShareReader;
import okpay.support.contact.ProductReader;
import okpay.support.contact.verify.OfficialIndex.Entry;
import okpay.support.contact.verify.OfficialIndex.Phone;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.error.ExitCode;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;

/**
 * Tells whether an email address, web address, domain, phone number or social handle is one of the official
 * channels in the knowledge base, imitates one, or is unrelated, and says why. Never throws for a verdict:
 * only input that is no contact detail at all is an error (USAGE).
 */
public final class ContactVerifier {
    /** The three answers; their ids appear in JSON. */
    enum Verdict {
        OFFICIAL, LOOKALIKE, UNKNOWN;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Judgement(Verdict verdict, List<String> reasons, List<OfficialValue> official) {}

    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages m;
    private final OfficialIndex index;
    private final Resemblance resemblance;
    private final WebJudge web;

    public ContactVerifier(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.m = Messages.of(okpay.support.contact.ContactGuide.class, lang);
        this.index = new OfficialIndex(kb, lang, m);
        this.resemblance = new Resemblance(kb.get(VerifyRulesReader.SECTION), index.domains, m);
        this.web = new WebJudge(index, resemblance, new HostJudge(index, resemblance, m), kb.get(VerifyRulesReader.SECTION), m,
                kb.get(ProductReader.SECTION).name().get(lang));
    }

    /** The verdict on {@code raw}, as pasted by the user. */
    public VerifyResult verify(String raw) {
        ParsedContact p = new ContactInput(m).parse(raw);
        if (p.kind() == ContactKind.URL && p.segment() != null && index.profiles.containsKey(OfficialIndex.withoutWww(p.host()))) {
            p = p.as(ContactKind.HANDLE);  // a profile link on a social site names an account
        }
        Judgement judgement = switch (p.kind()) {
            case EMAIL -> web.email(p);
            case URL, DOMAIN -> web.site(p);
            case PHONE -> phone(p);
            case HANDLE -> handle(p);
        };
        Verdict verdict = judgement.verdict();
        List<String> reasons = new ArrayList<>(judgement.reasons());
        if (p.hidden() && verdict == Verdict.OFFICIAL) {
            // Invisible characters in an address that otherwise matches are exactly how a fake passes for the real one.
            reasons.clear();
            reasons.add(m.get("reason.hidden"));
            reasons.add(m.get("reason.hidden-official", judgement.official().get(0).value()));
            verdict = Verdict.LOOKALIKE;
        } else if (p.hidden()) {
            reasons.add(0, m.get("reason.hidden"));
            verdict = Verdict.LOOKALIKE;  // hiding characters in an address is itself a disguise
        }
        if (p.displayName() != null) {
            reasons.add(m.get("reason.display-name", p.displayName()));
        }
        return new VerifyResult(p.shown(), p.kind().id(), verdict.id(), reasons,
                verdict == Verdict.UNKNOWN ? List.of() : judgement.official(), m.get("advice." + verdict.id()),
                genuine(p.kind()), kb.get(NeverShareReader.SECTION).stream().map(NeverShare::text).map(t -> t.get(lang)).toList());
    }

    /** 0 for an official value, {@link ExitCode#LOOKALIKE} or {@link ExitCode#UNKNOWN_CONTACT} otherwise. */
    public static ExitCode exitCode(VerifyResult result) {
        return switch (result.verdict()) {
            case "official" -> ExitCode.OK;
            case "lookalike" -> ExitCode.LOOKALIKE;
            default -> ExitCode.UNKNOWN_CONTACT;
        };
    }

    private Judgement phone(ParsedContact p) {
        List<OfficialValue> near = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Phone phone : index.phones) {
            if (p.digits().equals(phone.digits())) {
                return new Judgement(Verdict.OFFICIAL, List.of(m.get("reason.listed", phone.value().value(), phone.value().label())),
                        List.of(phone.value()));
            }
            if (!p.plus() && p.digits().equals(phone.national())) {
                return new Judgement(Verdict.OFFICIAL, List.of(m.get("reason.listed", phone.value().value(), phone.value().label()),
                        m.get("reason.phone-national", phone.value().value())), List.of(phone.value()));
            }
            int distance = digitDistance(p, phone);
            if (distance > 0 && distance <= 2 && distance <= best) {
                if (distance < best) {
                    near.clear();
                    reasons.clear();
                }
                best = distance;
                near.add(phone.value());
                reasons.add(m.get("reason.phone-digits", phone.value().value(), distance));
            }
        }
        if (!near.isEmpty()) {
            // A whole range of numbers can be equally close; three show the point.
            return new Judgement(Verdict.LOOKALIKE, reasons.subList(0, Math.min(3, reasons.size())),
                    near.subList(0, Math.min(3, near.size())));
        }
        return unknown(ContactKind.PHONE);
    }

    /** How many digits differ, comparing like with like: with the country code, or the national part only. */
    private static int digitDistance(ParsedContact p, Phone phone) {
        int full = DidYouMean.distance(p.digits(), phone.digits());
        if (p.plus() || phone.national() == null) {
            return full;
        }
        return Math.min(full, DidYouMean.distance(p.digits(), phone.national()));
    }

    private Judgement handle(ParsedContact p) {
        String name = p.handle();
        List<Entry> candidates = new ArrayList<>();
        String host = p.host() == null ? null : OfficialIndex.withoutWww(p.host());
        if (host == null) {
            candidates.addAll(index.handles);
            index.profiles.values().forEach(candidates::addAll);
        } else {
            candidates.addAll(index.profiles.get(host));
        }
        List<OfficialValue> matched = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<String> platforms = new ArrayList<>();
        for (Entry entry : candidates) {
            if (entry.key().equals(name)) {
                matched.add(entry.value());
                String platform = entry.value().platform();
                if (platform == null) {
                    reasons.add(m.get("reason.listed", entry.value().value(), entry.value().label()));
                } else if (!platforms.contains(platform)) {
                    platforms.add(platform);  // the handle and the profile link of one account: one reason
                    reasons.add(m.get("reason.handle-platform", entry.value().value(), platform));
                }
            }
        }
        if (!matched.isEmpty()) {
            return new Judgement(Verdict.OFFICIAL, reasons, matched);
        }
        List<String> seen = new ArrayList<>();
        for (Entry entry : candidates) {
            if (seen.contains(entry.key())) {
                continue;  // the same account as a handle and as a profile link: one reason is enough
            }
            seen.add(entry.key());
            String bare = Resemblance.withoutSeparators(name);
            String official = Resemblance.withoutSeparators(entry.key());
            String imitation = resemblance.imitation(bare, official);
            if (bare.equals(official)) {
                reasons.add(m.get("reason.handle-separators", entry.value().value()));
            } else if (imitation != null) {
                reasons.add(m.get("reason.confusable", entry.value().value(), imitation));
            } else if (resemblance.nearness(bare, official) > 0) {
                reasons.add(m.get("reason.edit", entry.value().value(), resemblance.nearness(bare, official)));
            } else {
                continue;
            }
            matched.add(entry.value());
        }
        String brand = resemblance.brandIn(name);
        if (matched.isEmpty() && brand != null) {
            reasons.add(m.get("reason.brand-in-handle", brand));
            index.handles.forEach(e -> matched.add(e.value()));
        }
        return matched.isEmpty() ? unknown(ContactKind.HANDLE) : new Judgement(Verdict.LOOKALIKE, reasons, matched);
    }

    private Judgement unknown(ContactKind kind) {
        return new Judgement(Verdict.UNKNOWN, List.of(m.get("reason.unknown", m.get("kind.plural." + kind.id()))), List.of());
    }

    private List<OfficialValue> genuine(ContactKind kind) {
        List<OfficialValue> out = new ArrayList<>();
        switch (kind) {
            case EMAIL -> index.emails.forEach(e -> out.add(e.value()));
            case URL, DOMAIN -> {
                out.addAll(index.domainValues);
                index.urls.forEach(e -> out.add(e.value()));
            }
            case PHONE -> index.phones.forEach(e -> out.add(e.value()));
            case HANDLE -> {
                index.handles.forEach(e -> out.add(e.value()));
                index.profiles.values().forEach(list -> list.forEach(e -> out.add(e.value())));
            }
        }
        return out;
    }
}
