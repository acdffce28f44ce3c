package okpay.support.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import okpay.support.i18n.Lang;
import okpay.support.kb.Question;
import okpay.support.kb.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerNormalizerTest {
    static final Question YES_NO = Question.yesNo("balance-ok", Text.same("Balance ok?"), null);
    static final Question METHOD = Question.choice("method", Text.same("Method?"), null, List.of(
            new Question.Choice("card", Text.same("Card")),
            new Question.Choice("bank", Text.same("Bank transfer")),
            new Question.Choice("balance", Text.same("Wallet balance"))));
    static final Question AMOUNT = Question.number("amount", Text.same("Amount?"), null, 0.0, 10000.0);
    static final Question NOTE = Question.text("note", Text.same("Note?"), null);

    final AnswerNormalizer en = new AnswerNormalizer(Lang.EN);

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            yes|yes
            Y|yes
            ' TRUE '|yes
            1|yes
            是|yes
            是的|yes
            对|yes
            ｙｅｓ|yes
            no|no
            N|no
            false|no
            0|no
            否|no
            不|no
            不对|no
            """)
    void yesNoAcceptsCommonSpellings(String raw, String expected) {
        assertEquals(expected, en.normalize(YES_NO, raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"maybe", "", "  ", "yess", "2", "是否", "ok"})
    void yesNoRefusesAnythingElse(String raw) {
        AnswerNormalizer.Result result = en.normalize(YES_NO, raw);

        assertFalse(result.ok());
        assertNull(result.value());
        assertEquals("expected yes or no", result.problem());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            card|card
            CARD|card
            ' Bank '|bank
            1|card
            3|balance
            ２|bank
            """)
    void choiceAcceptsValueOrNumber(String raw, String expected) {
        assertEquals(expected, en.normalize(METHOD, raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4", "cash", "", "1.0", "Card transfer", "-1"})
    void choiceRefusesOthersAndListsTheValues(String raw) {
        assertEquals("expected one of card, bank, balance, a number from 1 to 3, or the start of an option's text",
                en.normalize(METHOD, raw).problem());
    }

    @Test
    void choiceValueWinsOverItsPosition() {
        Question tiers = Question.choice("tier", Text.same("Tier?"), null,
                List.of(new Question.Choice("2", Text.same("two")), new Question.Choice("1", Text.same("one"))));

        assertEquals("1", en.normalize(tiers, "1").value(), "value 1, not position 1");
        assertEquals("2", en.normalize(tiers, "2").value());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            12|12
            12.50|12.5
            1,000.50|1000.5
            ' 7 '|7
            0|0
            -0|0
            10000|10000
            100.00|100
            ０.５|0.5
            .5|0.5
            +3|3
            """)
    void numberIsParsedAndGivenBackPlain(String raw, String expected) {
        assertEquals(expected, en.normalize(AMOUNT, raw).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", "1,00", "12,5", "", "10000.01", "-1", "$50,000", "NaN", "1,000,00", "1 000",
        "Infinity", "1.2.3", "0x10", "3 weeks ago maybe not"})
    void numberOutsideTheFormOrTheBoundsIsRefused(String raw) {
        assertEquals("expected a number from 0 to 10000", en.normalize(AMOUNT, raw).problem());
    }

    @Test
    void numberBoundsAreOptional() {
        Question open = Question.number("n", Text.same("n?"), null, null, null);
        Question atLeast = Question.number("n", Text.same("n?"), null, 1.5, null);
        Question atMost = Question.number("n", Text.same("n?"), null, null, 3.0);

        assertEquals("-3.5", en.normalize(open, "-3.5").value());
        assertEquals("expected a number", en.normalize(open, "x").problem());
        assertEquals("expected a number of at least 1.5", en.normalize(atLeast, "1").problem());
        assertEquals("expected a number of at most 3", en.normalize(atMost, "4").problem());
    }

    @Test
    void numberRefusesAbsurdlyLongInput() {
        assertFalse(en.normalize(Question.number("n", Text.same("n?"), null, null, null), "9".repeat(41)).ok());
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            ' hello '|hello
            付款一直失败|付款一直失败
            'two  words'|'two  words'
            """)
    void textIsTrimmed(String raw, String expected) {
        assertEquals(expected, en.normalize(NOTE, raw).value());
    }

    @Test
    void textOfExactlyTheLimitIsAccepted() {
        String longest = "字".repeat(AnswerNormalizer.MAX_TEXT);

        assertEquals(longest, en.normalize(NOTE, longest).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''|the answer is empty
            '   '|the answer is empty
            'a\u0007b'|the answer contains control characters
            'line one\nline two'|the answer contains control characters
            """)
    void textProblemsAreNamed(String raw, String problem) {
        assertEquals(problem, en.normalize(NOTE, raw).problem());
    }

    @Test
    void textOverTheLimitIsRefused() {
        assertEquals("the answer is longer than 500 characters",
                en.normalize(NOTE, "x".repeat(AnswerNormalizer.MAX_TEXT + 1)).problem());
    }

    @Test
    void acceptedAnswersAreLocalized() {
        AnswerNormalizer zh = new AnswerNormalizer(Lang.ZH);

        assertEquals("是 或 否（也可输入 yes/no）", zh.accepted(YES_NO));
        assertEquals("0 到 10000 之间的数字", zh.accepted(AMOUNT));
        assertEquals("应为：card（Card）、bank（Bank transfer）、balance（Wallet balance） 之一、1 到 3 的序号，或选项文字的开头", zh.normalize(METHOD, "x").problem());
    }

    @Test
    void placeholdersShowWhatAFlagTakes() {
        assertEquals("yes|no", AnswerNormalizer.placeholder(YES_NO));
        assertEquals("card|bank|balance", AnswerNormalizer.placeholder(METHOD));
        assertEquals("<number>", AnswerNormalizer.placeholder(AMOUNT));
        assertEquals("<text>", AnswerNormalizer.placeholder(NOTE));
    }

    @Test
    void okResultHasNoProblem() {
        AnswerNormalizer.Result result = en.normalize(YES_NO, "y");

        assertTrue(result.ok());
        assertNull(result.problem());
    }
}
