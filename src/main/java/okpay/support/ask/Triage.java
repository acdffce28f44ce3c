package okpay.support.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.contact.redact.Redactor;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.faq.FaqSearch;
import okpay.support.faq.SearchIndex;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;

/**
 * Reads a problem described in the user's own words, in Chinese, English or both, and finds the best route: the FAQ
 * entries that fit, the troubleshooting flow to run with the answers the description already gives, the support topic
 * and its urgency, and one thing to do now. The flow is the one the best entry names ({@code flow:} in the knowledge
 * base); failing that, one whose example descriptions fit strongly and that lists the best entry; a decline code in the
 * description calls for the flow that explains codes.
 */
public final class Triage {
    /** The longest description read, in characters: a problem fits in far less, and the limit bounds the work. */
    public static final int MAX_LENGTH = 2000;
    /** How well a flow's examples must fit a description to be suggested without an entry that names it. */
    static final double STRONG_FLOW = 0.25;

    private final KnowledgeBase kb;
    private final Lang lang;
    private final Messages messages;

    public Triage(KnowledgeBase kb, Lang lang) {
        this.kb = kb;
        this.lang = lang;
        this.messages = Messages.of(Triage.class, lang);
    }

    /**
     * The route for {@code description}, with at most {@code limit} FAQ entries.
     *
     * @throws SupportException {@link ExitCode#USAGE} for a description with no words, or one over {@link #MAX_LENGTH}
     */
    public AskResult ask(String description, int limit) {
        String stripped = description.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.too-long", MAX_LENGTH), messages.get("hint.too-long"));
        }
        String text = Redactor.mayHoldSecrets(stripped) ? new Redactor().redact(stripped).text() : stripped;
        if (!hasWord(text)) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.empty"), messages.get("hint.empty"));
        }
        FaqSearch search = kb.derived(FaqSearch.INDEX);
        List<AskResult.FaqMatch> faqs = new ArrayList<>();
        for (FaqSearch.Match match : search.search(text, limit)) {
            faqs.add(new AskResult.FaqMatch(match.id(), faq(match.id()).title().get(lang), match.score(), match.matched()));
        }
        FlowIndex flows = kb.derived(FlowIndex.INDEX);
        FlowSketch flow = flow(flows, text, faqs);
        AskResult.FlowSuggestion suggestion = null;
        if (flow != null) {
            String code = flow.codes() ? AnswerInference.declineCode(flows.declineCodes, text) : null;
            Map<String, String> answers = code != null ? Map.of() : AnswerInference.answers(flow, text);
            suggestion = new AskResult.FlowSuggestion(flow.id(), flow.title().get(lang), answers, code);
        }
        AskResult.TopicRoute topic = topic(text, faqs, flow);
        return new AskResult(text, faqs, suggestion, topic, next(faqs, suggestion, topic));
    }

    private FlowSketch flow(FlowIndex flows, String text, List<AskResult.FaqMatch> faqs) {
        if (flows.flows.isEmpty()) {
            return null;
        }
        String best = faqs.isEmpty() ? null : faqs.get(0).id();
        FlowSketch named = best == null || faq(best).flow() == null ? null : flows.flow(faq(best).flow());
        if (named != null) {
            return named;
        }
        for (SearchIndex.Ranked hit : flows.search.search(text, 1)) {
            FlowSketch flow = flows.flow(hit.id());
            if (hit.score() >= STRONG_FLOW && (best == null || flow.faqs().contains(best))) {
                return flow;
            }
        }
        if (best == null && AnswerInference.declineCode(flows.declineCodes, text) != null) {
            for (FlowSketch flow : flows.flows) {
                if (flow.codes()) {
                    return flow;
                }
            }
        }
        return null;
    }

    /** The best entry's topic, else the flow's; when nothing fits, the topic of the closest entry, however weak. */
    private AskResult.TopicRoute topic(String text, List<AskResult.FaqMatch> faqs, FlowSketch flow) {
        String id = !faqs.isEmpty() ? faq(faqs.get(0).id()).topic() : flow != null ? flow.topic() : null;
        if (id == null) {
            List<FaqSearch.Match> closest = kb.derived(FaqSearch.INDEX).ranked(text, 1);
            id = closest.isEmpty() ? null : faq(closest.get(0).id()).topic();
        }
        if (id == null) {
            return null;
        }
        for (Topic topic : kb.get(TopicsReader.SECTION)) {
            if (topic.id().equals(id)) {
                return new AskResult.TopicRoute(topic.id(), topic.name().get(lang), topic.urgency().id());
            }
        }
        return null;
    }

    /** One thing to do now: run the flow; else the best entry's first step; else reach support about the closest topic. */
    private String next(List<AskResult.FaqMatch> faqs, AskResult.FlowSuggestion flow, AskResult.TopicRoute topic) {
        if (flow != null) {
            return messages.get("next.flow", flow.title(), "okpay-support " + String.join(" ", flow.command()));
        }
        if (!faqs.isEmpty()) {
            return faq(faqs.get(0).id()).steps().get(0).get(lang); // every entry has steps: the reader checks it
        }
        return topic == null ? messages.get("next.nothing")
                : messages.get("next.nothing-topic", topic.name(), "okpay-support " + String.join(" ", topic.command()));
    }

    /** The FAQ entry {@code id}, a hit of the index: decoded alone, not with the whole section. */
    private Faq faq(String id) {
        Faq faq = FaqReader.find(kb, id).orElse(null);
        if (faq == null) {
            throw new IllegalStateException("no FAQ entry " + id);
        }
        return faq;
    }

    private static boolean hasWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
