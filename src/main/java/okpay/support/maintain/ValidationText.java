package okpay.support.maintain;

import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBaseLoader;
import okpay.support.kb.Text;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layout of {@code kb validate}: one problem a line, then a summary. */
public final class ValidationText implements TextLayout<ValidationResult> {
    private final Messages m;

    public ValidationText(Messages messages) {
        this.m = messages;
    }

    @Override
    public void write(ValidationResult report, TextWriter out) {
        if (report.valid()) {
            String counts = m.get("kb.counts", report.counts().get("faqs"), report.counts().get("channels"),
                    report.counts().get("topics"), report.counts().get("regions"));
            if (report.counts().containsKey("flows")) {
                counts += m.get("kb.counts.flows", report.counts().get("flows"), report.counts().get("outcomes"));
            }
            if (report.counts().containsKey("declineCodes")) {
                counts += m.get("kb.counts.codes", report.counts().get("declineCodes"));
            }
            out.line(out.style().good(m.get("kb.valid", source(report.file(), m))) + "  " + out.style().dim(counts));
            return;
        }
        report.problems().forEach(out::line);
        long more = report.moreProblems() == null ? 0 : report.moreProblems();
        if (more > 0) {
            out.line(m.get("kb.invalid.more", more));
        }
        long total = report.problems().size() + more;
        String file = source(report.file(), m);
        out.line(out.style().bad(total == 1 ? m.get("kb.invalid.one", file) : m.get("kb.invalid", file, total)));
    }

    /** The name of a knowledge base as shown: the embedded one's in the user's language. */
    static String source(String name, Messages m) {
        return KnowledgeBaseLoader.EMBEDDED_NAME.equals(name) ? Messages.core(m.lang()).get("kb.embedded") : name;
    }
}
