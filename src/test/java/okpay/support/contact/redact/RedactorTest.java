package okpay.support.contact.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okpay.support.contact.redact.RedactionNote.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    /** Input, expected output, expected notes as "KIND=count" joined by ", " (empty: nothing removed). */
    static Stream<Arguments> cases() {
        return Stream.of(
                // Card numbers: contiguous, spaced, dashed, grouped like Amex, 13 to 19 digits, full-width.
                row("My card is 4111 1111 1111 1111, please help", "My card is 411111******1111, please help",
                        "CARD_MASKED=1"),
                row("card 4111-1111-1111-1111 expired", "card 411111******1111 expired", "CARD_MASKED=1"),
                row("卡号4111111111111111，谢谢", "卡号411111******1111，谢谢", "CARD_MASKED=1"),
                row("Amex 3782 822463 10005", "Amex 378282*****0005", "CARD_MASKED=1"),
                row("two cards 5555555555554444 and 378282246310005",
                        "two cards 555555******4444 and 378282*****0005", "CARD_MASKED=2"),
                row("old Visa 4222222222222", "old Visa 422222***2222", "CARD_MASKED=1"),
                row("银联卡 6212345678901234569", "银联卡 621234*********4569", "CARD_MASKED=1"),
                row("Discover 6011 0009 9013 9424.", "Discover 601100******9424.", "CARD_MASKED=1"),
                row("全角４１１１１１１１１１１１１１１１", "全角411111******1111", "CARD_MASKED=1"),
                row("2026-11-25 4111 1111 1111 1111", "2026-11-25 411111******1111", "CARD_MASKED=1"),
                // Long numbers that are not cards stay: Luhn fails, too long, or part of an identifier.
                row("order 4111111111111112", "order 4111111111111112", ""),
                row("reference 1234567890123", "reference 1234567890123", ""),
                row("ref 1234567890123456789012", "ref 1234567890123456789012", ""),
                row("id 2026112500420042 failed", "id 2026112500420042 failed", ""),
                row("TX-4111111111111111", "TX-4111111111111111", ""),
                // One-time codes, English and Chinese, before or after their word.
                row("Your verification code is 483920", "Your verification code is [removed]",
                        "ONE_TIME_CODE_REMOVED=1"),
                row("483920 is your OKPay verification code", "[removed] is your OKPay verification code",
                        "ONE_TIME_CODE_REMOVED=1"),
                row("验证码是483920，请勿泄露", "验证码是[removed]，请勿泄露", "ONE_TIME_CODE_REMOVED=1"),
                row("动态码：123 456。", "动态码：[removed]。", "ONE_TIME_CODE_REMOVED=1"),
                row("校验码 9921", "校验码 [removed]", "ONE_TIME_CODE_REMOVED=1"),
                row("2FA 12345678", "2FA [removed]", "ONE_TIME_CODE_REMOVED=1"),
                row("The SMS code I got was 0417", "The SMS code I got was [removed]", "ONE_TIME_CODE_REMOVED=1"),
                row("Your OTP for the payment of 1000 USD is 483920",
                        "Your OTP for the payment of 1000 USD is [removed]", "ONE_TIME_CODE_REMOVED=1"),
                row("error code 1004, verification code 123456", "error code 1004, verification code [removed]",
                        "ONE_TIME_CODE_REMOVED=1"),
                // Numbers near "code" that are not one-time codes.
                row("error code 5001 appeared", "error code 5001 appeared", ""),
                row("the promo code 2024 did not work", "the promo code 2024 did not work", ""),
                row("the code expired in 2026", "the code expired in 2026", ""),
                row("I got the code at 14:03 on 2026-11-25", "I got the code at 14:03 on 2026-11-25", ""),
                row("Code sent. Order 5521 was paid", "Code sent. Order 5521 was paid", ""),
                // Passwords and PINs, English and Chinese.
                row("My password is hunter2 and my PIN: 1234", "My password is [removed] and my PIN: [removed]",
                        "PASSWORD_REMOVED=2"),
                row("password \"my secret pass\" ok", "password [removed] ok", "PASSWORD_REMOVED=1"),
                row("pwd=Tr0ub4dor&3", "pwd=[removed]", "PASSWORD_REMOVED=1"),
                row("支付密码是abc123请帮我", "支付密码是[removed]请帮我", "PASSWORD_REMOVED=1"),
                row("登录密码为 Qwerty!23 麻烦查一下", "登录密码为 [removed] 麻烦查一下", "PASSWORD_REMOVED=1"),
                row("密码123456", "密码[removed]", "PASSWORD_REMOVED=1"),
                row("PIN码是8520", "PIN码是[removed]", "PASSWORD_REMOVED=1"),
                // Passwords talked about, not given.
                row("password is incorrect", "password is incorrect", ""),
                row("I reset my password yesterday", "I reset my password yesterday", ""),
                row("支付密码输错了3次", "支付密码输错了3次", ""),
                row("密码是多少", "密码是多少", ""),
                // Card security codes.
                row("CVV 123 and cvc: 4567", "CVV [removed] and cvc: [removed]", "CVV_REMOVED=2"),
                row("安全码是321", "安全码是[removed]", "CVV_REMOVED=1"),
                row("security code is 123", "security code is [removed]", "CVV_REMOVED=1"),
                // Seed phrases and private keys.
                row("my seed phrase is abandon ability able about above absent absorb abstract absurd abuse access"
                        + " accident. thanks", "my seed phrase is [removed]. thanks", "SEED_PHRASE_REMOVED=1"),
                row("私钥是0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318。请帮忙",
                        "私钥是[removed]。请帮忙", "SEED_PHRASE_REMOVED=1"),
                row("recovery phrase:\n1. apple\n2. banana\n3. cherry\n4. dog\n5. egg\n6. fig\n7. grape\n8. hat\n"
                        + "9. ice\n10. jam\n11. kite\n12. lemon\nThanks", "recovery phrase:\n[removed]\nThanks",
                        "SEED_PHRASE_REMOVED=1"),
                row("助记词：abandon ability able about above absent absorb abstract absurd abuse access accident",
                        "助记词：[removed]", "SEED_PHRASE_REMOVED=1"),
                row("I lost my recovery phrase.", "I lost my recovery phrase.", ""),
                // Everyday ticket content stays as written.
                row("Paid 100.00 USD on 2026-11-25 at 14:03 (UTC+8)", "Paid 100.00 USD on 2026-11-25 at 14:03 (UTC+8)",
                        ""),
                row("Transaction TX-20261125-0042 failed", "Transaction TX-20261125-0042 failed", ""),
                row("Amounts 1,000.50 and $1234 and 1000元", "Amounts 1,000.50 and $1234 and 1000元", ""),
                row("call +86 138 1234 5678", "call +86 138 1234 5678", ""),
                // Several kinds at once, each counted.
                row("Card 4111 1111 1111 1111, CVV 123, code 654321",
                        "Card 411111******1111, CVV [removed], code [removed]",
                        "CARD_MASKED=1, ONE_TIME_CODE_REMOVED=1, CVV_REMOVED=1"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void redacts(String input, String expected, String notes) {
        Redaction redaction = redactor.redact(input);

        assertEquals(expected, redaction.text());
        assertEquals(notes, describe(redaction.notes()));
    }

    /** The quick check never lets a secret through: every input the rules change is one it sends to them. */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void theQuickCheckSendsEverySecretToTheRules(String input, String expected, String notes) {
        if (!expected.equals(input)) {
            assertTrue(Redactor.mayHoldSecrets(input), input);
        }
    }

    @Test
    void textWithoutDigitsOrLabelsSkipsTheRules() {
        assertFalse(Redactor.mayHoldSecrets("我的转账还没到账"));
        assertFalse(Redactor.mayHoldSecrets("my transfer hasn't arrived"));
        assertTrue(Redactor.mayHoldSecrets("my password is hunter"));
        assertTrue(Redactor.mayHoldSecrets("助记词是 abandon ability"));
        assertFalse(Redactor.mayHoldSecrets("转账３天, 50 bucks"));
        assertTrue(Redactor.mayHoldSecrets("转账３００"));
        assertTrue(Redactor.mayHoldSecrets("PIN 12"));
    }

    @Test
    void tableIsLargeEnough() {
        assertTrue(cases().count() >= 30, "the table covers at least 30 inputs");
    }

    @Test
    void countsAddUpPerKind() {
        Redaction redaction = redactor.redact("PIN 1234, password: abc, CVV 999");

        assertEquals(2, redaction.count(RedactionNote.Secret.PASSWORD_REMOVED));
        assertEquals(1, redaction.count(RedactionNote.Secret.CVV_REMOVED));
        assertEquals(0, redaction.count(RedactionNote.Secret.CARD_MASKED));
        assertTrue(redaction.changed());
    }

    @Test
    void cleanTextIsReturnedUnchanged() {
        Redaction redaction = redactor.redact("付款失败，提示 card_declined。");

        assertEquals("付款失败，提示 card_declined。", redaction.text());
        assertFalse(redaction.changed());
    }

    private static Arguments row(String input, String expected, String notes) {
        return Arguments.of(input, expected, notes);
    }

    @Test
    void thePlaceholderSpeaksTheUsersLanguage() {
        assertEquals("验证码是 [已隐去]", new Redactor(okpay.support.i18n.Lang.ZH).redact("验证码是 483920").text());
        assertEquals("验证码是 [removed]", new Redactor(okpay.support.i18n.Lang.EN).redact("验证码是 483920").text());
        // Redacting a redacted text again changes nothing, in either language.
        Redactor zh = new Redactor(okpay.support.i18n.Lang.ZH);
        String once = zh.redact("密码是 abc123，助记词：" + "abandon ".repeat(11) + "about").text();
        assertEquals(once, zh.redact(once).text());
        assertFalse(zh.redact(once).changed());
    }

    @Test
    void aValueKindKeepsWhatItsFieldNeeds() {
        Redactor redactor = new Redactor();
        assertEquals("1234567890128", redactor.redact("1234567890128", Redactor.ValueKind.IDENTIFIER).text());
        assertEquals("4111111111111111", redactor.redact("4111111111111111", Redactor.ValueKind.IDENTIFIER).text());
        assertEquals("code 402110", redactor.redact("code 402110", Redactor.ValueKind.ERROR).text());
        assertEquals("code [removed]", redactor.redact("code 402110", Redactor.ValueKind.TEXT).text());
        assertEquals("OTP [removed] rejected", redactor.redact("OTP 483920 rejected", Redactor.ValueKind.ERROR).text());
        assertEquals("ref 7 password: [removed]", redactor.redact("ref 7 password: hunter2", Redactor.ValueKind.IDENTIFIER).text());
    }

    private static String describe(List<RedactionNote> notes) {
        List<String> parts = new ArrayList<>();
        notes.forEach(n -> parts.add(n.kind() + "=" + n.count()));
        return String.join(", ", parts);
    }
}
