package okpay.support.kb;

import java.util.List;
import okpay.support.i18n.Messages;
import okpay.support.render.Style;
import okpay.support.render.TextWriter;

/**
 * The "for support staff" part of an answer ({@code --audience agent}): one layout for FAQ entries, flow outcomes and
 * decline codes, set apart under its own heading so that an agent never reads it out as if it were the customer's text.
 */
public final class AgentSection {
    private AgentSection() {}

    /**
     * Writes {@code notes} (nothing when null) after a blank line, labelled from the {@code core} bundle;
     * {@code undisclosed} adds the warning that the real reason must not be told to the customer.
     */
    public static void write(TextWriter out, AgentNotes notes, boolean undisclosed, Messages core) {
        if (notes == null) {
            return;
        }
        Style s = out.style();
        out.blank().line(s.warn(core.get("agent.heading")));
        List<String> labels = List.of(core.get("agent.reason"), core.get("agent.tell"), core.get("agent.escalate"));
        int width = TextWriter.widest(labels);
        out.field("  ", labels.get(0), width, notes.reason())
                .field("  ", labels.get(1), width, notes.tell() == null ? null : "“" + notes.tell() + "”")
                .field("  ", labels.get(2), width, notes.escalate());
        if (undisclosed) {
            out.line("  " + s.warn(core.get("agent.not-disclosed")));
        }
        if (!notes.notes().isEmpty()) {
            out.line("  " + s.dim(core.get("agent.notes"))).bullets("    ", notes.notes());
        }
    }
}
