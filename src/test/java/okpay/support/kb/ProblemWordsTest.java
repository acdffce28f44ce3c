package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import okpay.support.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a problem is about, said in Chinese: nouns translated, ids and keys as written, "的" after an id. */
class ProblemWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "knowledge base|知识库必须是列表",
        "flow 'payment-failed' question 'amount' choice|流程 'payment-failed' 的问题 'amount' 的选项必须是列表",
        "faq 'funds-not-received' title|常见问题 'funds-not-received' 的 title 必须是列表",
        "security check id|安全检查项编号必须是列表",
        "hotline no_hotline|hotline no_hotline 必须是列表",
        "verify free_mail_domains item|verify free_mail_domains 条目必须是列表",
        "decline code 'fraudulent' agent reason|拒绝代码 'fraudulent' 的 agent reason 必须是列表"})
    void aSubjectIsSaidInChinese(String english, String chinese) {
        assertEquals(chinese, ProblemWords.say(Lang.ZH, "must-be-list", new Subject(english)));
        assertEquals(english + " must be a list", ProblemWords.say(Lang.EN, "must-be-list", new Subject(english)));
    }

    @Test
    void noSpaceIsLeftBetweenChineseWordsAndAHintFollowsInChinese() {
        assertEquals("知识库中有未知的键 'safety_tip'（您是不是要找 'safety_tips'？）", ProblemWords.say(Lang.ZH, "unknown-key.in", "safety_tip",
                new Subject("knowledge base"), ProblemWords.didYouMean(Lang.ZH, "safety_tip", List.of("safety_tips", "faqs"))));
        assertEquals("unknown key 'safety_tip' in knowledge base (did you mean 'safety_tips'?)", ProblemWords.say(Lang.EN, "unknown-key.in",
                "safety_tip", new Subject("knowledge base"), ProblemWords.didYouMean(Lang.EN, "safety_tip", List.of("safety_tips", "faqs"))));
    }
}
