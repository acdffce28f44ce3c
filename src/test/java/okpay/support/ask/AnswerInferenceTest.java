package okpay.support.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import okpay.support.diagnose.FlowsReader;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The answers a description gives a flow, and the decline codes it names (fixture kb/ask.yaml). */
class AnswerInferenceTest {
    private static final KnowledgeBase KB = Fixtures.load("ask.yaml");
    private static final FlowSketch MISSING = FlowSketch.of(FlowsReader.find(KB, "missing-funds").orElseThrow());
    private static final FlowSketch FAILED = FlowSketch.of(FlowsReader.find(KB, "payment-failed").orElseThrow());
    private static final List<String> CODES = KB.derived(FlowIndex.INDEX).declineCodes;

    @Test
    void choiceWordsAndADurationAnswerTheirQuestions() {
        assertEquals(Map.of("kind", "withdrawal", "days", "2"), AnswerInference.answers(MISSING, "提现两天了还没到"));
        assertEquals(Map.of("kind", "incoming", "days", "7"), AnswerInference.answers(MISSING, "a friend sent me money a week ago"));
        assertEquals(Map.of("kind", "outgoing"), AnswerInference.answers(MISSING, "我转出的钱对方没收到"));
    }

    @Test
    void twoChoicesWhoseWordsFitEquallyLeaveTheQuestionToBeAsked() {
        assertEquals(Map.of(), AnswerInference.answers(MISSING, "我转出的钱和别人给我转的钱都没到"));
    }

    @Test
    void anAmountAnswersTheAmountQuestionOnlyWithItsCurrency() {
        assertEquals(Map.of("action", "top-up", "amount", "300"), AnswerInference.answers(FAILED, "充值¥300失败"));
        assertEquals(Map.of("action", "top-up"), AnswerInference.answers(FAILED, "充值300失败"), "a bare number could be anything");
    }

    @Test
    void aDurationOutsideTheQuestionsBoundsIsLeftOut() {
        assertEquals(Map.of("kind", "withdrawal"), AnswerInference.answers(MISSING, "withdrawal missing for 2 years, 800 days"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            payment keeps failing, error code 51|51
            付款一直失败 提示05|05
            错误码51是什么意思|51
            支付失败提示do not honor|do_not_honor
            it says INSUFFICIENT_FUNDS|insufficient_funds
            what does N7 mean|N7
            转了51块还是失败|none
            I tried 5 times|none
            top up 51 dollars|none
            """)
    void declineCodesAreNamedOrAnnounced(String text, String code) {
        assertEquals(code, AnswerInference.declineCode(CODES, text));
    }

    @Test
    void aCatalogueWithoutCodesFindsNone() {
        assertNull(AnswerInference.declineCode(List.of(), "code 51"));
        assertEquals(List.of("51", "insufficient_funds", "05", "do_not_honor", "82", "N7"), CODES);
    }
}
