package okpay.support.faq;

import java.util.ArrayList;
import java.util.List;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.kb.AgentSection;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/**
 * Text layouts of {@code faq list}, {@code faq show} and {@code faq search}: classes rather than lambdas, because a
 * one-off run's first lambda links the JVM's lambda machinery, which costs a cold start about 4 ms (README "Speed").
 */
public final class FaqText {
    private final Messages m;

    public FaqText(Messages messages) {
        this.m = messages;
    }

    public TextLayout<List<FaqResult.Item>> list() {
        return new ListLayout();
    }

    public TextLayout<FaqResult.Detail> detail() {
        return new DetailLayout();
    }

    public TextLayout<List<FaqResult.Hit>> hits(String query) {
        return new HitsLayout(query);
    }

    private final class ListLayout implements TextLayout<List<FaqResult.Item>> {
        @Override
        public void write(List<FaqResult.Item> entries, TextWriter out) {
            List<String> ids = new ArrayList<>();
            for (FaqResult.Item entry : entries) {
                ids.add(entry.id());
            }
            int width = TextWriter.widest(ids);
            for (FaqResult.Item entry : entries) {
                out.line(out.style().accent(TextWriter.pad(entry.id(), width)) + "  " + entry.title(), width + 2);
            }
            out.blank().line(out.style().dim(entries.size() == 1 ? m.get("faq.list.footer-one") : m.get("faq.list.footer", entries.size())));
        }
    }

    private final class DetailLayout implements TextLayout<FaqResult.Detail> {
        @Override
        public void write(FaqResult.Detail faq, TextWriter out) {
            out.heading(faq.title());
            if (!faq.steps().isEmpty()) {
                // The answer starts with what to do now; the paragraph and every step follow.
                out.line(out.style().bold(m.get("faq.now", faq.steps().get(0))), TextWriter.width(m.get("faq.now", "")));
            }
            out.blank().line(faq.answer());
            if (!faq.steps().isEmpty()) {
                out.blank().line(out.style().bold(m.get("faq.steps"))).numbered("  ", faq.steps());
            }
            AgentSection.write(out, faq.agent(), false, m);
            if (!faq.related().isEmpty()) {
                out.blank().line(out.style().bold(m.get("faq.related")));
                List<String> ids = new ArrayList<>();
                for (FaqResult.Related related : faq.related()) {
                    ids.add(related.id());
                }
                int width = TextWriter.widest(ids);
                for (FaqResult.Related related : faq.related()) {
                    out.line("  " + out.style().accent(TextWriter.pad(related.id(), width)) + "  " + related.title(), width + 4);
                }
            }
            out.blank().line(out.style().dim(m.get("faq.show.footer", faq.topic())));
        }
    }

    private final class HitsLayout implements TextLayout<List<FaqResult.Hit>> {
        private final String query;

        HitsLayout(String query) {
            this.query = query;
        }

        @Override
        public void write(List<FaqResult.Hit> hits, TextWriter out) {
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
        }
    }
}
