package okpay.support.prompt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.kb.Question;
import okpay.support.kb.Text;
import org.junit.jupiter.api.Test;

class AskerTest {
    static final Question BALANCE = Question.yesNo("balance-ok",
            new Text("可用余额是否不少于付款金额？", "Is your available balance at least the payment amount?"),
            new Text("余额显示在钱包首页。", "Pending payments are not part of the available balance."));
    static final Question METHOD = Question.choice("method", new Text("你用什么方式付款？", "How did you pay?"), null,
            List.of(new Question.Choice("card", new Text("银行卡", "Card")),
                    new Question.Choice("bank", new Text("银行转账", "Bank transfer")),
                    new Question.Choice("balance", new Text("钱包余额", "Wallet balance"))));
    static final Question AMOUNT = Question.number("amount", new Text("金额是多少？", "How much was it?"), null, 0.01, 50000.0);
    static final Question ERROR = Question.text("error-text", new Text("错误提示是什么？", "What did the error say?"), null);

    @Test
    void givenAnswerIsNormalisedWithoutAsking() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("no");
        Asker asker = new Asker(answers("balance-ok=Y", "method=2"), terminal, false, Lang.EN);

        assertEquals(Optional.of("yes"), asker.answer(BALANCE));
        assertEquals(Optional.of("bank"), asker.answer(METHOD));
        assertEquals(List.of(), terminal.prompts());
        assertEquals(Map.of("balance-ok", "yes", "method", "bank"), asker.answered());
    }

    @Test
    void invalidGivenAnswerNamesTheQuestionAndTheAcceptedValues() {
        Asker asker = new Asker(answers("balance-ok=maybe"), ScriptedTerminal.replying("yes"), false, Lang.EN);

        SupportException e = assertThrows(SupportException.class, () -> asker.answer(BALANCE));

        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("invalid answer \"maybe\" for balance-ok: expected yes or no", e.getMessage());
        assertEquals("Give a valid value, for example --answer balance-ok=yes|no.", e.hint());
    }

    @Test
    void invalidGivenNumberShowsTheBounds() {
        Asker asker = new Asker(answers("amount=0"), ScriptedTerminal.notInteractive(), true, Lang.EN);

        SupportException e = assertThrows(SupportException.class, () -> asker.answer(AMOUNT));

        assertEquals("invalid answer \"0\" for amount: expected a number from 0.01 to 50000", e.getMessage());
    }

    @Test
    void interactiveAnswerIsAskedAgainUntilValid() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("maybe", "", "y");
        Asker asker = new Asker(Answers.empty(), terminal, false, Lang.EN);

        assertEquals(Optional.of("yes"), asker.answer(BALANCE));

        String prompt = "Is your available balance at least the payment amount? [yes/no] (? for help): ";
        assertEquals(List.of(prompt, prompt, prompt), terminal.prompts());
        assertEquals(List.of("Not accepted: expected yes or no. Type ? for help.",
                "Not accepted: expected yes or no. Type ? for help."), terminal.printed());
        assertEquals(Map.of("balance-ok", "yes"), asker.answered());
    }

    @Test
    void choicesAreNumberedAndAcceptNumberOrValue() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("4", "2");
        Asker asker = new Asker(Answers.empty(), terminal, false, Lang.EN);

        assertEquals(Optional.of("bank"), asker.answer(METHOD));

        assertEquals(List.of("How did you pay?", "  1) Card", "  2) Bank transfer", "  3) Wallet balance",
                "Not accepted: expected one of card, bank, balance, a number from 1 to 3, or the start of an option's text. Type ? for help."),
                terminal.printed());
        assertEquals(List.of("Choose 1-3: ", "Choose 1-3: "), terminal.prompts());

        ScriptedTerminal byValue = ScriptedTerminal.replying(" BALANCE ");
        assertEquals(Optional.of("balance"), new Asker(Answers.empty(), byValue, false, Lang.EN).answer(METHOD));
    }

    @Test
    void questionMarkShowsHelpAndAcceptedAnswers() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("?", "no");
        Asker asker = new Asker(Answers.empty(), terminal, false, Lang.EN);

        assertEquals(Optional.of("no"), asker.answer(BALANCE));
        assertEquals(List.of("Pending payments are not part of the available balance.", "Accepted answers: yes or no."),
                terminal.printed());
    }

    @Test
    void chinesePromptsAndRetryMessages() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("也许", "？", "是");
        Asker asker = new Asker(Answers.empty(), terminal, false, Lang.ZH);

        assertEquals(Optional.of("yes"), asker.answer(BALANCE));
        assertEquals("可用余额是否不少于付款金额？ [是/否] （输入 ? 查看帮助）：", terminal.prompts().get(0));
        assertEquals(List.of("无法识别：应为：是 或 否（也可输入 yes/no）。输入 ? 查看帮助。",
                "余额显示在钱包首页。", "可接受的回答：是 或 否（也可输入 yes/no）。"), terminal.printed());
    }

    @Test
    void numberAndTextPromptsShowWhatIsExpected() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("1,250.00", "  Card declined ");
        Asker asker = new Asker(Answers.empty(), terminal, false, Lang.EN);

        assertEquals(Optional.of("1250"), asker.answer(AMOUNT));
        assertEquals(Optional.of("Card declined"), asker.answer(ERROR));
        assertEquals(List.of("How much was it? [0.01-50000]: ", "What did the error say?: "), terminal.prompts());
    }

    @Test
    void endOfInputWhileAskingNamesTheQuestionByItsTextAndTheFlagThatAnswersIt() {
        Asker asker = new Asker(Answers.empty(), ScriptedTerminal.replying("perhaps"), false, Lang.EN);

        SupportException e = assertThrows(SupportException.class, () -> asker.answer(BALANCE));

        assertEquals(ExitCode.INPUT_REQUIRED, e.exitCode(), "no answer and none can be asked: the missing-answer code");
        assertEquals("input ended before this question was answered: Is your available balance at least the payment amount?", e.getMessage());
        assertEquals("Answer it without being asked: --answer balance-ok=yes|no", e.hint());
    }

    @Test
    void endOfInputInChineseIsWhollyChinese() {
        Asker asker = new Asker(Answers.empty(), ScriptedTerminal.replying(), false, Lang.ZH);

        SupportException e = assertThrows(SupportException.class, () -> asker.answer(BALANCE));

        assertEquals("还没回答这个问题，输入就结束了：可用余额是否不少于付款金额？", e.getMessage());
        assertFalse(e.getMessage().contains("balance-ok"), "no internal id in the sentence");
    }

    @Test
    void ctrlCFromTheTerminalPropagates() {
        Asker asker = new Asker(Answers.empty(), ScriptedTerminal.replying(ScriptedTerminal.CTRL_C), false, Lang.EN);

        SupportException e = assertThrows(SupportException.class, () -> asker.answer(BALANCE));

        assertEquals(ExitCode.INTERRUPTED, e.exitCode());
        assertTrue(asker.answered().isEmpty());
    }

    @Test
    void aQuestionIsAskedOnlyOnce() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("no", "yes");
        Asker asker = new Asker(Answers.empty(), terminal, false, Lang.EN);

        asker.answer(BALANCE);

        assertEquals(Optional.of("no"), asker.answer(BALANCE));
        assertEquals(1, terminal.unread());
    }

    @Test
    void noInputNeverAsksEvenOnATerminal() {
        ScriptedTerminal terminal = ScriptedTerminal.replying("yes");
        Asker asker = new Asker(Answers.empty(), terminal, true, Lang.EN);

        assertEquals(Optional.empty(), asker.answer(BALANCE));
        assertEquals(List.of(), terminal.prompts());
        assertEquals(List.of(BALANCE), asker.missing());
    }

    @Test
    void missingQuestionsAreCollectedOnceEachInOrder() {
        Asker asker = new Asker(answers("method=card"), ScriptedTerminal.notInteractive(), false, Lang.EN);

        asker.answer(BALANCE);
        asker.answer(METHOD);
        asker.answer(AMOUNT);
        asker.answer(BALANCE);

        assertEquals(List.of(BALANCE, AMOUNT), asker.missing());
        assertEquals(Map.of("method", "card"), asker.answered());
    }

    @Test
    void missingAnswersFailWithReadyToCopyOptions() {
        Asker asker = new Asker(Answers.empty(), ScriptedTerminal.notInteractive(), false, Lang.EN);
        List.of(BALANCE, METHOD, AMOUNT, ERROR).forEach(asker::answer);

        SupportException e = assertThrows(SupportException.class, asker::requireNoneMissing);

        assertEquals(ExitCode.INPUT_REQUIRED, e.exitCode());
        assertEquals("4 questions need answers, and they cannot be asked because there is no terminal", e.getMessage());
        assertEquals(List.of(
                "  --answer balance-ok=yes|no           Is your available balance at least the payment amount?",
                "  --answer method=card|bank|balance    How did you pay?",
                "  --answer amount=<number>             How much was it?",
                "  --answer error-text=<text>           What did the error say?"), e.details());
        assertEquals("Pass the answers with --answer ID=VALUE (repeatable) or in a file with --answers FILE,"
                + " or run the command on a terminal without --no-input.", e.hint());
    }

    @Test
    void oneMissingAnswerWithNoInputSaysSo() {
        Asker asker = new Asker(Answers.empty(), ScriptedTerminal.replying(), true, Lang.EN);
        asker.answer(BALANCE);

        SupportException e = assertThrows(SupportException.class, asker::requireNoneMissing);

        assertEquals("1 question needs an answer, and it cannot be asked because --no-input was given", e.getMessage());
        assertEquals(List.of("  --answer balance-ok=yes|no    Is your available balance at least the payment amount?"),
                e.details());
    }

    @Test
    void missingAnswersInChinese() {
        Asker asker = new Asker(Answers.empty(), NoTerminal.INSTANCE, false, Lang.ZH);
        asker.answer(METHOD);

        SupportException e = assertThrows(SupportException.class, asker::requireNoneMissing);

        assertEquals("有 1 个问题需要回答，但无法提问：没有可交互的终端", e.getMessage());
        assertEquals(List.of("  --answer method=card|bank|balance    你用什么方式付款？"), e.details());
        assertTrue(e.hint().contains("--answers FILE"), e.hint());
    }

    @Test
    void nothingMissingPassesTheCheck() {
        Asker asker = new Asker(answers("balance-ok=no"), NoTerminal.INSTANCE, true, Lang.EN);
        asker.answer(BALANCE);

        assertDoesNotThrow(asker::requireNoneMissing);
        assertEquals(List.of(), asker.missing());
    }

    @Test
    void answeredIsAnOrderedSnapshot() {
        Asker asker = new Asker(answers("method=card", "balance-ok=no"), NoTerminal.INSTANCE, false, Lang.EN);
        asker.answer(BALANCE);
        asker.answer(METHOD);

        Map<String, String> answered = asker.answered();

        assertEquals(List.of("balance-ok", "method"), List.copyOf(answered.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> answered.put("x", "y"));
    }

    @Test
    void noTerminalCannotRead() {
        assertEquals(false, NoTerminal.INSTANCE.interactive());
        assertThrows(IllegalStateException.class, () -> NoTerminal.INSTANCE.readLine("? "));
        assertThrows(IllegalStateException.class, () -> NoTerminal.INSTANCE.readSecret("? "));
    }

    private static Answers answers(String... flags) {
        return Answers.fromFlags(List.of(flags), Lang.EN);
    }
}
