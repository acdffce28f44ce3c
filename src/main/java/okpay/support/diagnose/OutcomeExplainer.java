package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okpay.support.contact.ChannelKind;
import okpay.support.contact.ContactGuide;
import okpay.support.contact.ContactResult;
import okpay.support.contact.draft.TicketDraft;
import okpay.support.contact.draft.TicketDrafter;
import okpay.support.contact.draft.TicketFact;
import okpay.support.contact.draft.TicketFacts;
import okpay.support.contact.draft.TicketReader;
import okpay.support.faq.FaqReader;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.AgentText;
import okpay.support.kb.Audience;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Question;
import okpay.support.kb.Text;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;

/** Turns the outcome a walk reached into what the user reads: steps, retry advice, ranked channels, a ticket draft. */
final class OutcomeExplainer {
    private final KnowledgeBase kb;
    private final Lang lang;
    private final Audience audience;
    private final Messages messages;

    OutcomeExplainer(KnowledgeBase kb, Lang lang, Audience audience) {
        this.kb = kb;
        this.lang = lang;
        this.audience = audience;
        this.messages = Messages.of(OutcomeExplainer.class, lang);
    }

    DiagnosisResult.OutcomeView view(Flow flow, DecisionFlowEngine.Walk walk, DiagnosisRequest request,
            List<DiagnosisResult.PathStep> path) {
        Outcome outcome = walk.outcome();
        Channels channels = channels(outcome.topic(), request.region());
        TicketDraft ticket = outcome.escalate() && channels.first() != null
                ? ticket(flow, walk, request, path, channels.first()) : null;
        Topic topic = TopicsReader.find(kb, outcome.topic()).orElse(null);
        return new DiagnosisResult.OutcomeView(outcome.id(), outcome.title().get(lang), outcome.cause().get(lang),
                texts(outcome.steps()), outcome.retry().id(), retryAdvice(outcome.retry(), outcome.payment()), outcome.escalate(),
                outcome.topic(), topic == null ? null : topic.name().get(lang), channels.ids(), channels.contacts(), ticket,
                faqs(outcome.faqs().isEmpty() ? flow.faqs() : outcome.faqs()), AgentText.forAudience(outcome.agent(), audience, lang));
    }

    /**
     * The sentence for a retry class, shared with the decline-code explanations; with nothing to retry, only an outcome
     * about a payment ({@code payment}) warns against paying twice: a password reset has no payment to repeat.
     */
    String retryAdvice(Retry retry, boolean payment) {
        return messages.get("retry." + retry.id() + (retry == Retry.NONE && payment ? ".payment" : ""));
    }

    /** The channels ranked for a topic, as ids and as contacts; {@code first} is the best available one. */
    record Channels(List<String> ids, List<DiagnosisResult.ContactView> contacts, String first) {}

    Channels channels(String topicId, String region) {
        List<String> ids = new ArrayList<>();
        List<DiagnosisResult.ContactView> contacts = new ArrayList<>();
        String first = null;
        for (ContactResult.ChannelAdvice channel : new ContactGuide(kb, lang).channels(topicId, region)) {
            ids.add(channel.id());
            // Without a region the hotline has one number per region; naming one would send people to the wrong one.
            boolean perRegion = ChannelKind.of(channel.id()).perRegion() && region == null;
            String address = perRegion || channel.values().isEmpty() ? null : channel.values().get(0).value();
            contacts.add(new DiagnosisResult.ContactView(channel.id(), channel.name(), channel.available(), address,
                    channel.responseTime()));
            if (first == null && channel.available()) {
                first = channel.id();
            }
        }
        return new Channels(ids, contacts, first);
    }

    private TicketDraft ticket(Flow flow, DecisionFlowEngine.Walk walk, DiagnosisRequest request,
            List<DiagnosisResult.PathStep> path, String channel) {
        StringBuilder happened = new StringBuilder(messages.get("ticket.what-happened", flow.title().get(lang)));
        List<String> tried = new ArrayList<>();
        for (int i = 0; i < walk.path().size(); i++) {
            DecisionFlowEngine.Step step = walk.path().get(i);
            FlowQuestion question = step.question();
            // Labels for choices and yes/no; typed answers raw, since the drafter redacts them and says what it took out.
            Question.Type type = question.question().type();
            String answer = type == Question.Type.CHOICE || type == Question.Type.YES_NO ? path.get(i).shown() : step.answer();
            happened.append("\n- ").append(path.get(i).prompt()).append(' ').append(answer);
            if (question.tried() != null && step.answer().equals("yes")) {
                tried.add(question.tried().get(lang));
            }
        }
        happened.append('\n').append(messages.get("ticket.cause", walk.outcome().title().get(lang)));
        Topic topic = TopicsReader.find(kb, walk.outcome().topic()).orElse(null);
        Map<TicketFact, String> values = new EnumMap<>(TicketFact.class);
        for (TicketFact fact : TicketFact.shortValues()) {
            values.put(fact, fact(fact, walk, request));
        }
        values.put(TicketFact.WHAT_HAPPENED, happened.toString());
        TicketFacts facts = new TicketFacts(walk.outcome().topic(), topic == null ? null : topic.name(), values, tried);
        return new TicketDrafter(kb.get(TicketReader.SECTION), lang).draft(facts, channel);
    }

    /**
     * A fact as the user wrote it: from its option ({@code --amount 120.50}), unless an {@code --answer} (or the
     * terminal) answered the question that collects it; raw, since the drafter redacts.
     */
    private static String fact(TicketFact fact, DecisionFlowEngine.Walk walk, DiagnosisRequest request) {
        String option = request.facts().get(fact);
        for (DecisionFlowEngine.Step step : walk.path()) {
            if (fact == step.question().fact()) {
                return option != null && !request.answers().has(step.question().id()) ? option : step.answer();
            }
        }
        return option;
    }

    private List<DiagnosisResult.FaqRef> faqs(List<String> ids) {
        List<DiagnosisResult.FaqRef> out = new ArrayList<>();
        for (String id : ids) {
            FaqReader.find(kb, id).ifPresent(faq -> out.add(new DiagnosisResult.FaqRef(faq.id(), faq.title().get(lang))));
        }
        return out;
    }

    private List<String> texts(List<Text> texts) {
        return texts.stream().map(t -> t.get(lang)).toList();
    }
}
