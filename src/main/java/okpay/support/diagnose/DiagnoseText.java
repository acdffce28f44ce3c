package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.ChannelKind;
import okpay.support.contact.draft.TicketDraft;
import okpay.support.diagnose.DiagnosisResult.ContactView;
import okpay.support.i18n.Messages;
import okpay.support.kb.Text;
import okpay.support.kb.AgentSection;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;
import okpay.support.render.TextWriter;

/** Text layouts of {@code diagnose}: the flow list, a flow's description, a diagnosis, a decline-code explanation. */
public final class DiagnoseText {
    private final Messages m;
    private final Messages core;

    /** @param messages the {@code diagnose} bundle */
    public DiagnoseText(Messages messages) {
        this.m = messages;
        this.core = Messages.core(messages.lang());
    }

    public TextLayout<List<FlowResult.Overview>> list() {
        return (flows, out) -> {
            Style s = out.style();
            out.heading(m.get("text.list.heading"));
            int width = TextWriter.widest(flows.stream().map(FlowResult.Overview::id).toList());
            String indent = " ".repeat(width + 4);
            for (FlowResult.Overview flow : flows) {
                out.line("  " + s.accent(TextWriter.pad(flow.id(), width)) + "  " + s.bold(flow.title()) + "  " + flow.summary());
                out.line(indent + s.dim(m.get(flow.codes() ? "text.list.counts.codes" : "text.list.counts", flow.questions(), flow.outcomes())));
            }
            out.blank().line(s.dim(m.get("text.list.footer")));
        };
    }

    public TextLayout<FlowResult.Description> describe() {
        return (flow, out) -> {
            Style s = out.style();
            out.heading(flow.id() + " — " + flow.title()).line(flow.summary()).blank();
            out.heading(m.get("text.describe.questions", flow.start()));
            for (FlowResult.QuestionView q : flow.questions()) {
                out.blank().line("  " + s.accent(q.id()) + "  " + s.dim(m.get("text.describe.type." + q.type())) + "  " + s.bold(q.prompt()));
                if (q.options() != null) {
                    List<String> values = new ArrayList<>();
                    q.options().forEach(c -> values.add(c.value() + " (" + c.label() + ")"));
                    out.line("      " + m.get("text.labelled", s.dim(m.get("text.describe.values")), String.join(" | ", values)));
                }
                if (q.min() != null || q.max() != null) {
                    String range = q.max() == null ? "≥ " + q.min() : q.min() == null ? "≤ " + q.max() : q.min() + " … " + q.max();
                    out.line("      " + m.get("text.labelled", s.dim(m.get("text.describe.range")), range));
                }
                if (q.fact() != null) {
                    // the option that gives the same ticket fact: the fact's id alone would be an internal name
                    out.line("      " + m.get("text.labelled", s.dim(m.get("text.describe.fact")), "--" + q.fact()));
                }
                out.line("      " + q.answer());
                for (FlowResult.RouteView route : q.routes()) {
                    out.line("      " + m.get("text.describe.when", route.when()) + " → " + route.next());
                }
                if (q.next() != null) {
                    String label = q.routes().isEmpty() ? m.get("text.describe.then") : m.get("text.describe.otherwise");
                    out.line("      " + label + " → " + q.next());
                }
            }
            out.blank().heading(m.get("text.describe.outcomes"));
            int width = TextWriter.widest(flow.outcomes().stream().map(FlowResult.OutcomeSummary::id).toList());
            for (FlowResult.OutcomeSummary outcome : flow.outcomes()) {
                String tags = m.get("text.describe.retry", m.get("text.describe.retry." + outcome.retry()))
                        + (outcome.escalate() ? m.get("text.describe.and") + m.get("text.describe.escalate", outcome.topicName()) : "");
                out.line("  " + s.accent(TextWriter.pad(outcome.id(), width)) + "  " + outcome.title() + "  " + s.dim("(" + tags + ")"));
            }
            if (flow.codes()) {
                out.blank().line(s.dim(m.get("text.describe.codes", flow.id())));
            }
        };
    }

    public TextLayout<DiagnosisResult> result() {
        return (result, out) -> {
            Style s = out.style();
            DiagnosisResult.OutcomeView outcome = result.outcome();
            out.heading(result.title());
            now(out, outcome.steps());
            out.blank();
            if (!result.path().isEmpty()) {
                out.line(s.bold(m.get("text.path")));
                result.path().forEach(step -> out.line("  • " + step.prompt() + "  → " + s.accent(step.shown())));
                out.blank();
            }
            out.line(m.get("text.labelled", s.bold(m.get("text.cause")), s.heading(outcome.title())))
                    .line("  " + outcome.cause()).blank();
            out.line(s.bold(m.get("text.steps"))).numbered("  ", outcome.steps()).blank();
            out.line(m.get("text.labelled", s.bold(m.get("text.retry")), retry(s, outcome.retry()) + " — " + outcome.retryAdvice()));
            AgentSection.write(out, outcome.agent(), false, core);
            out.blank();
            String topic = outcome.topicName() != null ? outcome.topicName() : outcome.topic();
            out.line(outcome.escalate() ? s.warn(m.get("text.escalate", topic)) : s.bold(m.get("text.not-solved", topic)));
            contacts(out, outcome.contacts());
            if (outcome.ticket() != null) {
                ticket(out, outcome.ticket(), channelName(outcome.contacts(), outcome.ticket().channel()));
            }
            if (!outcome.faqs().isEmpty()) {
                out.blank().line(s.bold(m.get("text.related")));
                int width = TextWriter.widest(outcome.faqs().stream().map(DiagnosisResult.FaqRef::id).toList());
                outcome.faqs().forEach(f -> out.line("  " + s.accent(TextWriter.pad(f.id(), width)) + "  " + f.title()));
            }
            if (!result.ignored().isEmpty()) {
                out.blank().line(s.dim(m.get("text.ignored", String.join(", ", result.ignored()))));
            }
        };
    }

    public TextLayout<DeclineCodeResult> code() {
        return new CodeLayout();
    }

    private final class CodeLayout implements TextLayout<DeclineCodeResult> {
        @Override
        public void write(DeclineCodeResult code, TextWriter out) {
            Style s = out.style();
            if (!code.found()) {
                out.heading(code.title());
                if (code.suggestion() != null) {
                    out.line(s.bold(m.get("text.code.suggest", code.suggestion())));
                }
                out.blank().line(s.bold(m.get("text.code.general"))).numbered("  ", code.steps());
            } else {
                out.heading(code.code() + " — " + code.title());
                now(out, code.steps());
                List<String> labels = List.of(m.get("text.code.scheme"), m.get("text.code.aliases"), m.get("text.code.meaning"),
                        m.get("text.code.who"), m.get("text.code.retry"));
                int width = TextWriter.widest(labels);
                out.field("  ", labels.get(0), width, m.get("scheme." + code.scheme()))
                        .field("  ", labels.get(1), width, code.codes().size() > 1 ? String.join(", ", code.codes()) : null)
                        .field("  ", labels.get(2), width, code.meaning())
                        .field("  ", labels.get(3), width, code.whoActsText())
                        .field("  ", labels.get(4), width, retry(s, code.retry()) + " — " + code.retryAdvice());
                AgentSection.write(out, code.agent(), Boolean.FALSE.equals(code.disclose()), core);
                out.blank().line(s.bold(m.get("text.steps"))).numbered("  ", code.steps());
            }
            out.blank().line(s.bold(m.get("text.code.where", code.topicName())));
            contacts(out, code.contacts());
        }
    }

    /** The answer's first line: the first step, what to do now (the numbered steps follow further down). */
    private void now(TextWriter out, List<String> steps) {
        if (!steps.isEmpty()) {
            out.line(out.style().bold(m.get("text.now", steps.get(0))), TextWriter.width(m.get("text.now", "")));
        }
    }

    private void contacts(TextWriter out, List<ContactView> contacts) {
        Style s = out.style();
        List<String> names = new ArrayList<>();
        for (ContactView contact : contacts) {
            names.add(contact.name());
        }
        int width = TextWriter.widest(names);
        for (int i = 0; i < contacts.size(); i++) {
            ContactView c = contacts.get(i);
            String name = (i + 1) + ". " + TextWriter.pad(c.name(), width);
            String where = c.address() != null ? s.accent(c.address())
                    : ChannelKind.of(c.id()).perRegion() ? s.dim(m.get("text.address.hotline")) : "";
            out.line("  " + (c.available() ? name + "  " + where : s.dim(name + "  (" + m.get("text.not-available") + ")")));
        }
    }

    private void ticket(TextWriter out, TicketDraft ticket, String channel) {
        Style s = out.style();
        out.blank().line(s.bold(m.get("text.ticket", channel)));
        out.line("  " + m.get("text.labelled", s.dim(m.get("text.ticket.subject")), ticket.subject()));
        for (String line : ticket.body().strip().split("\n", -1)) {
            out.line(line.isEmpty() ? "" : "    " + line);
        }
        if (!ticket.missing().isEmpty()) {
            List<String> labels = ticket.missing().stream().map(TicketDraft.MissingField::label).toList();
            out.line("  " + s.dim(m.get("text.ticket.missing", String.join(core.get("list.separator"), labels))));
        }
        ticket.warnings().forEach(w -> out.line("  " + s.warn(w)));
    }

    private static String channelName(List<ContactView> contacts, String id) {
        return contacts.stream().filter(c -> c.id().equals(id)).map(ContactView::name).findFirst().orElse(id);
    }

    private String retry(Style s, String retry) {
        String name = m.get("retry.name." + retry);
        return switch (retry) {
            case "hard" -> s.bad(name);
            case "soft" -> s.good(name);
            default -> s.dim(name);
        };
    }
}
