package okpay.support.faq;

import java.util.ArrayList;
import java.util.List;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layouts of {@code faq list}, {@code faq show} and {@code faq search}. */
public final class FaqText {
    private final Messages m;

    public FaqText(Messages messages) {
        this.m = messages;
    }

    public TextLayout<List<FaqResult.Item>> list() {
        return (entries, out) -> {
            int width = TextWriter.widest(entries.stream().map(FaqResult.Item::id).toList());
            for (FaqResult.Item entry : entries) {
                out.line(out.style().accent(TextWriter.pad(entry.id(), width)) + "  " + entry.title());
            }
            out.blank().line(out.style().dim(m.get("faq.list.footer", entries.size())));
        };
    }

    public TextLayout<FaqResult.Detail> detail() {
        return (faq, out) -> {
            out.heading(faq.title()).blank().line(faq.answer());
            if (!faq.steps().isEmpty()) {
                out.blank().line(out.style().bold(m.get("faq.steps"))).numbered("  ", faq.steps());
            }
            if (!faq.related().isEmpty()) {
                out.blank().line(out.style().bold(m.get("faq.related")));
                int width = TextWriter.widest(faq.related().stream().map(FaqResult.Related::id).toList());
                for (FaqResult.Related related : faq.related()) {
                    out.line("  " + out.style().accent(TextWriter.pad(related.id(), width)) + "  " + related.title());
                }
            }
            out.blank().line(out.style().dim(m.get("faq.show.footer", faq.topic())));
        };
    }

    public TextLayout<List<FaqResult.Hit>> hits(String query) {
        return (hits, out) -> {
            if (hits.isEmpty()) {
                out.line(m.get("faq.search.none", query)).line(out.style().dim(m.get("faq.search.none-hint")));
                return;
            }
            List<String> ids = new ArrayList<>();
            for (FaqResult.Hit hit : hits) {
                ids.add(hit.id());
            }
            int width = TextWriter.widest(ids);
            for (int i = 0; i < hits.size(); i++) {
                FaqResult.Hit hit = hits.get(i);
                out.line(TextWriter.listNumber(i + 1) + " " + out.style().dim(TextWriter.twoDecimals(hit.score())) + "  "
                        + out.style().accent(TextWriter.pad(hit.id(), width)) + "  " + hit.title());
            }
            out.blank().line(out.style().dim(m.get("faq.search.footer", hits.get(0).id())));
        };
    }
}
