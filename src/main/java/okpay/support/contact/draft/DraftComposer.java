package okpay.support.contact.draft;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import okpay.support.contact.ChannelKind;
import okpay.support.contact.ContactGuide;
import okpay.support.contact.ContactResult.ChannelAdvice;
import okpay.support.contact.redact.Redactor;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Topic;
import okpay.support.render.Sanitizer;

/**
 * Writes the support message for {@code contact draft}: picks the channel from the topic's ranking (the best
 * one that takes a written message), checks the amount and currency, and lets {@link TicketDrafter} fill the
 * knowledge base's template, which takes every secret out of the input on the way.
 */
public final class DraftComposer {
    /** Channels a prepared message can be sent through: mail, and the ticket form on the website. */
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:[.,][0-9]+)?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Za-z]{3}");

    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages m;

    public DraftComposer(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.m = Messages.of(okpay.support.contact.ContactGuide.class, lang);
    }

    /** The message for {@code request}; USAGE for a bad amount or currency, NOT_FOUND for an unknown topic. */
    public DraftResult draft(DraftRequest request) {
        ContactGuide guide = new ContactGuide(kb, lang);
        // Redacted first: an unknown topic is echoed in the error, and no input may show a secret.
        Topic topic = guide.topic(new Redactor(lang).apply(request.topic().strip()));
        String amount = amount(request.facts().get(TicketFact.AMOUNT));
        String currency = currency(request.facts().get(TicketFact.CURRENCY));
        TicketTemplate template = kb.get(TicketReader.SECTION);
        if (template == null) {
            throw new SupportException(ExitCode.KB_INVALID, m.get("error.draft.no-template", kb.source()), null);
        }

        List<ChannelAdvice> ranked = guide.advise(topic.id(), null).channels();
        ChannelAdvice chosen = ranked.stream().filter(c -> ChannelKind.of(c.id()).takesWrittenMessages()).findFirst().orElse(ranked.get(0));
        ChannelAdvice first = ranked.get(0);
        String note = first == chosen ? null : m.get("draft.note.first", first.name(), topic.name().get(lang), topic.id());
        DraftResult.DraftChannel channel = new DraftResult.DraftChannel(chosen.id(), chosen.name(), chosen.rank(),
                m.get("draft.why", chosen.name(), topic.name().get(lang), chosen.rank()), note, chosen.values());

        Map<TicketFact, String> values = new EnumMap<>(TicketFact.class);
        values.putAll(request.facts());
        values.put(TicketFact.AMOUNT, amount);
        values.put(TicketFact.CURRENCY, currency);
        values.put(TicketFact.WHAT_HAPPENED, request.message());
        TicketFacts facts = new TicketFacts(topic.id(), topic.name(), values, request.tried());
        TicketDraft draft = new TicketDrafter(template, lang).draft(facts, chosen.id());
        return new DraftResult(channel, draft.subject(), draft.body(), draft.attachments(), draft.missing(), draft.warnings(),
                template.rules().stream().map(t -> t.get(lang)).toList());
    }

    /** The amount as typed when it is a plain positive number ("25", "25.00", "1,250.50"); null when not given. */
    private String amount(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String amount = value.strip();
        if (!AMOUNT.matcher(amount).matches()) {
            throw new SupportException(ExitCode.USAGE, m.get("error.draft.amount", shown(value)), m.get("hint.draft.amount"));
        }
        return amount;
    }

    private String currency(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CURRENCY.matcher(value.strip()).matches()) {
            throw new SupportException(ExitCode.USAGE, m.get("error.draft.currency", shown(value)), m.get("hint.draft.currency"));
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** A rejected value as it may appear in an error: without secrets, control characters or excess length. */
    private String shown(String value) {
        return Sanitizer.shown(new Redactor(lang).redact(value).text(), 40);
    }
}
