package okpay.support.contact.verify;

import java.util.List;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layout of {@code contact verify}: the verdict first, in colour, then why and what to use instead. */
public final class VerifyText implements TextLayout<VerifyResult> {
    private final Messages m;

    /** {@code messages}: the {@code contact} bundle. */
    public VerifyText(Messages messages) {
        this.m = messages;
    }

    @Override
    public void write(VerifyResult result, TextWriter out) {
        Style s = out.style();
        String verdict = m.get("verify.verdict." + result.verdict());
        String shown = switch (result.verdict()) {
            case "official" -> s.good(verdict);
            case "lookalike" -> s.bad(verdict);
            default -> s.warn(verdict);
        };
        out.line(s.bold(shown) + "  " + result.input() + "  " + s.dim("(" + m.get("verify.kind." + result.kind()) + ")"));
        out.blank().heading(m.get("verify.why")).bullets("  ", result.reasons());
        if (!result.official().isEmpty()) {
            out.blank().heading(m.get(result.verdict().equals("official") ? "verify.matches" : "verify.imitates"));
            values(result.official(), out);
        }
        out.blank().line(s.bold(result.advice()));
        out.blank().heading(m.get("verify.genuine." + result.kind()));
        values(result.genuine(), out);
        out.blank().heading(m.get("verify.never-share")).bullets("  ", result.neverShare());
    }

    private static void values(List<OfficialValue> values, TextWriter out) {
        Style s = out.style();
        int width = TextWriter.widest(values.stream().map(v -> prefix(v) + v.value()).toList());
        for (OfficialValue value : values) {
            out.line("  " + s.accent(TextWriter.pad(prefix(value) + value.value(), width)) + "  " + s.dim(value.label()));
        }
    }

    private static String prefix(OfficialValue value) {
        return value.platform() == null || value.kind().equals("url") ? "" : value.platform() + " ";
    }
}
