package okpay.support.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Terms;
import okpay.support.kb.Text;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranking on the fixture kb/search.yaml: the words users type, typos and all, find the entry they mean, first. */
class FaqSearchTest {
    private static final KnowledgeBase KB = Fixtures.load("search.yaml");
    private static final FaqSearch SEARCH = new FaqSearch(KB.get(FaqReader.SECTION));

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            忘记密码                      | forgot-password
            找回密码                      | forgot-password
            登不上                        | forgot-password
            密码忘了怎么办                 | forgot-password
            forgot password               | forgot-password
            password forgot               | forgot-password
            frogot pasword                | forgot-password
            钱没到账                      | funds-not-received
            转账没到账                    | funds-not-received
            money not arrived             | funds-not-received
            transfer still pending        | funds-not-received
            付款失败                      | declined-transaction
            支付被拒                      | declined-transaction
            payment failed                | declined-transaction
            payment declined              | declined-transaction
            paymnet declnied              | declined-transaction
            转错人了                      | mistaken-transaction
            sent money to the wrong person | mistaken-transaction
            账号被盗                      | account-security-incident
            hacked account                | account-security-incident
            unauthorized transaction      | account-security-incident
            两步验证                      | enable-2fa
            2FA                           | enable-2fa
            闪退                          | app-malfunction
            app keeps crashing            | app-malfunction
            投诉建议                      | give-feedback
            客服电话                      | contact-support
            customer service phone number | contact-support
            交易安全                      | transaction-security
            """)
    void bestResultIsTheEntryMeant(String query, String expectedId) {
        List<FaqSearch.Match> hits = SEARCH.search(query, 5);
        assertTrue(!hits.isEmpty(), "no result for " + query);
        assertEquals(expectedId, hits.get(0).id(), () -> query + " → " + hits.stream().map(h -> h.id() + " " + h.score()).toList());
    }

    @Test
    void scoresAreBetweenZeroAndOneAndSortedBestFirst() {
        for (String query : List.of("password", "密码", "money", "app", "support")) {
            List<FaqSearch.Match> hits = SEARCH.search(query, 20);
            assertTrue(hits.size() >= 2, query);
            for (int i = 0; i < hits.size(); i++) {
                double score = hits.get(i).score();
                assertTrue(score > 0 && score <= 1, query + " " + score);
                if (i > 0) {
                    assertTrue(hits.get(i - 1).score() >= score, query + " is sorted");
                }
            }
        }
    }

    @Test
    void wordOrderDoesNotChangeTheRanking() {
        assertEquals(ids(SEARCH.search("payment declined card", 5)), ids(SEARCH.search("card declined payment", 5)));
    }

    @Test
    void unrelatedWordsFindNothing() {
        assertEquals(List.of(), SEARCH.search("xylophone zebra", 5));
        assertEquals(List.of(), SEARCH.search("   ", 5));
        assertEquals(List.of(), SEARCH.search("the a of", 5));
    }

    @Test
    void limitCapsTheResults() {
        assertEquals(1, SEARCH.search("password", 1).size());
    }

    @Test
    void titleOutranksBodyText() {
        Faq inTitle = faq("a-title", "Refund rules", "Nothing else.");
        Faq inBody = faq("b-body", "Other thing", "Something about refund rules.");
        List<FaqSearch.Match> hits = new FaqSearch(List.of(inBody, inTitle)).search("refund", 5);
        assertEquals(List.of("a-title", "b-body"), ids(hits));
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void typoMatchesScoreBelowExactMatches() {
        Faq faq = faq("x", "Withdrawal times", "How long it takes.");
        FaqSearch search = new FaqSearch(List.of(faq, faq("y", "Other", "Other.")));
        double exact = search.search("withdrawal", 5).get(0).score();
        double typo = search.search("withdrawl", 5).get(0).score();
        assertTrue(typo > 0 && typo < exact, exact + " vs " + typo);
    }

    @Test
    void chineseQueryFindsEntryByItsChineseTextOnly() {
        Faq faq = new Faq("zh-only", new Text("提现多久到账", "Withdrawal times"), new Text("一般三个工作日。", "Usually three days."),
                List.of(), List.of("funds"), "funds", new Terms(List.of("提现"), List.of("withdraw")),
                new Terms(List.of("取钱"), List.of("cash out")), List.of());
        FaqSearch search = new FaqSearch(List.of(faq, faq("other", "Other", "Other.")));
        assertEquals("zh-only", search.search("取钱要多久", 5).get(0).id());
        assertEquals("zh-only", search.search("cash out", 5).get(0).id());
    }

    @Test
    void anExampleQuestionFindsItsEntryWithoutAnyOfItsKeywords() {
        Faq plain = faq("a-plain", "Account limits", "What you can send.");
        Faq asked = new Faq("b-asked", Text.same("Refund rules"), Text.same("How refunds work."), List.of(), List.of("misc"), "funds",
                Terms.NONE, Terms.NONE, List.of(), new Terms(List.of("卖家收了钱就消失了"), List.of("the seller took my money and vanished")), null);
        FaqSearch search = new FaqSearch(List.of(plain, asked));
        assertEquals("b-asked", search.search("seller vanished with the money", 5).get(0).id());
        assertEquals("b-asked", search.search("收了钱人就消失了", 5).get(0).id());
    }

    @Test
    void aChineseTypoThatSoundsLikeTheWordStillFindsIt() {
        // 密马 for 密码 and 体现 for 提现: the same syllables, picked from the wrong line of the input method
        assertEquals("forgot-password", SEARCH.search("密马忘了", 5).get(0).id());
        List<FaqSearch.Match> typo = SEARCH.search("忘记密马", 5);
        List<FaqSearch.Match> right = SEARCH.search("忘记密码", 5);
        assertEquals("forgot-password", typo.get(0).id());
        assertTrue(typo.get(0).score() < right.get(0).score(), typo + " vs " + right);
    }

    @Test
    void durationsAndAmountsMeetWhateverTheirWriting() {
        Faq waited = new Faq("a-waited", Text.same("Waited"), Text.same("Late."), List.of(), List.of("misc"), "funds", Terms.NONE,
                Terms.NONE, List.of(), new Terms(List.of("转了¥300两天了"), List.of()), null);
        Faq other = faq("b-other", "Other thing", "Other text.");
        FaqSearch search = new FaqSearch(List.of(waited, other));
        List<FaqSearch.Match> hits = search.ranked("sent $50, three days ago", 5);
        assertEquals("a-waited", hits.get(0).id());
        assertEquals(List.of("$50", "three days"), hits.get(0).matched());
    }

    @Test
    void theWordsThatMatchedAreGivenAsWritten() {
        FaqSearch.Match best = SEARCH.search("My PAYMENTS were declined!", 5).get(0);
        assertEquals("declined-transaction", best.id());
        assertEquals(List.of("PAYMENTS", "declined"), best.matched());
        assertEquals(List.of("钱没到账"), SEARCH.search("我的钱没到账", 5).get(0).matched());
    }

    @Test
    void aSingleCharacterIsTooWeakToBeAnAnswer() {
        assertFalse(SEARCH.ranked("钱", 5).isEmpty(), "it is shared with entries...");
        assertEquals(List.of(), SEARCH.search("钱", 5), "...but fits none of them");
        assertEquals(List.of(), SEARCH.search("在吗", 5));
    }

    @Test
    void theStoredIndexRanksExactlyAsTheOneBuiltFromTheEntries() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FaqSearch.INDEX.write(SEARCH, out);
        }
        FaqSearch stored = FaqSearch.INDEX.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        for (String query : List.of("钱没到账", "payment declined", "忘记密码", "密马忘了", "2fa", "paymnet faild", "xylophone", "转了¥300三天")) {
            assertEquals(SEARCH.search(query, 5), stored.search(query, 5), query);
        }
    }

    private static Faq faq(String id, String title, String answer) {
        return new Faq(id, new Text(title, title), new Text(answer, answer), List.of(), List.of("misc"), "funds",
                new Terms(List.of("杂项"), List.of("misc")), new Terms(List.of("其他"), List.of("other")), List.of());
    }

    private static List<String> ids(List<FaqSearch.Match> hits) {
        return hits.stream().map(h -> h.id()).toList();
    }
}
