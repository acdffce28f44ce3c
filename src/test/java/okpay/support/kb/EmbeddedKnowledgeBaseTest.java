package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.contact.Channel;
import okpay.support.contact.ChannelKind;
import okpay.support.contact.ChannelsReader;
import okpay.support.contact.HotlineReader;
import okpay.support.contact.NeverShareReader;
import okpay.support.contact.ProductReader;
import okpay.support.contact.Region;
import okpay.support.contact.SafetyTipsReader;
import okpay.support.contact.draft.TicketReader;
import okpay.support.contact.verify.VerifyRulesReader;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.FlowsReader;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.security.SecurityChecksReader;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base: complete, bilingual, and free of real-looking contact data. */
class EmbeddedKnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBaseFormat.LOADER.load(null);
    private static final Pattern FICTIONAL_PHONE = Pattern.compile("\\+1-555-01\\d\\d");

    @Test
    void hasTheStableIdsOtherToolsRelyOn() {
        assertEquals(List.of("website", "email", "social", "hotline"), KB.get(ChannelsReader.SECTION).stream().map(Channel::id).toList());
        assertEquals(Set.of("funds", "security", "technical", "mistake", "feedback"),
                Set.copyOf(KB.get(TopicsReader.SECTION).stream().map(Topic::id).toList()));
        for (String id : List.of("forgot-password", "transaction-security", "declined-transaction", "give-feedback",
                "contact-support", "funds-not-received", "account-security-incident", "app-malfunction",
                "mistaken-transaction", "enable-2fa")) {
            assertTrue(FaqReader.find(KB, id).isPresent(), id);
        }
    }

    @Test
    void everyFaqEntryIsCompleteInBothLanguages() {
        for (Faq faq : KB.get(FaqReader.SECTION)) {
            assertTrue(faq.steps().size() >= 2, faq.id() + " steps");
            assertTrue(faq.keywords().zh().size() >= 3 && faq.keywords().en().size() >= 3, faq.id() + " keywords");
            assertTrue(faq.synonyms().zh().size() >= 1 && faq.synonyms().en().size() >= 1, faq.id() + " synonyms");
            assertTrue(faq.title().zh().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    faq.id() + " has a Chinese title");
            assertTrue(faq.title().en().chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    faq.id() + " has an English title");
        }
    }

    @Test
    void everyTopicRanksAllFourChannels() {
        for (Topic topic : KB.get(TopicsReader.SECTION)) {
            assertEquals(Set.of("website", "email", "social", "hotline"), Set.copyOf(topic.channels()), topic.id());
            assertEquals(4, topic.channels().size(), topic.id());
        }
    }

    @Test
    void contactDataArePlaceholdersOnly() {
        List<String> values = new ArrayList<>();
        KB.get(ChannelsReader.SECTION).forEach(c -> c.values().forEach(v -> values.add(v.kind() + " " + v.value())));
        KB.get(HotlineReader.SECTION).regions().stream().filter(Region::hasHotline).forEach(r -> values.add("PHONE " + r.number()));
        for (String entry : values) {
            String value = entry.substring(entry.indexOf(' ') + 1);
            switch (entry.substring(0, entry.indexOf(' '))) {
                case "PHONE" -> assertTrue(FICTIONAL_PHONE.matcher(value).matches(), value);
                case "EMAIL" -> assertTrue(value.endsWith(".example"), value);
                case "URL" -> assertTrue(URI.create(value).getHost().endsWith(".example"), value);
                case "HANDLE" -> assertTrue(value.matches("@\\w*(Sample|Example)\\w*"), value);
                default -> throw new AssertionError(entry);
            }
        }
        assertTrue(values.size() >= 8, values.toString());
    }

    @Test
    void noRealLookingAddressesHideInTheProse() {
        StringBuilder all = new StringBuilder();
        KB.get(FaqReader.SECTION).forEach(f -> {
            all.append(f.answer().zh()).append(' ').append(f.answer().en()).append(' ');
            f.steps().forEach(s -> all.append(s.zh()).append(' ').append(s.en()).append(' '));
        });
        KB.get(ChannelsReader.SECTION).forEach(c -> all.append(c.how().zh()).append(' ').append(c.how().en()).append(' '));
        Matcher domains = Pattern.compile("\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|net|org|cn|io|co|app)\\b").matcher(all);
        assertTrue(!domains.find(), () -> "real-looking domain: " + domains.group());
        Matcher phones = Pattern.compile("\\+?\\d[\\d -]{8,}\\d").matcher(all);
        while (phones.find()) {
            assertTrue(FICTIONAL_PHONE.matcher(phones.group().strip()).matches(), phones.group());
        }
    }

    @Test
    void thePreParsedTreeInTheJarGivesTheSameKnowledgeBaseAsTheYamlText() {
        // The embedded one comes from the build's node tree, section by section on first use;
        // the top-level faq.yaml is parsed as text like any operator's file.
        KnowledgeBase fromText = KnowledgeBaseFormat.LOADER.load(java.nio.file.Path.of("faq.yaml"));
        assertEquals(fromText.get(ProductReader.SECTION), KB.get(ProductReader.SECTION));
        assertEquals(fromText.get(NeverShareReader.SECTION), KB.get(NeverShareReader.SECTION));
        assertEquals(fromText.get(SafetyTipsReader.SECTION), KB.get(SafetyTipsReader.SECTION));
        assertEquals(fromText.get(ChannelsReader.SECTION), KB.get(ChannelsReader.SECTION));
        assertEquals(fromText.get(HotlineReader.SECTION), KB.get(HotlineReader.SECTION));
        assertEquals(fromText.get(TopicsReader.SECTION), KB.get(TopicsReader.SECTION));
        assertEquals(fromText.get(TicketReader.SECTION), KB.get(TicketReader.SECTION));
        assertEquals(fromText.get(FaqReader.SECTION), KB.get(FaqReader.SECTION));
        assertEquals(fromText.get(VerifyRulesReader.SECTION), KB.get(VerifyRulesReader.SECTION));
        assertEquals(fromText.get(SecurityChecksReader.SECTION), KB.get(SecurityChecksReader.SECTION));
        assertEquals(fromText.get(FlowsReader.SECTION), KB.get(FlowsReader.SECTION));
        assertEquals(fromText.get(DeclineCodesReader.SECTION), KB.get(DeclineCodesReader.SECTION));
        assertTrue(KB.get(FlowsReader.SECTION).size() >= 6 && KB.get(FaqReader.SECTION).size() >= 10);
    }

    @Test
    void everyRegionWithAHotlineIsReachableThroughTheHotlineChannel() {
        Channel hotline = KB.get(ChannelsReader.SECTION).stream().filter(c -> c.kind() == ChannelKind.HOTLINE).findFirst().orElseThrow();
        for (Region region : KB.get(HotlineReader.SECTION).regions()) {
            if (region.hasHotline()) {
                assertTrue(hotline.values().stream().anyMatch(v -> v.value().equals(region.number())), region.code());
            }
        }
        assertTrue(KB.get(HotlineReader.SECTION).regions().stream().anyMatch(r -> !r.hasHotline()), "at least one region without a hotline");
    }
}
