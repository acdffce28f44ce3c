package okpay.support.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okpay.support.contact.ContactResult.ChannelAdvice;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Channel ranking by topic and region, on the fixture kb/contact.yaml (the shipped contact sections, frozen). */
class ContactGuideTest {
    private static final KnowledgeBase KB = Fixtures.load("contact.yaml");
    private final ContactGuide guide = new ContactGuide(KB, Lang.EN);

    @Test
    void withoutTopicChannelsKeepKnowledgeBaseOrder() {
        ContactResult advice = guide.advise(null, null);
        assertEquals(List.of("website", "email", "social", "hotline"), ids(advice));
        assertNull(advice.topic());
        assertEquals(KB.get(HotlineReader.SECTION).regions().size(), advice.hotlines().size(), "the whole hotline table");
    }

    @Test
    void everyTopicRanksChannelsInItsOwnOrder() {
        for (Topic topic : KB.get(TopicsReader.SECTION)) {
            ContactResult advice = guide.advise(topic.id(), null);
            assertEquals(topic.channels(), ids(advice), topic.id());
            assertEquals(topic.urgency().id(), advice.topic().urgency());
            for (int i = 0; i < advice.channels().size(); i++) {
                assertEquals(i + 1, advice.channels().get(i).rank());
            }
        }
    }

    @Test
    void urgentTopicsPutTheHotlineFirstAndFeedbackPutsItLast() {
        assertEquals("hotline", ids(guide.advise("security", null)).get(0));
        assertEquals("critical", guide.advise("security", null).topic().urgency());
        List<String> feedback = ids(guide.advise("feedback", null));
        assertEquals("hotline", feedback.get(feedback.size() - 1));
        assertEquals("low", guide.advise("feedback", null).topic().urgency());
    }

    @Test
    void regionWithoutHotlineDemotesAndMarksIt() {
        ContactResult advice = guide.advise("security", "de");
        assertEquals("hotline", ids(advice).get(3), "a hotline the region lacks is never first");
        ChannelAdvice hotline = advice.channels().get(3);
        assertFalse(hotline.available());
        assertTrue(hotline.values().isEmpty(), "no other region's number is offered");
        assertFalse(advice.region().hotline());
        assertEquals(KB.get(HotlineReader.SECTION).noHotline().en(), advice.region().advice());
        assertTrue(advice.hotlines().isEmpty());
    }

    @Test
    void regionWithHotlineShowsOnlyItsNumber() {
        ContactResult advice = guide.advise(null, "US");
        ChannelAdvice hotline = advice.channels().stream().filter(c -> c.id().equals("hotline")).findFirst().orElseThrow();
        String usNumber = KB.get(HotlineReader.SECTION).region("US").orElseThrow().number();
        assertEquals(List.of(usNumber), hotline.values().stream().map(ContactResult.Address::value).toList());
        assertTrue(advice.region().hotline());
        assertEquals(usNumber, advice.region().number());
    }

    @Test
    void unlistedButWellFormedRegionHasNoHotline() {
        ContactResult advice = guide.advise(null, "zz");
        assertEquals("ZZ", advice.region().code());
        assertFalse(advice.region().hotline());
    }

    @Test
    void unknownTopicAndMalformedRegionAreErrors() {
        SupportException topic = assertThrows(SupportException.class, () -> guide.advise("secuirty", null));
        assertEquals(ExitCode.NOT_FOUND, topic.exitCode());
        assertTrue(topic.hint().startsWith("did you mean 'security'?"), topic.hint());
        SupportException region = assertThrows(SupportException.class, () -> guide.advise(null, "Atlantis"));
        assertEquals(ExitCode.USAGE, region.exitCode());
    }

    @Test
    void answersComeInTheRequestedLanguage() {
        ContactResult zh = new ContactGuide(KB, Lang.ZH).advise("funds", null);
        assertEquals(TopicsReader.find(KB, "funds").orElseThrow().name().zh(), zh.topic().name());
        assertEquals(KB.get(NeverShareReader.SECTION).get(0).text().zh(), zh.neverShare().get(0));
    }

    private static List<String> ids(ContactResult advice) {
        return advice.channels().stream().map(ChannelAdvice::id).toList();
    }
}
