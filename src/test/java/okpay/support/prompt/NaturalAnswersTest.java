package okpay.support.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okpay.support.i18n.Lang;
import okpay.support.kb.Question;
import okpay.support.kb.Terms;
import okpay.support.kb.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of answer people type that issue #10 lists, at a question of each type. */
class NaturalAnswersTest {
    static final Question YES_NO = Question.yesNo("received", Text.same("Has it arrived?"), null);
    static final Question YES_NO_OR_UNKNOWN =
            new Question("review", Question.Type.YES_NO, Text.same("Under review?"), null, List.of(), null, null, true);
    static final Question DAYS = Question.number("days", Text.same("How many days?"), null, 0.0, 365.0);
    static final Question DAYS_OR_UNKNOWN =
            new Question("days", Question.Type.NUMBER, Text.same("How many days?"), null, List.of(), 0.0, 365.0, true);
    static final Question AMOUNT = Question.number("amount", Text.same("How much?"), null, 0.0, null);
    static final Question KIND = Question.choice("kind", new Text("哪一笔钱没有到账？", "Which money hasn't arrived?"), null, List.of(
            new Question.Choice("incoming", new Text("别人转给我的钱", "Money someone sent to me")),
            new Question.Choice("outgoing", new Text("我转出的钱，对方没收到", "Money I sent that the recipient hasn't got")),
            new Question.Choice("top-up", new Text("我的充值没有进入余额", "My top-up isn't in my balance")),
            new Question.Choice("withdrawal", new Text("我的提现没有到银行账户", "My withdrawal hasn't reached my bank account"),
                    new Terms(List.of("提现"), List.of("cash out")))));
    static final Question RECOVERY = Question.choice("recovery", Text.same("Are your recovery contacts current?"), null, List.of(
            new Question.Choice("yes", new Text("是，两个都是最新的", "Yes, both are current")),
            new Question.Choice("not-sure", new Text("不确定，或只有一个是最新的", "Not sure, or only one of them is")),
            new Question.Choice("no", new Text("否", "No"))));

    final AnswerNormalizer en = new AnswerNormalizer(Lang.EN);

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            是|yes
            是的|yes
            对|yes
            有|yes
            有的|yes
            收到了|yes
            y|yes
            yes|yes
            Yes!|yes
            yep|yes
            yeah it did|yes
            没有|no
            没|no
            不是|no
            不|no
            还没|no
            还没有|no
            没收到|no
            n|no
            no|no
            nope|no
            not yet|no
            never|no
            No.|no
            """)
    void yesAndNoAsPeopleSayThem(String raw, String expected) {
        assertEquals(expected, en.normalize(YES_NO, raw).value(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"是否", "有没有", "是不是", "perhaps", "the app says so"})
    void aYesNoQuestionRepeatedOrAnythingElseIsNoAnswer(String raw) {
        assertEquals("expected yes or no", en.normalize(YES_NO, raw).problem());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3|3
            一天|1
            两天|2
            3天|3
            3 天|3
            十五天|15
            3 days|3
            three days|3
            a week|7
            两周|14
            一个月|30
            48小时|2
            一天半|1.5
            4个工作日|4
            about 3 days|3
            大概两天|2
            3天了|3
            十五|15
            两次|2
            3 times|3
            """)
    void numbersAndDurationsInDays(String raw, String expected) {
        assertEquals(expected, en.normalize(DAYS, raw).value(), raw);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ¥300|300
            ￥300|300
            300元|300
            300 元|300
            300块|300
            $1,200.50|1200.5
            1.2k|1200
            5万|50000
            €45|45
            50 bucks|50
            USD 120|120
            """)
    void amountsWithTheirCurrency(String raw, String expected) {
        assertEquals(expected, en.normalize(AMOUNT, raw).value(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"400天", "-2 days", "a few days", "3 or 4", "yesterday"})
    void durationsOutOfBoundsOrVagueAreRefused(String raw) {
        assertEquals("expected a number from 0 to 365", en.normalize(DAYS, raw).problem(), raw);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            我转出的钱，对方没收到|outgoing
            Money someone sent to me|incoming
            我转出的|outgoing
            我的充值|top-up
            my withdrawal|withdrawal
            提现|withdrawal
            cash out|withdrawal
            别人转给我|incoming
            money i sent|outgoing
            """)
    void choicesByTheirLabelTheStartOfItOrTheirWords(String raw, String expected) {
        assertEquals(expected, en.normalize(KIND, raw).value(), raw);
    }

    @Test
    void theStartOfTwoChoicesIsAmbiguousAndSaysWhich() {
        AnswerNormalizer.Result result = en.normalize(KIND, "我的");

        assertFalse(result.ok());
        assertEquals("\"我的\" could be any of top-up, withdrawal; type more of it, or the number", result.problem());
        assertEquals("could be any of", en.normalize(KIND, "my").problem().replaceAll("^\"my\" (could be any of).*", "$1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"不知道", "不清楚", "not sure", "I don't know", "no idea", "不确定", "dunno"})
    void dontKnowWhereTheQuestionHasABranchForIt(String raw) {
        assertEquals(Question.UNKNOWN, en.normalize(YES_NO_OR_UNKNOWN, raw).value(), raw);
        assertEquals(Question.UNKNOWN, en.normalize(DAYS_OR_UNKNOWN, raw).value(), raw);
        assertEquals("not-sure", en.normalize(RECOVERY, raw).value(), raw);
    }

    @Test
    void dontKnowIsRefusedWhereTheQuestionHasNoBranchForIt() {
        AnswerNormalizer.Result result = en.normalize(YES_NO, "不知道");

        assertFalse(result.ok());
        assertEquals("this question needs an answer you know: yes or no", result.problem());
        assertEquals("这个问题需要确定的回答：是 或 否（也可输入 yes/no）", new AnswerNormalizer(Lang.ZH).normalize(YES_NO, "not sure").problem());
        assertNull(en.normalize(DAYS, "不清楚").value());
    }

    @Test
    void aQuestionWithAnUnknownBranchSaysSo() {
        assertEquals("yes|no|unknown", AnswerNormalizer.placeholder(YES_NO_OR_UNKNOWN));
        assertEquals(List.of("yes", "no", "unknown"), AnswerNormalizer.completions(YES_NO_OR_UNKNOWN));
        assertEquals("yes or no, or \"don't know\"", en.accepted(YES_NO_OR_UNKNOWN));
        assertEquals("<number>|unknown", AnswerNormalizer.placeholder(DAYS_OR_UNKNOWN));
        assertTrue(en.normalize(YES_NO_OR_UNKNOWN, "unknown").ok(), "the canonical value itself, as an answers file has it");
    }

    @Test
    void aChoiceCalledUnknownCannotHaveAnUnknownBranchToo() {
        Question.Choice unknown = new Question.Choice(Question.UNKNOWN, Text.same("?"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Question("q", Question.Type.CHOICE, Text.same("q"), null, List.of(unknown), null, null, true));
    }
}
