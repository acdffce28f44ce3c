package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.ContactAdvice;
import okpay.support.contact.ContactGuide;
import okpay.support.contact.TicketDraft;
import okpay.support.contact.TicketDrafter;
import okpay.support.contact.TicketFacts;
import okpay.support.i18n.Messages;
import okpay.support.kb.Flow;
import okpay.support.kb.FlowQuestion;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Lang;
import okpay.support.kb.Outcome;
import okpay.support.kb.QuestionType;
import okpay.support.kb.Retry;
import okpay.support.kb.Text;
import okpay.support.kb.Topic;

/** Turns the outcome a walk reached into what the user reads: steps, retry advice, ranked channels, a ticket draft. */
final class OutcomeViews {
    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages messages;

    OutcomeViews(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.messages = Messages.of("diagnose", lang);
    }

    DiagnosisResult.OutcomeView view(Flow flow, DecisionFlowEngine.Walk walk, DiagnosisRequest request,
            List<DiagnosisResult.PathStep> path) {
        Outcome outcome = walk.outcome();
        Channels channels = channels(outcome.topic(), request.region());
        TicketDraft ticket = outcome.escalate() && channels.first() != null
                ? ticket(flow, walk, request, path, channels.first()) : null;
        Topic topic = kb.topic(outcome.topic()).orElse(null);
        return new DiagnosisResult.OutcomeView(outcome.id(), outcome.title().get(lang), outcome.cause().get(lang),
                texts(outcome.steps()), outcome.retry().id(), retryAdvice(outcome.retry()), outcome.escalate(),
                outcome.topic(), topic == null ? null : topic.name().get(lang), channels.ids(), channels.contacts(), ticket,
                faqs(outcome.faqs().isEmpty() ? flow.faqs() : outcome.faqs()));
    }

    /** The sentence for a retry class, shared with the decline-code explanations. */
    String retryAdvice(Retry retry) {
        return messages.get("retry." + retry.id());
    }

    /** The channels ranked for a topic, as ids and as contacts; {@code first} is the best available one. */
    record Channels(List<String> ids, List<DiagnosisResult.ContactView> contacts, String first) {}

    Channels channels(String topicId, String region) {
        ContactAdvice advice = new ContactGuide(kb, lang).advise(topicId, region);
        List<String> ids = new ArrayList<>();
        List<DiagnosisResult.ContactView> contacts = new ArrayList<>();
        String first = null;
        for (ContactAdvice.ChannelAdvice channel : advice.channels()) {
            ids.add(channel.id());
            // Without a region the hotline has one number per region; naming one would send people to the wrong one.
            boolean perRegion = channel.id().equals("hotline") && region == null;
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
            QuestionType type = question.question().type();
            String answer = type == QuestionType.CHOICE || type == QuestionType.YES_NO ? path.get(i).shown() : step.answer();
            happened.append("\n- ").append(path.get(i).prompt()).append(' ').append(answer);
            if (question.tried() != null && step.answer().equals("yes")) {
                tried.add(question.tried().get(lang));
            }
        }
        happened.append('\n').append(messages.get("ticket.cause", walk.outcome().title().get(lang)));
        Topic topic = kb.topic(walk.outcome().topic()).orElse(null);
        TicketFacts facts = new TicketFacts(walk.outcome().topic(), topic == null ? null : topic.name(),
                fact("account", walk, request), fact("tx-id", walk, request), fact("amount", walk, request),
                fact("currency", walk, request), fact("time", walk, request), fact("error", walk, request),
                fact("device", walk, request), happened.toString(), tried);
        return new TicketDrafter(kb.ticket(), lang).draft(facts, channel);
    }

    /**
     * A fact as the user wrote it: from its option ({@code --amount 120.50}), unless an {@code --answer} (or the
     * terminal) answered the question that collects it; raw, since the drafter redacts.
     */
    private static String fact(String id, DecisionFlowEngine.Walk walk, DiagnosisRequest request) {
        String option = request.facts().get(id);
        for (DecisionFlowEngine.Step step : walk.path()) {
            if (id.equals(step.question().fact())) {
                return option != null && !request.answers().has(step.question().id()) ? option : step.answer();
            }
        }
        return option;
    }

    private List<DiagnosisResult.FaqRef> faqs(List<String> ids) {
        List<DiagnosisResult.FaqRef> out = new ArrayList<>();
        for (String id : ids) {
            kb.faq(id).ifPresent(faq -> out.add(new DiagnosisResult.FaqRef(faq.id(), faq.title().get(lang))));
        }
        return out;
    }

    private List<String> texts(List<Text> texts) {
        return texts.stream().map(t -> t.get(lang)).toList();
    }
}
