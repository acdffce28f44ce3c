package okpay.support.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okpay.support.diagnose.FlowsReader;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The route {@code ask} finds, on the fixture kb/ask.yaml (five entries, two flows, three decline codes). */
class TriageTest {
    private static final KnowledgeBase KB = Fixtures.load("ask.yaml");
    private final Triage en = new Triage(KB, Lang.EN);

    @Test
    void aDescriptionGetsTheEntryTheFlowItNamesWithTheAnswersGivenTheTopicAndWhatToDoNow() {
        AskResult result = en.ask("my withdrawal hasn't arrived after 3 days", 3);

        assertEquals("money-missing", result.faqs().get(0).id());
        assertEquals("My money has not arrived", result.faqs().get(0).title());
        assertTrue(result.faqs().get(0).matched().containsAll(List.of("withdrawal", "3 days")), result.faqs().get(0).matched().toString());
        assertEquals("missing-funds", result.flow().id());
        assertEquals(Map.of("kind", "withdrawal", "days", "3"), result.flow().answers());
        assertNull(result.flow().code());
        assertEquals(new AskResult.TopicRoute("funds", "Money", "high"), result.topic());
        assertEquals("Run the guided check \"Money hasn't arrived\": okpay-support diagnose missing-funds --answer kind=withdrawal --answer days=3",
                result.next());
        assertTrue(result.fits());
    }

    @Test
    void chineseFindsTheSameRouteInChinese() {
        AskResult result = new Triage(KB, Lang.ZH).ask("提现三天了还没到", 3);

        assertEquals("money-missing", result.faqs().get(0).id());
        assertEquals("钱没到账", result.faqs().get(0).title());
        assertEquals(Map.of("kind", "withdrawal", "days", "3"), result.flow().answers());
        assertEquals("资金未到账", result.flow().title());
        assertTrue(result.next().startsWith("运行引导排查“资金未到账”"), result.next());
    }

    @Test
    void aDeclineCodeCallsForTheFlowThatExplainsCodes() {
        AskResult result = en.ask("payment declined, error code 51", 3);

        assertEquals("payment-failed", result.flow().id());
        assertEquals("51", result.flow().code());
        assertEquals(Map.of(), result.flow().answers(), "the code explains the decline: no questions to answer");
        assertEquals(List.of("diagnose", "payment-failed", "--code", "51"), result.flow().command());
    }

    @Test
    void anEntryWithoutAFlowGetsItsFirstStepAsTheNextStep() {
        AskResult result = en.ask("how do i talk to a real person", 3);

        assertEquals("contact-us", result.faqs().get(0).id());
        assertNull(result.flow());
        assertEquals("Run okpay-support contact for the official channels.", result.next());
        assertEquals("technical", result.topic().id());
        assertEquals("normal", result.topic().urgency());
    }

    @Test
    void whenNothingFitsItSaysSoAndOffersTheClosestTopicsContactRoute() {
        AskResult result = en.ask("what is the weather like on the moon", 3);

        assertFalse(result.fits());
        assertEquals(List.of(), result.faqs());
        assertNull(result.flow());
        assertTrue(result.next().startsWith("Nothing in the knowledge base fits this with confidence."), result.next());
        assertTrue(result.next().contains("okpay-support faq list"), result.next());
    }

    @Test
    void aWeakMatchFitsNothingButNamesTheClosestTopicAndItsContactCommand() {
        AskResult result = en.ask("你好，在吗", 3);

        assertFalse(result.fits(), "one shared character is no answer");
        assertEquals("technical", result.topic().id());
        assertTrue(result.next().contains("The closest topic is Technical problems: reach support with okpay-support contact --topic technical"),
                result.next());
    }

    @Test
    void secretsInTheDescriptionNeverComeBack() {
        AskResult result = en.ask("payment declined, card 4111 1111 1111 1111, code 123456 from sms", 3);

        assertFalse(result.query().contains("4111 1111 1111 1111"), result.query());
        assertTrue(result.query().contains("411111******1111"), result.query());
        result.faqs().forEach(faq -> assertFalse(String.join(" ", faq.matched()).contains("1111 1111"), faq.toString()));
        assertEquals("payment declined, my password is [removed]", en.ask("payment declined, my password is hunter", 3).query());
    }

    @ParameterizedTest
    @CsvSource({"'   '", "'???'", "'!! ...'"})
    void aDescriptionWithoutWordsIsAUsageError(String text) {
        SupportException error = assertThrows(SupportException.class, () -> en.ask(text, 3));
        assertEquals(ExitCode.USAGE, error.exitCode());
        assertEquals("the description has no words to go on", error.getMessage());
    }

    @Test
    void anOverlongDescriptionIsAUsageError() {
        SupportException error = assertThrows(SupportException.class, () -> en.ask("money ".repeat(400), 3));
        assertEquals(ExitCode.USAGE, error.exitCode());
    }

    @Test
    void theLimitCapsTheEntries() {
        assertEquals(1, en.ask("my transfer hasn't arrived, how long does it take", 1).faqs().size());
    }

    @Test
    void theStoredFlowIndexAnswersExactlyAsTheOneDerivedFromTheSections() throws IOException {
        FlowIndex built = FlowIndex.INDEX.derive(KB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FlowIndex.INDEX.write(built, out);
        }
        FlowIndex stored = FlowIndex.INDEX.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (String query : List.of("提现没到银行卡", "payment declined with a code", "where did my money go", "xylophone")) {
            assertEquals(built.search.ranked(query, 5), stored.search.ranked(query, 5), query);
        }
        assertEquals(built.flows, stored.flows);
        assertEquals(built.declineCodes, stored.declineCodes);
        assertEquals(FlowSketch.of(FlowsReader.find(KB, "missing-funds").orElseThrow()), stored.flow("missing-funds"));
    }
}
