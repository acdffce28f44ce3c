package okpay.support.contact.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.i18n.Messages;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/**
 * Text layout of {@code contact verify}. One value: the verdict first, in colour, the spoofing caution, then why and
 * what to use instead. Several: one line per value (verdict, value, kind, the official value it matches or imitates,
 * the first reason), then each caution once. {@code incoming} (the value contacted the user) puts the caution first.
 */
public final class VerifyText implements TextLayout<VerifyResult> {
    /** Values longer than this are not padded to: one long URL should not push every other line off the screen. */
    private static final int WIDEST_VALUE = 40;

    private final Messages m;
    private final boolean incoming;

    /** {@code messages}: the {@code contact} bundle; {@code incoming}: the caution is the headline. */
    public VerifyText(Messages messages, boolean incoming) {
        this.m = messages;
        this.incoming = incoming;
    }

    @Override
    public void write(VerifyResult result, TextWriter out) {
        if (result.results().size() == 1 && !result.results().get(0).verdict().equals("invalid")) {
            one(result, result.results().get(0), out);
        } else {
            batch(result, out);
        }
    }

    private void one(VerifyResult document, ValueVerdict result, TextWriter out) {
        Style s = out.style();
        if (incoming && result.caution() != null) {
            out.line(s.bold(s.warn(m.get("verify.caution", result.caution())))).blank();
        }
        out.line(s.bold(verdict(result.verdict(), "verify.verdict.", s)) + "  " + result.input() + "  "
                + s.dim("(" + m.get("verify.kind." + result.kind()) + ")"));
        if (!incoming && result.caution() != null) {
            out.line(s.warn(m.get("verify.caution", result.caution())));
        }
        out.blank().heading(m.get("verify.why")).bullets("  ", result.reasons());
        if (!result.official().isEmpty()) {
            out.blank().heading(m.get(result.verdict().equals("official") ? "verify.matches" : "verify.imitates"));
            values(result.official(), out);
        }
        out.blank().line(s.bold(result.advice()));
        out.blank().heading(m.get("verify.genuine." + result.kind()));
        values(document.genuine().getOrDefault(result.kind(), List.of()), out);
        out.blank().heading(m.get("verify.never-share")).bullets("  ", document.neverShare());
    }

    private void batch(VerifyResult document, TextWriter out) {
        Style s = out.style();
        Map<String, String> cautions = new LinkedHashMap<>();
        document.results().stream().filter(r -> r.caution() != null).forEach(r -> cautions.putIfAbsent(r.kind(), r.caution()));
        if (incoming) {
            cautions(cautions, out);
        }
        List<String> verdicts = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (ValueVerdict result : document.results()) {
            verdicts.add(m.get("verify.short." + result.verdict()));
            inputs.add(result.input());
            kinds.add(result.kind() == null ? "" : m.get("verify.kind." + result.kind()));
        }
        int verdictWidth = TextWriter.widest(verdicts);
        int inputWidth = Math.min(WIDEST_VALUE, TextWriter.widest(inputs));
        int kindWidth = TextWriter.widest(kinds);
        int i = 0;
        for (ValueVerdict result : document.results()) {
            StringBuilder line = new StringBuilder();
            line.append(verdict(result.verdict(), "verify.short.", s)).append(" ".repeat(verdictWidth - TextWriter.width(verdicts.get(i))));
            line.append("  ").append(TextWriter.pad(result.input(), inputWidth)).append("  ");
            if (kindWidth > 0) {
                line.append(s.dim(TextWriter.pad(kinds.get(i), kindWidth))).append("  ");
            }
            if (!result.official().isEmpty()) {
                OfficialValue first = result.official().get(0);
                line.append(m.get(result.verdict().equals("official") ? "verify.line.matches" : "verify.line.imitates",
                        s.accent(first.value()))).append("  ");
            }
            line.append(result.reasons().isEmpty() ? "" : result.reasons().get(0));
            out.line(line.toString().stripTrailing());
            i++;
        }
        if (!incoming) {
            cautions(cautions, out);
        }
    }

    private void cautions(Map<String, String> cautions, TextWriter out) {
        Style s = out.style();
        if (!cautions.isEmpty() && !incoming) {
            out.blank();
        }
        for (Map.Entry<String, String> caution : cautions.entrySet()) {
            out.line(s.warn(m.get("verify.caution.kind", m.get("verify.kind." + caution.getKey()), caution.getValue())));
        }
        if (!cautions.isEmpty() && incoming) {
            out.blank();
        }
    }

    private String verdict(String verdict, String prefix, Style s) {
        String text = m.get(prefix + verdict);
        return switch (verdict) {
            case "official" -> s.good(text);
            case "lookalike" -> s.bad(text);
            default -> s.warn(text);
        };
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
