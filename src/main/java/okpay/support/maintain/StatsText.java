package okpay.support.maintain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.i18n.Messages;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layout of {@code kb stats}: a table of sections, then the texts to translate and the FAQ entries to enrich. */
public final class StatsText implements TextLayout<StatsResult> {
    private final Messages m;

    public StatsText(Messages messages) {
        this.m = messages;
    }

    @Override
    public void write(StatsResult stats, TextWriter out) {
        out.heading(m.get("stats.heading", ValidationText.source(stats.source(), m)));
        List<String> keys = stats.sections().stream().map(StatsResult.Section::key).toList();
        int width = Math.max(TextWriter.widest(keys), TextWriter.width(m.get("stats.section")));
        out.line("  " + TextWriter.pad(m.get("stats.section"), width) + "  " + m.get("stats.columns"));
        for (StatsResult.Section section : stats.sections()) {
            List<String> entries = new ArrayList<>();
            for (Map.Entry<String, Integer> count : section.entries().entrySet()) {
                // what is counted, in the user's language ("faqs", "declineCodes" are the counters' internal names)
                String what = m.has("stats.entry." + count.getKey()) ? m.get("stats.entry." + count.getKey()) : count.getKey();
                entries.add(what + " " + count.getValue());
            }
            out.line("  " + TextWriter.pad(section.key(), width) + "  " + String.format("%6d %6d %6d   %s", section.texts(),
                    section.zh(), section.en(), String.join(", ", entries)));
        }
        out.line("  " + TextWriter.pad(m.get("stats.total"), width) + "  "
                + String.format("%6d %6d %6d", stats.texts(), stats.zh(), stats.en()));
        out.blank();
        out.line(m.get("stats.untranslated", stats.untranslated().size()));
        for (StatsResult.Untranslated text : stats.untranslated()) {
            out.line("  " + text.path() + ": " + text.text());
        }
        out.blank();
        out.line(m.get("stats.few-examples", stats.fewExamples().size(), stats.minExamples()));
        for (StatsResult.FewExamples faq : stats.fewExamples()) {
            out.line("  " + m.get("stats.examples", faq.id(), faq.zh(), faq.en()));
        }
    }
}
