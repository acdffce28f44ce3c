package okpay.support.diagnose;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Question;
import okpay.support.kb.Text;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;
import okpay.support.prompt.AnswerNormalizer;

/** The troubleshooting flows of a knowledge base: finding one by id, listing them, describing one for runbook authors. */
public final class FlowCatalog {
    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages messages;

    public FlowCatalog(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.messages = Messages.of(FlowCatalog.class, lang);
    }

    /**
     * What a flow is, without its questions and outcomes: enough for {@code diagnose FLOW --code CODE} and for
     * {@code diagnose list} (title, summary, how many outcomes), and the ids of its questions, which a run of another
     * flow accepts among its answers (one set of answers serves every flow).
     */
    public record FlowOutline(String id, String topic, boolean codes, List<String> questions, Text title, Text summary, int outcomes) {
        public FlowOutline {
            questions = List.copyOf(questions);
        }

        /** The outline of {@code flow}. */
        static FlowOutline of(Flow flow) {
            List<String> questions = new ArrayList<>();
            for (FlowQuestion question : flow.questions()) {
                questions.add(question.id());
            }
            return new FlowOutline(flow.id(), flow.topic(), flow.codes(), questions, flow.title(), flow.summary(), flow.outcomes().size());
        }
    }

    /**
     * The outline of every flow, in file order. The build stores it with the embedded knowledge base, so explaining
     * a decline code reads a few words per flow instead of reading and checking every flow's questions and outcomes.
     */
    public static final KnowledgeBase.Derivation<List<FlowOutline>> OUTLINES = new KnowledgeBase.Derivation<>() {
        @Override
        public String key() {
            return "flows.outlines";
        }

        @Override
        public List<FlowOutline> derive(KnowledgeBase kb) {
            return kb.get(FlowsReader.SECTION).stream().map(FlowOutline::of).toList();
        }

        @Override
        public void write(List<FlowOutline> outlines, DataOutputStream out) throws IOException {
            out.writeInt(outlines.size());
            for (FlowOutline outline : outlines) {
                out.writeUTF(outline.id());
                out.writeUTF(outline.topic());
                out.writeBoolean(outline.codes());
                out.writeInt(outline.questions().size());
                for (String question : outline.questions()) {
                    out.writeUTF(question);
                }
                out.writeUTF(outline.title().zh());
                out.writeUTF(outline.title().en());
                out.writeUTF(outline.summary().zh());
                out.writeUTF(outline.summary().en());
                out.writeInt(outline.outcomes());
            }
        }

        @Override
        public List<FlowOutline> read(DataInputStream in) throws IOException {
            List<FlowOutline> outlines = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String id = in.readUTF();
                String topic = in.readUTF();
                boolean codes = in.readBoolean();
                List<String> questions = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    questions.add(in.readUTF());
                }
                Text title = new Text(in.readUTF(), in.readUTF());
                Text summary = new Text(in.readUTF(), in.readUTF());
                outlines.add(new FlowOutline(id, topic, codes, questions, title, summary, in.readInt()));
            }
            return List.copyOf(outlines);
        }
    };

    /** The flow {@code id} (any case), or a not-found error with a "did you mean" and the list of flows. */
    public Flow find(String id) {
        FlowOutline outline = outline(id);
        return FlowsReader.find(kb, outline.id()).orElseThrow();
    }

    /** The outline of flow {@code id} (any case), or the not-found error of {@link #find}. */
    public FlowOutline outline(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        List<FlowOutline> outlines = kb.derived(OUTLINES);
        for (FlowOutline outline : outlines) {
            if (outline.id().equals(wanted)) {
                return outline;
            }
        }
        List<String> ids = outlines.stream().map(FlowOutline::id).toList();
        String hint = messages.didYouMean(wanted, ids)
                + (ids.isEmpty() ? messages.get("hint.no-flows") : messages.get("hint.flows", String.join(", ", ids)));
        throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-flow", id), hint).withCode("flow-not-found");
    }

    /** One line per flow, from the outlines: the flows themselves are not read. */
    public List<FlowResult.Overview> list() {
        List<FlowResult.Overview> out = new ArrayList<>();
        for (FlowOutline flow : kb.derived(OUTLINES)) {
            out.add(new FlowResult.Overview(flow.id(), flow.title().get(lang), flow.summary().get(lang),
                    flow.questions().size(), flow.outcomes(), flow.codes()));
        }
        return out;
    }

    /** Every question of flow {@code id} with what it accepts and where it leads, and every outcome. */
    public FlowResult.Description describe(String id) {
        Flow flow = find(id);
        List<FlowResult.QuestionView> questions = new ArrayList<>();
        for (FlowQuestion fq : flow.questions()) {
            Question q = fq.question();
            List<FlowResult.RouteView> routes = new ArrayList<>();
            for (Route route : fq.routes()) {
                routes.add(new FlowResult.RouteView(route.when().toString(), route.next()));
            }
            questions.add(new FlowResult.QuestionView(q.id(), q.type().id(), q.prompt().get(lang),
                    q.help() == null ? null : q.help().get(lang),
                    q.choices().isEmpty() ? null : q.choices().stream().map(Question.Choice::value).toList(),
                    q.choices().isEmpty() ? null : q.choices().stream()
                            .map(c -> new FlowResult.ChoiceView(c.value(), c.label().get(lang))).toList(),
                    FlowResult.number(q.min()), FlowResult.number(q.max()), fq.fact() == null ? null : fq.fact().id(),
                    "--answer " + q.id() + "=" + AnswerNormalizer.placeholder(q), routes, fq.next()));
        }
        List<FlowResult.OutcomeSummary> outcomes = new ArrayList<>();
        for (Outcome outcome : flow.outcomes()) {
            Optional<Topic> topic = TopicsReader.find(kb, outcome.topic());
            outcomes.add(new FlowResult.OutcomeSummary(outcome.id(), outcome.title().get(lang), outcome.retry().id(),
                    outcome.escalate(), outcome.topic(), topic.isPresent() ? topic.get().name().get(lang) : outcome.topic(),
                    outcome.steps().size()));
        }
        return new FlowResult.Description(flow.id(), flow.title().get(lang), flow.summary().get(lang), flow.topic(),
                flow.codes(), flow.start(), questions, outcomes);
    }
}
