package okpay.support.maintain;

import okpay.support.i18n.Messages;
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
            out.line(out.style().good(m.get("kb.valid", report.file())) + "  " + out.style().dim(counts));
            return;
        }
        report.problems().forEach(out::line);
        long more = report.moreProblems() == null ? 0 : report.moreProblems();
        if (more > 0) {
            out.line(m.get("kb.invalid.more", more));
        }
        long total = report.problems().size() + more;
        out.line(out.style().bad(total == 1 ? m.get("kb.invalid.one", report.file()) : m.get("kb.invalid", report.file(), total)));
    }
}
