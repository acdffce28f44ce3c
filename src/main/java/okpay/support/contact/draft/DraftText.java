package okpay.support.contact.draft;

import okpay.support.contact.ContactResult.Address;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layout of {@code contact draft}: where to send it, then the subject and body ready to copy, then advice. */
public final class DraftText implements TextLayout<DraftResult> {
    private static final String RULE = "-".repeat(60);
    private final Messages m;

    /** {@code messages}: the {@code contact} bundle. */
    public DraftText(Messages messages) {
        this.m = messages;
    }

    @Override
    public void write(DraftResult draft, TextWriter out) {
        Style s = out.style();
        DraftResult.DraftChannel channel = draft.channel();
        out.heading(m.get("draft.send-with", channel.name())).line("  " + channel.why());
        int width = TextWriter.widest(channel.addresses().stream().map(Address::value).toList());
        for (Address address : channel.addresses()) {
            out.line("  " + s.accent(TextWriter.pad(address.value(), width)) + "  " + s.dim(address.label()));
        }
        if (channel.note() != null) {
            out.line("  " + s.warn(channel.note()));
        }
        out.blank().line(s.bold(m.get("draft.subject", draft.subject())));
        out.line(s.dim(RULE));
        out.line(draft.body().stripTrailing());
        out.line(s.dim(RULE));
        if (!draft.missing().isEmpty()) {
            out.blank().heading(m.get("draft.missing"))
                    .bullets("  ", draft.missing().stream().map(TicketDraft.MissingField::label).toList());
        }
        if (!draft.advice().isEmpty()) {
            out.blank().heading(m.get("draft.advice")).bullets("  ", draft.advice());
        }
    }
}
