package okpay.support.security;

import java.util.ArrayList;
import java.util.List;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;
import okpay.support.security.SecurityCheckResult.CheckResult;
import okpay.support.security.SecurityCheckResult.Fix;

/**
 * Text layouts of {@code security-check}: one line per check with its status in words (done, partly, to do,
 * skipped; after a coloured ✓ ! ✗ – on a terminal), the password verdict, the score and grade, and the fixes in
 * priority order.
 */
public final class SecurityText {
    private final Messages m;

    public SecurityText(Messages messages) {
        this.m = messages;
    }

    public TextLayout<SecurityCheckResult> report() {
        return (report, out) -> {
            Style s = out.style();
            out.heading(m.get("report.title")).blank();
            int width = TextWriter.widest(report.checks().stream().map(CheckResult::name).toList());
            int words = TextWriter.widest(List.of(word("pass"), word("warn"), word("fail"), word("skipped")));
            List<List<String>> rows = new ArrayList<>();
            for (CheckResult check : report.checks()) {
                String status = marker(s, check.status()) + colour(s, check.status(), TextWriter.pad(word(check.status()), words));
                rows.add(List.of(status, check.name(), echo(s, check)));
            }
            out.table("  ", List.of(m.get("report.column.answer")), rows, 2);
            if (report.password() != null) {
                SecurityCheckResult.PasswordResult password = report.password();
                out.blank().line(m.get("report.password", colour(s, password.verdict(), m.get("status." + password.verdict())),
                        m.get("strength.of", password.strengthText(), password.strength())));
                out.line("  " + m.get("report.password.why")).bullets("    ", password.reasons());
            }
            out.blank().line(s.bold(m.get("report.score", report.score(), report.grade(), report.summary())));
            out.blank();
            if (report.fixes().isEmpty()) {
                out.line(s.good(m.get("report.all-good")));
                return;
            }
            out.heading(m.get("report.fix-first"));
            for (int i = 0; i < report.fixes().size(); i++) {
                Fix fix = report.fixes().get(i);
                out.line("  " + (i + 1) + ". " + marker(s, fix.status()) + s.bold(fix.name()) + "  " + s.dim(m.get("report.severity", fix.severityName())))
                        .line("     " + fix.recommendation())
                        .line("     " + s.dim(m.get("report.read-more", fix.faq())));
            }
        };
    }

    public TextLayout<List<CheckListResult>> listing() {
        return new ListingLayout();
    }

    private final class ListingLayout implements TextLayout<List<CheckListResult>> {
        @Override
        public void write(List<CheckListResult> checks, TextWriter out) {
            Style s = out.style();
            out.heading(m.get("list.title"));
            for (CheckListResult check : checks) {
                out.blank().line(s.accent(check.id()) + "  " + s.bold(check.name()) + "  " + s.dim("[" + m.get("list.type." + check.type()) + "]"))
                        .line("  " + check.prompt());
                if (check.options() != null) {
                    int width = TextWriter.widest(check.choices());
                    for (CheckListResult.ChoiceInfo choice : check.options()) {
                        out.line("    " + s.accent(TextWriter.pad(choice.value(), width)) + "  " + choice.label());
                    }
                } else {
                    out.line("  " + s.dim(m.get("list.accepts", accepts(check))));
                }
            }
            out.blank().line(s.dim(m.get("list.footer")));
        }
    }

    private String accepts(CheckListResult check) {
        return switch (check.type()) {
            case "yes_no" -> m.get("list.accepts.yes-no");
            case "number" -> m.get("list.accepts.number", check.min(), check.max());
            default -> m.get("list.accepts.password");
        };
    }

    /**
     * What the report shows of an answer: nothing for a yes or no, which answers the check's question rather than
     * its name ("yes" beside "Knows support never asks for codes" would contradict a failed check) and which the
     * status already says; the choice's label or the number otherwise.
     */
    private String echo(Style s, CheckResult check) {
        if ("skipped".equals(check.status())) {
            return s.dim(check.answerText());
        }
        boolean yesNo = check.answer() != null && (check.answer().equals("yes") || check.answer().equals("no"))
                && check.answerText().equals(m.get("answer." + check.answer()));
        return yesNo ? "" : check.answerText();
    }

    /** The status in words that read naturally: done, partly, to do, skipped. */
    private String word(String status) {
        return m.get("mark." + status);
    }

    /** The status symbol and a space on a colour terminal (✓ ! ✗ –); nothing in plain text, where the word says it. */
    static String marker(Style s, String status) {
        if (!s.enabled()) {
            return "";
        }
        return switch (status) {
            case "pass" -> s.good("✓") + " ";
            case "warn" -> s.warn("!") + " ";
            case "fail" -> s.bad("✗") + " ";
            default -> s.dim("–") + " ";
        };
    }

    private static String colour(Style s, String status, String text) {
        return switch (status) {
            case "pass" -> s.good(text);
            case "warn" -> s.warn(text);
            case "skipped" -> s.dim(text);
            default -> s.bad(text);
        };
    }

}
