package okpay.support.kb;

import java.util.List;
import java.util.Optional;

/**
 * Everything the tool knows, as loaded from one YAML file; {@code source} names that file.
 * {@code verify} is {@link VerifyRules#EMPTY} when the file has no {@code verify} section.
 * {@code securityChecks} is {@link SecurityChecks#EMPTY} when the file has no {@code security_checks} section.
 */
public record KnowledgeBase(
        String source,
        Product product,
        List<NeverShare> neverShare,
        List<Text> safetyTips,
        List<Channel> channels,
        Hotline hotline,
        List<Topic> topics,
        TicketTemplate ticket,
        List<Faq> faqs,
        VerifyRules verify,
        SecurityChecks securityChecks,
        Troubleshooting troubleshooting) {
    public KnowledgeBase {
        neverShare = List.copyOf(neverShare);
        safetyTips = List.copyOf(safetyTips);
        channels = List.copyOf(channels);
        topics = List.copyOf(topics);
        faqs = List.copyOf(faqs);
        verify = verify == null ? VerifyRules.EMPTY : verify;
        securityChecks = securityChecks == null ? SecurityChecks.EMPTY : securityChecks;
        troubleshooting = troubleshooting == null ? Troubleshooting.NONE : troubleshooting;
    }

    public Optional<Faq> faq(String id) {
        return faqs.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Channel> channel(String id) {
        return channels.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The troubleshooting flows, in file order. */
    public List<Flow> flows() {
        return troubleshooting.flows();
    }

    /** The decline-code catalogue. */
    public DeclineCatalog declineCodes() {
        return troubleshooting.declineCodes();
    }

    public Optional<Flow> flow(String id) {
        return flows().stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
