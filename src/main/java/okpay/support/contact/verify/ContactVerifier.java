package okpay.support.contact.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okpay.support.contact.ContactKind;
import okpay.support.contact.NeverShare;
import okpay.support.contact.NeverShareReader;
import okpay.support.contact.ProductReader;
import okpay.support.contact.verify.OfficialIndex.Entry;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
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
    /** The answers, with how dangerous each is (the exit code of a batch is its most dangerous verdict); ids appear in JSON. */
    enum Verdict {
        OFFICIAL(0), INVALID(1), UNKNOWN(2), LOOKALIKE(3);

        final int danger;

        Verdict(int danger) {
            this.danger = danger;
        }

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
    private final String product;
    private PhoneNumbers phones;

    public ContactVerifier(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.m = Messages.of(okpay.support.contact.ContactGuide.class, lang);
        this.index = new OfficialIndex(kb, lang, m);
        this.resemblance = new Resemblance(kb.get(VerifyRulesReader.SECTION), index.domains, m);
        this.product = kb.get(ProductReader.SECTION).name().get(lang);
        this.web = new WebJudge(index, resemblance, new HostJudge(index, resemblance, m), kb.get(VerifyRulesReader.SECTION), m, product);
    }

    /**
     * The verdicts on {@code values}, in their order. {@code batch}: a value that is no contact detail at all gets the
     * verdict invalid and the others go on (a runbook's list); otherwise it is a usage error, as for one value typed.
     */
    public VerifyResult verifyAll(List<String> values, boolean batch) {
        List<ValueVerdict> results = new ArrayList<>(values.size());
        Map<String, List<OfficialValue>> genuine = new LinkedHashMap<>();
        Verdict worst = null;
        for (String value : values) {
            ValueVerdict result;
            try {
                result = verify(value);
            } catch (SupportException e) {
                if (!batch || e.exitCode() != ExitCode.USAGE) {
                    throw e;
                }
                result = new ValueVerdict(ContactInput.shown(value == null ? "" : value), null, Verdict.INVALID.id(), null,
                        List.of(e.getMessage()), List.of(), e.hint());
            }
            results.add(result);
            Verdict verdict = Verdict.valueOf(result.verdict().toUpperCase(Locale.ROOT));
            worst = worst == null || verdict.danger > worst.danger ? verdict : worst;
            if (result.kind() != null) {
                genuine.computeIfAbsent(result.kind(), k -> genuine(ContactKind.valueOf(k.toUpperCase(Locale.ROOT))));
            }
        }
        return new VerifyResult(worst == null ? Verdict.OFFICIAL.id() : worst.id(), results, genuine,
                kb.get(NeverShareReader.SECTION).stream().map(NeverShare::text).map(t -> t.get(lang)).toList());
    }

    /** The verdict on {@code raw}, as pasted by the user; a usage error when it is no contact detail. */
    public ValueVerdict verify(String raw) {
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
        return new ValueVerdict(p.shown(), p.kind().id(), verdict.id(), caution(p.kind(), verdict), reasons,
                verdict == Verdict.UNKNOWN ? List.of() : judgement.official(), m.get("advice." + verdict.id()));
    }

    /** Callers and senders can be faked: a matching number or address proves nothing about who is on the other end. */
    private String caution(ContactKind kind, Verdict verdict) {
        if (kind != ContactKind.PHONE && kind != ContactKind.EMAIL) {
            return null;  // a link goes where it says once it is official; its lookalikes are judged above
        }
        return m.get("caution." + kind.id() + (verdict == Verdict.OFFICIAL ? ".official" : ""), product);
    }

    /** The exit code of the worst verdict: 7 lookalike, 8 unknown, 2 invalid, 0 official. */
    public static ExitCode exitCode(VerifyResult result) {
        return switch (result.verdict()) {
            case "official" -> ExitCode.OK;
            case "lookalike" -> ExitCode.LOOKALIKE;
            case "invalid" -> ExitCode.USAGE;
            default -> ExitCode.UNKNOWN_CONTACT;
        };
    }

    private Judgement phone(ParsedContact p) {
        if (p.plus() && p.extension() == null) {
            for (OfficialIndex.Phone phone : index.phones) {
                if (p.digits().equals(phone.digits())) {
                    // The official number itself, written internationally: the same digits need no parsing (nor the library).
                    return new Judgement(Verdict.OFFICIAL, List.of(m.get("reason.listed", phone.value().value(), phone.value().label())),
                            List.of(phone.value()));
                }
            }
        }
        if (phones == null) {
            phones = new PhoneNumbers(index.phones);  // libphonenumber loads here, on the first phone number only
        }
        List<OfficialValue> near = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (PhoneNumbers.Compared compared : phones.compare(p)) {
            OfficialValue official = compared.official().phone().value();
            String digits = compared.e164().substring(1);
            String officialDigits = compared.official().e164().substring(1);
            if (digits.equals(officialDigits)) {
                List<String> why = new ArrayList<>();
                why.add(m.get("reason.listed", official.value(), official.label()));
                if (compared.national()) {
                    why.add(m.get("reason.phone-national", official.value()));
                }
                String extension = compared.official().extension();
                if (p.extension() != null && extension != null && !p.extension().equals(extension)) {
                    return new Judgement(Verdict.LOOKALIKE, List.of(m.get("reason.phone-other-extension", official.value(),
                            p.extension())), List.of(official));
                }
                if (p.extension() != null && extension == null) {
                    why.add(m.get("reason.phone-extension", p.extension(), official.value()));
                }
                return new Judgement(Verdict.OFFICIAL, why, List.of(official));
            }
            int distance = Math.abs(digits.length() - officialDigits.length()) > 2 ? 3 : DidYouMean.distance(digits, officialDigits);
            if (distance > 0 && distance <= 2 && distance <= best) {
                if (distance < best) {
                    near.clear();
                    reasons.clear();
                }
                best = distance;
                near.add(official);
                reasons.add(m.get("reason.phone-digits", official.value(), distance));
            }
        }
        if (!near.isEmpty()) {
            // A whole range of numbers can be equally close; three show the point.
            return new Judgement(Verdict.LOOKALIKE, reasons.subList(0, Math.min(3, reasons.size())),
                    near.subList(0, Math.min(3, near.size())));
        }
        return unknown(ContactKind.PHONE);
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
                String scripts = resemblance.scripts(name);
                if (scripts != null) {
                    reasons.add(scripts);
                }
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
