package okpay.support.contact.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okpay.support.i18n.Lang;
import okpay.support.kb.Text;
import org.junit.jupiter.api.Test;

class TicketDrafterTest {
    static final List<TicketField> FIELDS = List.of(
            field("account", "账户", "Account", "你的用户 ID 或邮箱", "your user ID or email"),
            field("tx-id", "交易号", "Transaction ID", "交易详情里的交易号", "the ID in the transaction details"),
            field("time", "时间", "Date and time", "日期、时间和时区", "date, time and time zone"),
            field("amount", "金额", "Amount", "金额和币种", "amount and currency"),
            field("error", "错误提示", "Error message or code", "原样抄下的错误提示", "the exact error text or code"),
            field("device", "设备", "Device and app version", "手机型号、系统和 App 版本", "phone, OS and app version"),
            field("what-happened", "经过", "What happened", "简单描述发生了什么", "a short description"),
            field("steps-tried", "已尝试", "Steps already tried", "你已经试过的办法", "what you already tried"));
    static final TicketTemplate TEMPLATE = new TicketTemplate(
            new Text("{topic}：{tx_id}（{error}）", "{topic} – {tx_id} – {error}"),
            FIELDS,
            List.of(new Text("错误提示截图", "A screenshot of the error"),
                    new Text("交易详情截图", "A screenshot of the transaction details")),
            List.of(new Text("一张工单只写一个问题。", "One problem per ticket.")));
    static final Text PAYMENT_FAILED = new Text("付款失败", "Payment failed");

    static TicketFacts complete(List<String> steps) {
        return facts("payment-failed", PAYMENT_FAILED, "alice@example.com", "TX-20261125-0042", "25.00",
                "usd", "2026-11-25 14:03 UTC+8", "card_declined", "iPhone 15, iOS 18.1, OKPay 5.2.0",
                "The payment to a shop was declined twice.", steps);
    }

    @Test
    void completeEnglishDraft() {
        TicketDraft draft = new TicketDrafter(TEMPLATE, Lang.EN)
                .draft(complete(List.of("Restarted the app", "Tried another network")), "in-app-chat");

        assertEquals("in-app-chat", draft.channel());
        assertEquals("Payment failed – TX-20261125-0042 – card_declined", draft.subject());
        assertEquals("""
                Hello, support team,

                Account: alice@example.com
                Transaction ID: TX-20261125-0042
                Date and time: 2026-11-25 14:03 UTC+8
                Amount: 25.00 USD
                Error message or code: card_declined
                Device and app version: iPhone 15, iOS 18.1, OKPay 5.2.0
                What happened: The payment to a shop was declined twice.
                Steps already tried:
                - Restarted the app
                - Tried another network

                Attachments:
                - A screenshot of the error
                - A screenshot of the transaction details

                Thank you.
                """, draft.body());
        assertEquals(List.of("A screenshot of the error", "A screenshot of the transaction details"),
                draft.attachments());
        assertEquals(List.of(), draft.missing());
        assertEquals(List.of(), draft.warnings());
    }

    @Test
    void completeChineseDraft() {
        TicketDraft draft = new TicketDrafter(TEMPLATE, Lang.ZH)
                .draft(complete(List.of("重启了 App", "换了网络")), "email");

        assertEquals("付款失败：TX-20261125-0042（card_declined）", draft.subject());
        assertEquals("""
                客服您好：

                账户：alice@example.com
                交易号：TX-20261125-0042
                时间：2026-11-25 14:03 UTC+8
                金额：25.00 USD
                错误提示：card_declined
                设备：iPhone 15, iOS 18.1, OKPay 5.2.0
                经过：The payment to a shop was declined twice.
                已尝试：
                - 重启了 App
                - 换了网络

                附件：
                - 错误提示截图
                - 交易详情截图

                谢谢！
                """, draft.body());
        assertEquals(List.of("错误提示截图", "交易详情截图"), draft.attachments());
    }

    @Test
    void absentFactsBecomePlaceholdersAndAreListedAsMissing() {
        TicketFacts facts = facts("payment-failed", PAYMENT_FAILED, null, " ", null, "USD", null, null,
                null, "It failed.", null);

        TicketDraft en = new TicketDrafter(TEMPLATE, Lang.EN).draft(facts, "email");
        TicketDraft zh = new TicketDrafter(TEMPLATE, Lang.ZH).draft(facts, "email");

        assertEquals(List.of("account", "tx-id", "time", "amount", "error", "device", "steps-tried"),
                en.missing().stream().map(TicketDraft.MissingField::id).toList());
        assertEquals(en.missing().stream().map(TicketDraft.MissingField::id).toList(),
                zh.missing().stream().map(TicketDraft.MissingField::id).toList());
        assertEquals("Account", en.missing().get(0).label(), "labels in the user's language");
        assertEquals("Payment failed", en.subject());
        assertEquals("付款失败", zh.subject());
        assertTrue(en.body().contains("\nAccount: [your user ID or email]\n"), en.body());
        assertTrue(en.body().contains("\nAmount: [amount and currency]\n"), "a currency alone is not an amount");
        assertTrue(en.body().contains("\nSteps already tried: [what you already tried]\n"), en.body());
        assertTrue(zh.body().contains("\n账户：【你的用户 ID 或邮箱】\n"), zh.body());
        assertTrue(zh.body().contains("\n经过：It failed.\n"), zh.body());
    }

    @Test
    void subjectDropsPlaceholdersWithoutValuesCleanly() {
        TicketFacts onlyError = facts("payment-failed", PAYMENT_FAILED, null, null, null, null, null,
                "E51", null, null, List.of());

        assertEquals("Payment failed – E51", new TicketDrafter(TEMPLATE, Lang.EN).draft(onlyError, "x").subject());
        assertEquals("付款失败（E51）", new TicketDrafter(TEMPLATE, Lang.ZH).draft(onlyError, "x").subject());
    }

    @Test
    void subjectLeavesOutUnknownPlaceholdersAndFallsBackWhenEmpty() {
        TicketTemplate odd = new TicketTemplate(new Text("{tx_id}", "{topic} [{foo}] {tx_id}"), FIELDS, null, null);
        TicketFacts facts = facts("payment-failed", null, null, "TX-1", null, null, null, null, null,
                null, List.of());
        TicketFacts none = facts(null, null, null, null, null, null, null, null, null, null, List.of());

        assertEquals("payment-failed TX-1", new TicketDrafter(odd, Lang.EN).draft(facts, "x").subject());
        assertEquals("Support request", new TicketDrafter(odd, Lang.EN).draft(none, "x").subject());
        assertEquals("客服请求", new TicketDrafter(odd, Lang.ZH).draft(none, "x").subject());
    }

    @Test
    void secretsAreRemovedEverywhereAndExplainedOnce() {
        TicketFacts facts = facts("payment-failed", PAYMENT_FAILED, "alice, password: hunter2, card 4111 1111 1111 1111",
                "1234567890128", "25", "USD", null, "CVV 123", null,
                "Card 4111-1111-1111-1111 was declined.\n我的助记词是 abandon ability able about above absent absorb"
                        + " abstract absurd abuse access accident",
                List.of("Entered the SMS code 483920", "验证码是 907731"));

        TicketDraft draft = new TicketDrafter(TEMPLATE, Lang.EN).draft(facts, "email");
        String all = draft.subject() + "\n" + draft.body();

        for (String secret : List.of("4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "hunter2",
                "483920", "907731", "CVV 123", "abandon", "accident")) {
            assertFalse(all.contains(secret), () -> secret + " leaked into:\n" + all);
        }
        // A transaction id is never masked, even when it passes the Luhn check like this one.
        assertEquals("Payment failed – 1234567890128 – CVV [removed]", draft.subject());
        assertTrue(draft.body().contains("\nWhat happened: Card 411111******1111 was declined.\n  我的助记词是 [removed]\n"),
                draft.body());
        assertTrue(draft.body().contains("\n- Entered the SMS code [removed]\n- 验证码是 [removed]\n"), draft.body());
        assertEquals(List.of(
                "Card numbers shortened to the first 6 and last 4 digits: 2. Support never needs a full card number.",
                "One-time codes removed: 2. Never share a one-time code, not even with support.",
                "Passwords or PINs removed: 1. Genuine support never asks for them.",
                "Seed phrases or private keys removed: 1. Whoever has them controls your funds.",
                "Card security codes (CVV) removed: 1. Support never needs them."), draft.warnings());
    }

    @Test
    void warningsAreLocalized() {
        TicketFacts facts = facts(null, null, null, null, null, null, null, null, null,
                "卡号 4111111111111111", List.of());

        TicketDraft draft = new TicketDrafter(TEMPLATE, Lang.ZH).draft(facts, "email");

        assertEquals(List.of("已将 1 个银行卡号缩短为前 6 位和后 4 位：客服从不需要完整卡号。"), draft.warnings());
        assertFalse(draft.body().contains("4111111111111111"));
    }

    @Test
    void stepsSkipBlankEntriesAndValuesStayOnTheirLines() {
        TicketFacts facts = facts(null, null, "bob\r\nInjected: line", null, null, null, null, null, null,
                "First line\r\nSecond line\n\n", Arrays.asList("Restarted", null, "  ", "Waited an hour"));

        TicketDraft draft = new TicketDrafter(TEMPLATE, Lang.EN).draft(facts, "email");

        assertTrue(draft.body().contains("\nAccount: bob Injected: line\n"), draft.body());
        assertTrue(draft.body().contains("\nWhat happened: First line\n  Second line\n"), draft.body());
        assertTrue(draft.body().contains("\nSteps already tried:\n- Restarted\n- Waited an hour\n\n"), draft.body());
        assertFalse(draft.missing().stream().anyMatch(f -> f.id().equals("steps-tried")));
    }

    @Test
    void onlyTheTemplatesFieldsAppear() {
        TicketTemplate short_ = new TicketTemplate(new Text("{topic}", "{topic}"),
                List.of(FIELDS.get(0), FIELDS.get(6)), List.of(), List.of());

        TicketDraft draft = new TicketDrafter(short_, Lang.EN).draft(complete(List.of("x")), "email");

        assertEquals("""
                Hello, support team,

                Account: alice@example.com
                What happened: The payment to a shop was declined twice.

                Thank you.
                """, draft.body());
        assertEquals(List.of(), draft.attachments());
    }

    private static TicketField field(String id, String zh, String en, String zhPlaceholder, String enPlaceholder) {
        return new TicketField(TicketFact.of(id), new Text(zh, en), new Text(zhPlaceholder, enPlaceholder));
    }

    /** Facts in the order a ticket form asks for them; null for a fact not given. */
    static TicketFacts facts(String topicId, Text topicName, String account, String txId, String amount, String currency,
            String time, String error, String device, String whatHappened, List<String> steps) {
        Map<TicketFact, String> values = new EnumMap<>(TicketFact.class);
        values.put(TicketFact.ACCOUNT, account);
        values.put(TicketFact.TX_ID, txId);
        values.put(TicketFact.AMOUNT, amount);
        values.put(TicketFact.CURRENCY, currency);
        values.put(TicketFact.TIME, time);
        values.put(TicketFact.ERROR, error);
        values.put(TicketFact.DEVICE, device);
        values.put(TicketFact.WHAT_HAPPENED, whatHappened);
        return new TicketFacts(topicId, topicName, values, steps);
    }
}
