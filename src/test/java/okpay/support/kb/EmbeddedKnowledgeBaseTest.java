package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base: complete, bilingual, and free of real-looking contact data. */
class EmbeddedKnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBaseLoader.load(null);
    private static final Pattern FICTIONAL_PHONE = Pattern.compile("\\+1-555-01\\d\\d");

    @Test
    void hasTheStableIdsOtherToolsRelyOn() {
        assertEquals(List.of("website", "email", "social", "hotline"), KB.channels().stream().map(Channel::id).toList());
        assertEquals(Set.of("funds", "security", "technical", "mistake", "feedback"),
                Set.copyOf(KB.topics().stream().map(Topic::id).toList()));
        for (String id : List.of("forgot-password", "transaction-security", "declined-transaction", "give-feedback",
                "contact-support", "funds-not-received", "account-security-incident", "app-malfunction",
                "mistaken-transaction", "enable-2fa")) {
            assertTrue(KB.faq(id).isPresent(), id);
        }
    }

    @Test
    void everyFaqEntryIsCompleteInBothLanguages() {
        for (Faq faq : KB.faqs()) {
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
        for (Topic topic : KB.topics()) {
            assertEquals(Set.of("website", "email", "social", "hotline"), Set.copyOf(topic.channels()), topic.id());
            assertEquals(4, topic.channels().size(), topic.id());
        }
    }

    @Test
    void contactDataArePlaceholdersOnly() {
        List<String> values = new ArrayList<>();
        KB.channels().forEach(c -> c.values().forEach(v -> values.add(v.kind() + " " + v.value())));
        KB.hotline().regions().stream().filter(Region::hasHotline).forEach(r -> values.add("PHONE " + r.number()));
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
        KB.faqs().forEach(f -> {
            all.append(f.answer().zh()).append(' ').append(f.answer().en()).append(' ');
            f.steps().forEach(s -> all.append(s.zh()).append(' ').append(s.en()).append(' '));
        });
        KB.channels().forEach(c -> all.append(c.how().zh()).append(' ').append(c.how().en()).append(' '));
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
        KnowledgeBase fromText = KnowledgeBaseLoader.load(java.nio.file.Path.of("faq.yaml"));
        assertEquals(fromText.product(), KB.product());
        assertEquals(fromText.neverShare(), KB.neverShare());
        assertEquals(fromText.safetyTips(), KB.safetyTips());
        assertEquals(fromText.channels(), KB.channels());
        assertEquals(fromText.hotline(), KB.hotline());
        assertEquals(fromText.topics(), KB.topics());
        assertEquals(fromText.ticket(), KB.ticket());
        assertEquals(fromText.faqs(), KB.faqs());
        assertEquals(fromText.verify(), KB.verify());
        assertEquals(fromText.securityChecks(), KB.securityChecks());
        assertEquals(fromText.flows(), KB.flows());
        assertEquals(fromText.declineCodes(), KB.declineCodes());
        assertTrue(KB.flows().size() >= 6 && KB.faqs().size() >= 10);
    }

    @Test
    void everyRegionWithAHotlineIsReachableThroughTheHotlineChannel() {
        Channel hotline = KB.channel("hotline").orElseThrow();
        for (Region region : KB.hotline().regions()) {
            if (region.hasHotline()) {
                assertTrue(hotline.values().stream().anyMatch(v -> v.value().equals(region.number())), region.code());
            }
        }
        assertTrue(KB.hotline().regions().stream().anyMatch(r -> !r.hasHotline()), "at least one region without a hotline");
    }
}
