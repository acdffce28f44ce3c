package okpay.support.contact.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.contact.Channel;
import okpay.support.contact.ChannelsReader;
import okpay.support.contact.redact.CardNumbers;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.TopicsReader;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code contact draft} through the CLI: the channel per topic, the message in both languages, validation. */
class ContactDraftTest {
    /** The contact sections as the golden files were recorded with; the expectations below follow from it. */
    static final String KB_FILE = "contact.yaml";
    static final KnowledgeBase KB = Fixtures.load(KB_FILE);

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(CliRunner.Result result) throws IOException {
        assertEquals(0, result.exitCode(), result.toString());
        return JSON.std.mapFrom(result.out());
    }

    /** topic, language, the channel chosen: the best-ranked one that takes written messages. */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({"funds,en,website", "funds,zh,website", "security,en,email", "security,zh,email", "technical,en,website",
        "technical,zh,website", "mistake,en,website", "mistake,zh,website", "feedback,en,website", "feedback,zh,website"})
    void eachTopicGetsAWrittenChannelAndAFullTemplate(String topic, String language, String channel) throws IOException {
        Lang lang = Lang.parse(language);
        Map<String, Object> draft = json(Fixtures.run(KB_FILE, "contact", "draft", "--topic", topic, "--lang", language, "--format", "json"));

        @SuppressWarnings("unchecked")
        Map<String, Object> chosen = (Map<String, Object>) draft.get("channel");
        assertEquals(channel, chosen.get("id"));
        assertEquals(channel(channel).name().get(lang), chosen.get("name"));
        int rank = ((Number) chosen.get("rank")).intValue();
        assertEquals(TopicsReader.find(KB, topic).orElseThrow().channels().indexOf(channel) + 1, rank);
        assertEquals(rank > 1, chosen.containsKey("note"), "a note names the better-ranked channel that takes no letters");
        assertEquals(channel(channel).values().size(), ((List<?>) chosen.get("addresses")).size());

        String subject = (String) draft.get("subject");
        assertEquals("[" + TopicsReader.find(KB, topic).orElseThrow().name().get(lang) + "]", subject, "nothing else given, nothing dangles");
        String body = (String) draft.get("body");
        for (TicketField field : KB.get(TicketReader.SECTION).fields()) {
            assertTrue(body.contains(field.label().get(lang)), field.id() + " in " + body);
            assertTrue(body.contains(field.placeholder().get(lang)), field.id() + " placeholder in " + body);
        }
        assertEquals(TicketFact.templateLines().stream().map(TicketFact::id).toList(), ((List<?>) draft.get("missing")).stream().map(f -> ((Map<?, ?>) f).get("id")).toList());
        assertEquals(KB.get(TicketReader.SECTION).attachments().stream().map(t -> t.get(lang)).toList(), draft.get("attachments"));
        assertEquals(KB.get(TicketReader.SECTION).rules().stream().map(t -> t.get(lang)).toList(), draft.get("advice"));
        assertNull(draft.get("warnings"), "an empty list is left out");
    }

    @Test
    void givenFactsFillTheMessageInEnglish() {
        CliRunner.Result result = Fixtures.run(KB_FILE, "contact", "draft", "--topic", "technical", "--account", "alice@example.com",
                "--tx-id", "TX-20250308-0042", "--amount", "1,250.50", "--currency", "hkd", "--time", "2025-03-08 14:20 UTC+8",
                "--error", "E1004", "--device", "Pixel 8, Android 15, OKPay 5.2", "--message", "The app closes when I open the card page.",
                "--tried", "restarted the app", "--tried", "reinstalled it");

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err());
        String out = result.out();
        assertTrue(out.startsWith("Send it with: Official website\n  Official website takes written messages; it is number 1 of the channels for Technical problems.\n"), out);
        assertTrue(out.contains("\nSubject: [Technical problems] E1004 (transaction TX-20250308-0042)\n"), out);
        assertTrue(out.contains("""
                Hello, support team,

                Account: alice@example.com
                Transaction ID: TX-20250308-0042
                Date and time: 2025-03-08 14:20 UTC+8
                Amount: 1,250.50 HKD
                Error message: E1004
                Device and app version: Pixel 8, Android 15, OKPay 5.2
                What happened: The app closes when I open the card page.
                Steps already tried:
                - restarted the app
                - reinstalled it
                """), out);
        assertFalse(out.contains("Fill in the [bracketed] fields"), "nothing is missing");
        assertTrue(out.contains("\nBefore you send\n  • One problem per ticket"), out);
    }

    @Test
    void chineseDraftForTheSecurityTopicGoesByEmail() {
        CliRunner.Result result = Fixtures.run(KB_FILE, "contact", "draft", "--topic", "security", "--lang", "zh", "--tx-id", "TX-1");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("发送渠道：电子邮件\n"), result.out());
        assertTrue(result.out().contains("  security@okpay.example  账户安全"), result.out());
        assertTrue(result.out().contains("情况紧急？“账户安全”类问题首选客服热线：okpay-support contact --topic security"), result.out());
        assertTrue(result.out().contains("\n主题：[账户安全]（交易号 TX-1）\n"), result.out());
        assertTrue(result.out().contains("\n客服您好：\n\n账户：【注册邮箱或用户 ID】\n交易号：TX-1\n"), result.out());
        assertTrue(result.out().contains("\n发送前请补全【】中的内容\n  • 账户\n"), result.out());
    }

    @Test
    void jsonShapeAndOnlyTheDocumentOnStdout() throws IOException {
        CliRunner.Result result = Fixtures.run(KB_FILE, "contact", "draft", "--topic", "funds", "--message", "my SMS code is 483920",
                "--format", "json");
        Map<String, Object> draft = json(result);
        assertEquals(List.of("channel", "subject", "body", "attachments", "missing", "warnings", "advice"), new ArrayList<>(draft.keySet()));
        assertEquals(List.of("id", "name", "rank", "why", "note", "addresses"), new ArrayList<>(((Map<?, ?>) draft.get("channel")).keySet()));
        assertEquals(Map.of("id", "account", "label", "Account"), ((List<?>) draft.get("missing")).get(0));
        assertEquals(1, ((List<?>) draft.get("warnings")).size());
        assertTrue(result.err().startsWith("warning: One-time codes removed: 1."), result.err());
    }

    /** flag, value, the secret that must vanish, what the body shows instead, a phrase of the stderr warning. */
    static Stream<Arguments> secrets() {
        return Stream.of(
                Arguments.of("--time", "4111 1111 1111 1111", "4111 1111 1111 1111", "411111******1111", "Card numbers shortened"),
                Arguments.of("--message", "I paid with 5500-0000-0000-0004 and it failed", "5500-0000-0000-0004", "550000******0004", "Card numbers shortened"),
                Arguments.of("--error", "declined for card 4012888888881881", "4012888888881881", "401288******1881", "Card numbers shortened"),
                Arguments.of("--account", "card 378282246310005", "378282246310005", "378282*****0005", "Card numbers shortened"),
                Arguments.of("--device", "iPhone, card 6011111111111117 saved", "6011111111111117", "601111******1117", "Card numbers shortened"),
                Arguments.of("--tried", "paid again with 4242424242424242", "4242424242424242", "424242******4242", "Card numbers shortened"),
                Arguments.of("--amount", "4111111111111111", "4111111111111111", "411111******1111", "Card numbers shortened"),
                Arguments.of("--message", "My verification code is 483920, please check", "483920", "[removed]", "One-time codes removed"),
                Arguments.of("--message", "短信验证码：662211，钱还没到账", "662211", "[removed]", "One-time codes removed"),
                Arguments.of("--message", "OTP 90817263 arrived late", "90817263", "[removed]", "One-time codes removed"),
                Arguments.of("--message", "my password is Tr0ub4dor&3 and it stopped working", "Tr0ub4dor&3", "[removed]", "Passwords or PINs removed"),
                Arguments.of("--message", "支付密码是135790，一直提示错误", "135790", "[removed]", "Passwords or PINs removed"),
                Arguments.of("--message", "PIN 4455 was rejected", "4455", "[removed]", "Passwords or PINs removed"),
                Arguments.of("--message", "my seed phrase is abandon ability able about above absent absorb abstract absurd abuse access accident",
                        "abandon ability able about", "[removed]", "Seed phrases or private keys removed"),
                Arguments.of("--message", "助记词：apple banana cherry dragon eagle falcon garden harbor island jungle kettle lemon",
                        "apple banana cherry", "[removed]", "Seed phrases or private keys removed"),
                Arguments.of("--message", "card 4111111111111111 with CVV 123", "CVV 123", "[removed]", "Card security codes (CVV) removed"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("secrets")
    void secretsNeverPassThrough(String flag, String value, String secret, String shown, String warning) {
        for (String format : List.of("text", "json", "yaml")) {
            CliRunner.Result result = Fixtures.run(KB_FILE, "contact", "draft", "--topic", "funds", flag, value, "--format", format);
            assertEquals(0, result.exitCode(), result.toString());
            assertFalse(result.out().contains(secret), format + " stdout keeps the secret: " + result.out());
            assertFalse(result.err().contains(secret), "stderr keeps the secret: " + result.err());
            assertTrue(result.out().contains(shown), result.out());
            assertTrue(result.err().lines().anyMatch(l -> l.startsWith("warning: " + warning)), result.err());
        }
    }

    @Test
    void aCardNumberInARejectedAmountIsNotEchoed() {
        CliRunner.Result result = Fixtures.run(KB_FILE, "contact", "draft", "--topic", "funds", "--amount", "4111 1111 1111 1111");
        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertEquals("error: --amount must be a number such as 120.00, got \"411111******1111\"\n"
                + "hint: give the amount alone and the currency with --currency, for example --amount 1,250.50 --currency USD\n", result.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--amount 12abc|2|error: --amount must be a number such as 120.00, got \"12abc\"",
        "--amount -5|2|error: --amount must be a number",
        "--currency dollars|2|error: --currency must be a three-letter code, got \"dollars\"",
        "--currency US1|2|error: --currency must be a three-letter code",
        "--topic fund|3|error: no topic 'fund'\\nhint: did you mean 'funds'? topics: funds (",
        "--topic nothing-like-it|3|error: no topic 'nothing-like-it'\\nhint: topics: funds (",
        "--topic 4111111111111111|3|error: no topic '411111******1111'",
        "|2|error: Missing required option: '--topic=TOPIC'"})
    void badInputIsAUsageOrNotFoundError(String args, int exit, String err) {
        List<String> command = new ArrayList<>(List.of("contact", "draft"));
        if (args != null) {
            command.addAll(List.of(args.split(" ")));
        }
        if (!command.contains("--topic")) {
            command.addAll(args == null ? List.of() : List.of("--topic", "funds"));
        }
        CliRunner.Result result = Fixtures.run(KB_FILE, command.toArray(String[]::new));
        assertEquals(exit, result.exitCode(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith(err.replace("\\n", "\n")), result.err());
    }

    @ParameterizedTest
    @CsvSource({"25,25", "25.00,25.00", "1250.5,1250.5", "'1,250.50','1,250.50'", "'25,50','25,50'"})
    void plainNumbersAreAmounts(String amount, String shown) {
        CliRunner.Result result = Fixtures.run(KB_FILE, "contact", "draft", "--topic", "funds", "--amount", amount, "--currency", "eur");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("\nAmount: " + shown + " EUR\n"), result.out());
    }

    /** Random valid card numbers (fixed seed) in random fields and spellings: only the masked form ever shows. */
    @TestFactory
    List<DynamicTest> generatedCardNumbersAreAlwaysMasked() {
        Random random = new Random(7);
        // Not --tx-id: a transaction id is kept as typed (transactionIdsAreNeverMasked).
        String[] flags = {"--message", "--error", "--account", "--device", "--tried", "--time"};
        String[] sentences = {"%s", "paid with %s", "卡号%s被拒", "card %s, charged twice", "(%s)"};
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String digits = luhnCard(random, 15 + random.nextInt(2));
            String written = spaced(digits, random);
            String flag = flags[random.nextInt(flags.length)];
            String value = String.format(sentences[random.nextInt(sentences.length)], written);
            String lang = random.nextBoolean() ? "zh" : "en";
            String format = new String[] {"text", "json", "yaml"}[random.nextInt(3)];
            tests.add(DynamicTest.dynamicTest(flag + " " + value, () -> {
                CliRunner.Result result = Fixtures.run(KB_FILE, "contact", "draft", "--topic", "mistake", flag, value, "--lang", lang, "--format", format);
                assertEquals(0, result.exitCode(), result.toString());
                String all = (result.out() + result.err()).replaceAll("[\\s-]", "");
                assertFalse(all.contains(digits), "card digits survived: " + result);
                assertTrue(result.out().contains(CardNumbers.masked(digits)), result.out());
                assertTrue(result.err().startsWith(lang.equals("zh") ? "警告：" : "warning: "), result.err());
            }));
        }
        return tests;
    }

    private static String luhnCard(Random random, int length) {
        StringBuilder card = new StringBuilder(random.nextBoolean() ? "4" : "5" + (1 + random.nextInt(5)));
        while (card.length() < length - 1) {
            card.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (CardNumbers.luhn(card.toString() + check)) {
                return card.append(check).toString();
            }
        }
        throw new IllegalStateException("no check digit");
    }

    private static String spaced(String digits, Random random) {
        String separator = new String[] {"", " ", "-"}[random.nextInt(3)];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 4) {
            out.append(i == 0 ? "" : separator).append(digits, i, Math.min(digits.length(), i + 4));
        }
        return out.toString();
    }

    private static Channel channel(String id) {
        return KB.get(ChannelsReader.SECTION).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
