package okpay.support.kb;

import java.util.List;
import java.util.Optional;

/**
 * Everything the tool knows, as loaded from one YAML file; {@code source} names that file. A plain
 * class rather than a record so that the embedded knowledge base can read each section when it is
 * first used (see {@link Section}); every other file is read and checked completely when loaded.
 * Optional sections that a file leaves out are empty: {@link VerifyRules#EMPTY},
 * {@link SecurityChecks#EMPTY}, {@link Troubleshooting#NONE}.
 */
public final class KnowledgeBase {
    /** The sections, in file order. */
    record Sections(
            Section<Product> product,
            Section<List<NeverShare>> neverShare,
            Section<List<Text>> safetyTips,
            Section<List<Channel>> channels,
            Section<Hotline> hotline,
            Section<List<Topic>> topics,
            Section<TicketTemplate> ticket,
            Section<List<Faq>> faqs,
            Section<VerifyRules> verify,
            Section<SecurityChecks> securityChecks,
            Section<Troubleshooting> troubleshooting) {}

    private final String source;
    private final Sections sections;

    KnowledgeBase(String source, Sections sections) {
        this.source = source;
        this.sections = sections;
    }

    public String source() {
        return source;
    }

    public Product product() {
        return sections.product().get();
    }

    public List<NeverShare> neverShare() {
        return sections.neverShare().get();
    }

    public List<Text> safetyTips() {
        return sections.safetyTips().get();
    }

    public List<Channel> channels() {
        return sections.channels().get();
    }

    public Hotline hotline() {
        return sections.hotline().get();
    }

    public List<Topic> topics() {
        return sections.topics().get();
    }

    public TicketTemplate ticket() {
        return sections.ticket().get();
    }

    public List<Faq> faqs() {
        return sections.faqs().get();
    }

    public VerifyRules verify() {
        return sections.verify().get();
    }

    public SecurityChecks securityChecks() {
        return sections.securityChecks().get();
    }

    public Troubleshooting troubleshooting() {
        return sections.troubleshooting().get();
    }

    public Optional<Faq> faq(String id) {
        return faqs().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Channel> channel(String id) {
        return channels().stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Topic> topic(String id) {
        return topics().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The troubleshooting flows, in file order. */
    public List<Flow> flows() {
        return troubleshooting().flows();
    }

    /** The decline-code catalogue. */
    public DeclineCatalog declineCodes() {
        return troubleshooting().declineCodes();
    }

    public Optional<Flow> flow(String id) {
        return flows().stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
