package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okpay.support.contact.redact.Redactor;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.AgentText;
import okpay.support.kb.Audience;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Text;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;

/** Explains a decline code from the knowledge base's catalogue: meaning, who acts, retry advice, steps. */
public final class DeclineCodeGuide {
    /** Shorter inputs are close to too many codes ({@code 52} to 51, 54, 55...) for a suggestion to help. */
    private static final int MIN_SUGGEST_LENGTH = 3;

    private final KnowledgeBase kb;
    private final Lang lang;
    private final Audience audience;
    private final Messages messages;

    /** A guide for {@code audience}: support staff also get each code's agent-only text. */
    public DeclineCodeGuide(KnowledgeBase kb, Lang lang, Audience audience) {
        this.kb = kb;
        this.lang = lang;
        this.audience = audience;
        this.messages = Messages.of(DeclineCodeGuide.class, lang);
    }

    /**
     * The explanation of {@code code} for flow {@code flowId}; for an unknown code one with {@code found} false,
     * the general steps and maybe a suggestion (the caller reports the error after showing it).
     *
     * @throws SupportException NOT_FOUND for an unknown flow, USAGE for a flow that takes no codes
     */
    public DeclineCodeResult explain(String flowId, String code, String region) {
        FlowCatalog.FlowOutline flow = new FlowCatalog(kb, lang).outline(flowId);
        if (!flow.codes()) {
            List<String> flows = kb.derived(FlowCatalog.OUTLINES).stream().filter(FlowCatalog.FlowOutline::codes)
                    .map(FlowCatalog.FlowOutline::id).toList();
            throw new SupportException(ExitCode.USAGE, messages.get("error.code-not-for-flow", flow.id()),
                    messages.get("hint.code-flows", String.join(", ", flows)));
        }
        OutcomeExplainer views = new OutcomeExplainer(kb, lang, audience);
        OutcomeExplainer.Channels channels = views.channels(flow.topic(), region);
        Optional<Topic> topic = TopicsReader.find(kb, flow.topic());
        String topicName = topic.isPresent() ? topic.get().name().get(lang) : flow.topic();
        String wanted = code.strip();
        Optional<DeclineCode> entry = DeclineCodesReader.find(kb, wanted);
        if (entry.isEmpty() && wanted.length() == 1 && wanted.charAt(0) >= '0' && wanted.charAt(0) <= '9') {
            // ISO 8583 codes are two digits; "5" means 05.
            entry = DeclineCodesReader.find(kb, "0" + wanted);
        }
        if (entry.isEmpty()) {
            // Echoed on stdout and in the error: whatever was typed, secrets out (a card number pasted as the code).
            String shown = new Redactor(lang).apply(wanted);
            return new DeclineCodeResult(shown, shown, false, List.of(), null, messages.get("code.unknown.title", shown), null,
                    null, null, null, null, texts(kb.get(DeclineCodesReader.SECTION).generalSteps()), null, null, suggestion(shown),
                    flow.id(), flow.topic(), topicName, channels.ids(), channels.contacts());
        }
        DeclineCode found = entry.get();
        boolean agent = audience == Audience.AGENT;
        // A decline is always about a payment: "nothing to retry" warns against paying twice.
        return new DeclineCodeResult(found.code(), wanted, true, found.codes(), found.scheme().id(), found.title().get(lang),
                found.meaning().get(lang), found.actor().id(), messages.get((agent ? "actor.agent." : "actor.") + found.actor().id()), found.retry().id(),
                views.retryAdvice(found.retry(), true), texts(found.steps()), agent ? found.disclose() : null,
                AgentText.forAudience(found.agent(), audience, lang), null, flow.id(), flow.topic(), topicName, channels.ids(),
                channels.contacts());
    }

    private String suggestion(String wanted) {
        if (wanted.length() < MIN_SUGGEST_LENGTH) {
            return null;
        }
        List<String> all = new ArrayList<>();
        kb.get(DeclineCodesReader.SECTION).codes().forEach(c -> all.addAll(c.codes()));
        return DidYouMean.closest(wanted, all).orElse(null);
    }

    private List<String> texts(List<Text> texts) {
        List<String> out = new ArrayList<>(texts.size());
        for (Text text : texts) {
            out.add(text.get(lang));
        }
        return List.copyOf(out);
    }
}
