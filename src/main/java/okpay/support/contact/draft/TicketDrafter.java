package okpay.support.contact.draft;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.contact.redact.Redaction;
import okpay.support.contact.redact.RedactionNote;
import okpay.support.contact.redact.Redactor;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Shared;
import okpay.support.kb.Text;

/**
 * Drafts a support ticket from a knowledge-base template and the user's facts. Every value the user gave
 * passes through the {@link Redactor} first, so the subject and body never carry a full card number, a
 * one-time code, a password, a CVV or a seed phrase; the warnings say what was taken out.
 */
@Shared
public final class TicketDrafter {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");
    /** Stands for a subject placeholder without a value until the separators around it are cleaned up. */
    private static final String GONE = "\u0000";
    private static final String SEPARATORS = "[\\s\\-–—:：|/,，;；·•]";

    private final TicketTemplate template;
    private final Lang lang;
    private final Messages messages;
    private final Redactor redactor;

    public TicketDrafter(TicketTemplate template, Lang lang) {
        this.template = Objects.requireNonNull(template, "template");
        this.lang = Objects.requireNonNull(lang, "lang");
        this.messages = Messages.of(TicketDrafter.class, lang);
        this.redactor = new Redactor(lang);
    }

    /** The ticket for {@code facts}, meant for the channel {@code channelId}. */
    public TicketDraft draft(TicketFacts facts, String channelId) {
        Map<RedactionNote.Secret, Integer> removed = new EnumMap<>(RedactionNote.Secret.class);
        Map<TicketFact, String> values = new EnumMap<>(TicketFact.class);
        for (TicketFact fact : TicketFact.templateLines()) {
            String raw = facts.get(fact);
            values.put(fact, clean(fact.shortValue() ? oneLine(raw) : multiLine(raw), fact.redaction(), removed));
        }
        values.put(TicketFact.AMOUNT, amount(values.get(TicketFact.AMOUNT), oneLine(facts.get(TicketFact.CURRENCY))));
        List<String> steps = new ArrayList<>();
        for (String step : facts.stepsTried()) {
            String cleaned = clean(oneLine(step), Redactor.ValueKind.TEXT, removed);
            if (cleaned != null) {
                steps.add(cleaned);
            }
        }

        List<TicketDraft.MissingField> missing = new ArrayList<>();
        StringBuilder body = new StringBuilder(messages.get("greeting")).append("\n\n");
        for (TicketField field : template.fields()) {
            String label = field.label().get(lang);
            String placeholder = messages.get("placeholder", field.placeholder().get(lang));
            if (field.fact() == TicketFact.STEPS_TRIED) {
                if (steps.isEmpty()) {
                    missing.add(new TicketDraft.MissingField(field.id(), label));
                    body.append(messages.get("line", label, placeholder)).append('\n');
                } else {
                    body.append(messages.get("listHeading", label)).append('\n');
                    steps.forEach(step -> body.append("- ").append(step).append('\n'));
                }
                continue;
            }
            String value = values.get(field.fact());
            if (value == null) {
                missing.add(new TicketDraft.MissingField(field.id(), label));
                value = placeholder;
            }
            // Continuation lines are indented so a multi-line value still reads as one field.
            body.append(messages.get("line", label, value.replace("\n", "\n  "))).append('\n');
        }
        List<String> attachments = template.attachments().stream().map(t -> t.get(lang)).toList();
        if (!attachments.isEmpty()) {
            body.append('\n').append(messages.get("attachments")).append('\n');
            attachments.forEach(a -> body.append("- ").append(a).append('\n'));
        }
        body.append('\n').append(messages.get("closing")).append('\n');

        List<String> warnings = new ArrayList<>();
        removed.forEach((kind, count) -> warnings.add(messages.get("warning." + kind.name(), count)));
        return new TicketDraft(Objects.requireNonNull(channelId, "channelId"),
                subject(facts, values), body.toString(), attachments, missing, warnings);
    }

    /**
     * The template's subject with {@code {topic}}, {@code {tx_id}} and {@code {error}} filled in. A placeholder
     * without a value, or one the drafter does not know, goes together with the separator before it
     * ("Payment failed – {tx_id} – {error}" → "Payment failed – E51") or with the brackets around it and
     * whatever else they hold ("E51 (transaction {tx_id})" → "E51"), so a label never dangles without its value.
     */
    private String subject(TicketFacts facts, Map<TicketFact, String> values) {
        Map<String, String> fill = new HashMap<>();
        Text topicName = facts.topicName();
        fill.put("topic", topicName != null ? oneLine(topicName.get(lang)) : oneLine(facts.topicId()));
        fill.put("tx_id", values.get(TicketFact.TX_ID));
        fill.put("error", values.get(TicketFact.ERROR));

        Matcher m = PLACEHOLDER.matcher(template.subject().get(lang));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = fill.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : GONE));
        }
        m.appendTail(out);
        String subject = out.toString()
                .replaceAll("\\s*[(\\[（【][^()\\[\\]（）【】]*" + GONE + "[^()\\[\\]（）【】]*[)\\]）】]", "")
                .replaceAll(SEPARATORS + "*" + GONE, "")
                .replace(GONE, "")
                .replaceAll("^" + SEPARATORS + "+|" + SEPARATORS + "+$", "")
                .replaceAll("\\s{2,}", " ");
        return subject.isEmpty() ? messages.get("subject.fallback") : subject;
    }

    private String clean(String value, Redactor.ValueKind kind, Map<RedactionNote.Secret, Integer> removed) {
        if (value == null) {
            return null;
        }
        Redaction redaction = redactor.redact(value, kind);
        redaction.notes().forEach(note -> removed.merge(note.kind(), note.count(), Integer::sum));
        return redaction.text();
    }

    /** "25.00 USD"; a currency alone is not an amount. */
    private static String amount(String amount, String currency) {
        if (amount == null) {
            return null;
        }
        if (currency == null) {
            return amount;
        }
        return amount + " " + (currency.matches("[A-Za-z]{3}") ? currency.toUpperCase(Locale.ROOT) : currency);
    }

    /** Trimmed, control characters (line breaks too) as spaces, so a value cannot break the layout; null if blank. */
    private static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        String line = value.replaceAll("\\p{Cc}+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    /** Like {@link #oneLine} but keeping line breaks, normalised to {@code \n}. */
    private static String multiLine(String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n]]+", " ")
                .replaceAll("(?m)[ \\t]+$", "")
                .strip();
        return text.isEmpty() ? null : text;
    }
}
