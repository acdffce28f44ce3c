package okpay.support.cli;

import java.util.List;
import okpay.support.ask.FlowIndex;
import okpay.support.contact.ChannelsReader;
import okpay.support.contact.HotlineReader;
import okpay.support.contact.NeverShareReader;
import okpay.support.contact.ProductReader;
import okpay.support.contact.SafetyTipsReader;
import okpay.support.contact.draft.TicketReader;
import okpay.support.contact.verify.VerifyRulesReader;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.FlowsReader;
import okpay.support.diagnose.FlowCatalog;
import okpay.support.faq.FaqReader;
import okpay.support.faq.FaqSearch;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.KnowledgeBaseLoader;
import okpay.support.kb.SectionReader;
import okpay.support.faq.TagsReader;
import okpay.support.kb.TopicsReader;
import okpay.support.security.SecurityChecksReader;

/**
 * The knowledge-base format: every section the tool reads, each read by the feature that owns it. A new
 * section is its reader, in the feature's package, plus one line here. The order is the order in which
 * {@code kb validate} reports counts. The lists load every reader (and derivation) class, so they sit in a class of
 * their own that only reading YAML and writing snapshots initialise: a run on the embedded snapshot skips them.
 */
public final class KnowledgeBaseFormat {
    /** The loader of this format, for the embedded knowledge base and every {@code --kb} file. */
    public static final KnowledgeBaseLoader LOADER = new KnowledgeBaseLoader(new FormatSections());

    private KnowledgeBaseFormat() {}

    /** The sections. */
    public static List<SectionReader<?>> sections() {
        return Lists.SECTIONS;
    }

    /** What a snapshot stores beside the sections, so that a run reads it rather than computing it. */
    public static List<KnowledgeBase.Derivation<?>> derivations() {
        return Lists.DERIVATIONS;
    }

    /** The lists, initialised on first use. */
    private static final class Lists {
        static final List<SectionReader<?>> SECTIONS = List.of(
                FaqReader.SECTION,
                ChannelsReader.SECTION,
                TopicsReader.SECTION,
                HotlineReader.SECTION,
                FlowsReader.SECTION,
                DeclineCodesReader.SECTION,
                ProductReader.SECTION,
                NeverShareReader.SECTION,
                SafetyTipsReader.SECTION,
                VerifyRulesReader.SECTION,
                TicketReader.SECTION,
                SecurityChecksReader.SECTION,
                TagsReader.SECTION);

        static final List<KnowledgeBase.Derivation<?>> DERIVATIONS = List.of(FaqSearch.INDEX, FlowIndex.INDEX, FlowCatalog.OUTLINES);
    }

    /** The format as the loader sees it; not {@link Lists} itself, whose first instance would initialise it. */
    private static final class FormatSections implements KnowledgeBaseLoader.Sections {
        @Override
        public List<SectionReader<?>> sections() {
            return Lists.SECTIONS;
        }

        @Override
        public List<KnowledgeBase.Derivation<?>> derivations() {
            return Lists.DERIVATIONS;
        }
    }
}
