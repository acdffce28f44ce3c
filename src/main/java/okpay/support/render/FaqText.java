package okpay.support.render;

import java.util.List;
import okpay.support.faq.FaqViews;
import okpay.support.i18n.Messages;

/** Text layouts of {@code faq list}, {@code faq show} and {@code faq search}. */
public final class FaqText {
    private final Messages m;

    public FaqText(Messages messages) {
        this.m = messages;
    }

    public TextLayout<List<FaqViews.Summary>> list() {
        return (entries, out) -> {
            int width = TextWriter.widest(entries.stream().map(FaqViews.Summary::id).toList());
            for (FaqViews.Summary entry : entries) {
                out.line(out.style().accent(TextWriter.pad(entry.id(), width)) + "  " + entry.title());
            }
            out.blank().line(out.style().dim(m.get("faq.list.footer", entries.size())));
        };
    }

    public TextLayout<FaqViews.Detail> detail() {
        return (faq, out) -> {
            out.heading(faq.title()).blank().line(faq.answer());
            if (!faq.steps().isEmpty()) {
                out.blank().line(out.style().bold(m.get("faq.steps"))).numbered("  ", faq.steps());
            }
            if (!faq.related().isEmpty()) {
                out.blank().line(out.style().bold(m.get("faq.related")));
                int width = TextWriter.widest(faq.related().stream().map(FaqViews.Related::id).toList());
                for (FaqViews.Related related : faq.related()) {
                    out.line("  " + out.style().accent(TextWriter.pad(related.id(), width)) + "  " + related.title());
                }
            }
            out.blank().line(out.style().dim(m.get("faq.show.footer", faq.topic())));
        };
    }

    public TextLayout<List<FaqViews.Hit>> hits(String query) {
        return (hits, out) -> {
            if (hits.isEmpty()) {
                out.line(m.get("faq.search.none", query)).line(out.style().dim(m.get("faq.search.none-hint")));
                return;
            }
            int width = TextWriter.widest(hits.stream().map(FaqViews.Hit::id).toList());
            for (int i = 0; i < hits.size(); i++) {
                FaqViews.Hit hit = hits.get(i);
                out.line(String.format("%2d. %s  %s  %s", i + 1, out.style().dim(String.format("%.2f", hit.score())),
                        out.style().accent(TextWriter.pad(hit.id(), width)), hit.title()));
            }
            out.blank().line(out.style().dim(m.get("faq.search.footer", hits.get(0).id())));
        };
    }
}
