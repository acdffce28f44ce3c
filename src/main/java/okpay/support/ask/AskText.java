package okpay.support.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.i18n.Messages;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/**
 * The text layout of {@code ask}: the one thing to do now, then "more:", one numbered line per FAQ entry (score and
 * the words that matched), the flow (with the answers taken from the description) and the support topic. The shell
 * opens an item by its number.
 */
public final class AskText implements TextLayout<AskResult> {
    private final Messages m;
    private final Messages core;

    public AskText(Messages core) {
        this.core = core;
        this.m = Messages.of(AskText.class, core.lang());
    }

    @Override
    public void write(AskResult result, TextWriter out) {
        out.line(out.style().bold(m.get(result.fits() ? "text.now" : "text.nothing", result.next())));
        List<String[]> rows = new ArrayList<>();
        for (AskResult.FaqMatch faq : result.faqs()) {
            String details = TextWriter.twoDecimals(faq.score())
                    + (faq.matched().isEmpty() ? "" : "  " + m.get("text.matched", String.join(", ", faq.matched())));
            rows.add(new String[] {"faq", faq.id(), faq.title(), details});
        }
        if (result.flow() != null) {
            rows.add(new String[] {"diagnose", result.flow().id(), result.flow().title(), given(result.flow())});
        }
        if (result.topic() != null) {
            rows.add(new String[] {"contact", result.topic().id(), result.topic().name(), core.get("urgency." + result.topic().urgency())});
        }
        if (rows.isEmpty()) {
            return;
        }
        out.line(m.get("text.more"));
        int kind = 0;
        int id = 0;
        for (String[] row : rows) {
            kind = Math.max(kind, TextWriter.width(row[0]));
            id = Math.max(id, TextWriter.width(row[1]));
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            out.line(TextWriter.listNumber(i + 1) + " " + TextWriter.pad(row[0], kind) + "  " + out.style().accent(TextWriter.pad(row[1], id))
                    + "  " + row[2] + (row[3].isEmpty() ? "" : "  " + out.style().dim(row[3])));
        }
    }

    /** What the description already answers: {@code code 51}, or {@code kind=withdrawal, days=3}. */
    private String given(AskResult.FlowSuggestion flow) {
        if (flow.code() != null) {
            return m.get("text.code", flow.code());
        }
        List<String> answers = new ArrayList<>();
        for (Map.Entry<String, String> answer : flow.answers().entrySet()) {
            answers.add(answer.getKey() + "=" + answer.getValue());
        }
        return answers.isEmpty() ? "" : m.get("text.answers", String.join(", ", answers));
    }
}
