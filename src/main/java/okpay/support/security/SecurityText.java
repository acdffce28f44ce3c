package okpay.support.security;

import java.util.List;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;
import okpay.support.security.SecurityCheckResult.CheckResult;
import okpay.support.security.SecurityCheckResult.Fix;

/**
 * Text layouts of {@code security-check}: one line per check with a status marker (✓ ! ✗ – in colour on a
 * terminal; PASS WARN FAIL SKIP when the style is plain, so logs and greps read them), the password verdict,
 * the score and grade, and the fixes in priority order.
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
            for (CheckResult check : report.checks()) {
                String line = "  " + marker(s, check.status()) + "  " + TextWriter.pad(check.name(), width) + "  ";
                out.line(line + ("skipped".equals(check.status()) ? s.dim(check.answerText()) : check.answerText()));
            }
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
                out.line("  " + (i + 1) + ". " + marker(s, fix.status()) + " " + s.bold(fix.name()) + "  " + s.dim(m.get("report.severity", fix.severityName())))
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
                out.blank().line(s.accent(check.id()) + "  " + s.bold(check.name()) + "  " + s.dim("[" + check.type() + "]"))
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

    /** The status marker: a symbol in colour, or a word that reads without colour. */
    static String marker(Style s, String status) {
        if (!s.enabled()) {
            return switch (status) {
                case "pass" -> "PASS";
                case "warn" -> "WARN";
                case "fail" -> "FAIL";
                default -> "SKIP";
            };
        }
        return switch (status) {
            case "pass" -> s.good("✓");
            case "warn" -> s.warn("!");
            case "fail" -> s.bad("✗");
            default -> s.dim("–");
        };
    }

    private static String colour(Style s, String status, String text) {
        return switch (status) {
            case "pass" -> s.good(text);
            case "warn" -> s.warn(text);
            default -> s.bad(text);
        };
    }

}
