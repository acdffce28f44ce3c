package okpay.support.contact.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code contact verify} beyond the verdict table: output shape, languages, bounds, other knowledge bases. */
class ContactVerifyTest {
    /** The contact sections as the golden files were recorded with: three mailboxes, seven hotlines, a verify section. */
    private static final String KB = "contact.yaml";

    @TempDir
    Path dir;

    @Test
    void jsonHasTheDocumentedFieldsInOrder() throws IOException {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "support@okpay.exarnple", "--format", "json");

        assertEquals(7, result.exitCode(), result.toString());
        Map<String, Object> document = JSON.std.mapFrom(result.out());
        assertEquals(List.of("verdict", "results", "genuine", "neverShare"), new ArrayList<>(document.keySet()));
        assertEquals("lookalike", document.get("verdict"));
        Map<?, ?> json = first(result);
        assertEquals(List.of("input", "kind", "verdict", "caution", "reasons", "official", "advice"), new ArrayList<>(json.keySet()));
        assertEquals("support@okpay.exarnple", json.get("input"));
        assertTrue(json.get("caution").toString().startsWith("The sender of an email can be faked"), json.toString());
        List<?> official = (List<?>) json.get("official");
        assertEquals(Map.of("kind", "email", "value", "support@okpay.example", "label", "General support", "channel", "email"),
                official.get(0));
        Map<?, ?> genuine = (Map<?, ?>) document.get("genuine");
        assertEquals(List.of("email"), new ArrayList<>(genuine.keySet()), "the genuine values of the kinds checked");
        assertEquals(3, ((List<?>) genuine.get("email")).size(), "the three official mailboxes");
        assertTrue(((List<?>) document.get("neverShare")).contains("Your login password or payment PIN"));
    }

    @Test
    void yamlMirrorsJson() throws IOException {
        CliRunner.Result json = Fixtures.run(KB, "contact", "verify", "@OKPay_Support_Sample", "--format", "json");
        CliRunner.Result yaml = Fixtures.run(KB, "contact", "verify", "@OKPay_Support_Sample", "--format", "yaml");
        assertEquals(7, yaml.exitCode());
        Object fromYaml = new Yaml().load(yaml.out());
        assertEquals(JSON.std.anyFrom(json.out()), fromYaml);
    }

    @Test
    void reasonsAndAdviceComeInChinese() throws IOException {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "okpay.kefu@qq.com", "--lang", "zh", "--format", "json");
        Map<?, ?> json = first(result);
        assertEquals("lookalike", json.get("verdict"), "verdict ids stay in English for scripts");
        assertTrue(json.get("reasons").toString().contains("免费邮箱"), json.toString());
        assertTrue(json.get("advice").toString().startsWith("不要使用"), json.toString());
        assertTrue(json.get("caution").toString().startsWith("邮件的发件人可以伪造"), json.toString());
        assertTrue(JSON.std.mapFrom(result.out()).get("neverShare").toString().contains("助记词或私钥"), result.out());

        CliRunner.Result text = Fixtures.run(KB, "contact", "verify", "okpay.kefu@qq.com", "--lang", "zh");
        assertTrue(text.out().startsWith("仿冒渠道：请勿使用  okpay.kefu@qq.com  (邮箱)\n"), text.out());
        assertTrue(text.out().contains("\n官方邮箱\n  support@okpay.example "), text.out());
    }

    @Test
    void textNamesTheVerdictTheGenuineChannelsAndWhatNeverToShare() {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "+1", "555", "0199");

        assertEquals(7, result.exitCode());
        assertTrue(result.out().startsWith("LOOKALIKE: do not use  +1 555 0199  (phone number)\n"), result.out());
        assertTrue(result.out().contains("\nImitates\n  +1-555-0100  United States hotline\n"), result.out());
        assertTrue(result.out().contains("\nGenuine phone numbers\n"), result.out());
        assertTrue(result.out().contains("  +1-555-0106  Chinese mainland hotline\n"), result.out());
        assertTrue(result.out().contains("\nGenuine support never asks for\n  • Your login password or payment PIN\n"), result.out());
    }

    @Test
    void colourMarksTheVerdictOnlyOnATerminal() {
        CliRunner.Result tty = Fixtures.cli(KB).tty(true).run("contact", "verify", "okpay-help.test");
        CliRunner.Result pipe = Fixtures.cli(KB).tty(false).run("contact", "verify", "okpay-help.test");
        assertTrue(tty.out().startsWith("\u001b[1m\u001b[31mLOOKALIKE"), tty.out());
        assertFalse(pipe.out().contains("\u001b"));
    }

    @Test
    void inputIsShownWithControlAndInvisibleCharactersEscaped() throws IOException {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "--format", "json", "\u202Eelpmaxe.yapko");
        assertEquals(7, result.exitCode(), "a direction override is a disguise");
        assertEquals("\\u202eelpmaxe.yapko", first(result).get("input"));
        CliRunner.Result text = Fixtures.run(KB, "contact", "verify", "ok\u200Bpay.example");
        assertTrue(text.out().startsWith("LOOKALIKE: do not use  ok\\u200bpay.example  (domain)"), text.out());
    }

    @Test
    void hugeInputsAreRefusedOrAnsweredQuickly() {
        String huge = "okpay-".repeat(2_000);
        String longest = "https://evil.test/" + "okp4y.".repeat((ContactInput.MAX_LENGTH - 18) / 6);
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            CliRunner.Result refused = Fixtures.run(KB, "contact", "verify", huge);
            assertEquals(2, refused.exitCode());
            assertTrue(refused.err().startsWith("error: the value is 12000 characters long"), refused.err());
            CliRunner.Result answered = Fixtures.run(KB, "contact", "verify", longest);
            assertEquals(8, answered.exitCode(), answered.err());
            assertTrue(answered.out().contains("…"), "the shown input is cut");
        });
    }

    @Test
    void aCardNumberPastedByMistakeIsNeverEchoed() throws IOException {
        CliRunner.Result phoneLike = Fixtures.run(KB, "contact", "verify", "--format", "json", "3782-822463-10005");
        assertEquals(8, phoneLike.exitCode(), "15 digits read as a phone number");
        assertEquals("378282*****0005", first(phoneLike).get("input"));
        CliRunner.Result named = Fixtures.run(KB, "contact", "verify", "Card 4111111111111111 <alice@gmail.com>");
        assertEquals(8, named.exitCode(), named.toString());
        assertTrue(named.out().contains("\"Card 411111******1111\""), named.out());
        assertFalse(named.out().contains("4111111111111111"), named.out());
    }

    @Test
    void aMissingValueIsAUsageError() {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: Missing required parameter: 'VALUE'"), result.err());
    }

    @Test
    void aHandleIsNeverReadAsAnArgumentFile() throws IOException {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "@pom.xml", "--format", "json");
        assertEquals(8, result.exitCode(), result.toString());
        assertEquals("handle", first(result).get("kind"));
    }

    @Test
    void contactWithoutSubcommandStillRanksChannels() {
        CliRunner.Result result = Fixtures.run(KB, "contact", "--topic", "security");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("Account security  act now\n"), result.out());
        assertTrue(Fixtures.run(KB, "contact", "--help").out().contains("verify"), "help lists the subcommands");
    }

    @Test
    void worksWithoutAVerifySectionTakingTheBrandFromTheDomain() throws IOException {
        Path kb = dir.resolve("minimal.yaml");
        Files.writeString(kb, resource("/kb/minimal.yaml"));
        CliRunner runner = new CliRunner().env("OKPAY_SUPPORT_KB", kb.toString());

        assertEquals(0, runner.run("contact", "verify", "SUPPORT@okpay.example").exitCode());
        assertEquals(7, runner.run("contact", "verify", "okpay-help.test").exitCode(), "brand from okpay.example");
        assertEquals(7, runner.run("contact", "verify", "0kpay.example").exitCode(), "one edit away");
        assertEquals(7, runner.run("contact", "verify", "окpay.example").exitCode(), "two edits away, even without a confusable table");
        assertEquals(8, runner.run("contact", "verify", "kefu@qq.com").exitCode(), "no free-mail or claim lists, so only unknown");
        assertEquals(7, runner.run("contact", "verify", "okpay.kefu@qq.com").exitCode(), "the brand in a mailbox elsewhere");
    }

    @Test
    void internationalisedOfficialDomainsMatchInBothForms() throws IOException {
        Path kb = dir.resolve("idn.yaml");
        Files.writeString(kb, resource("/kb/minimal.yaml").replace("official_domains: [okpay.example]",
                "official_domains: [okpay.example, 支付.example]"));
        CliRunner runner = new CliRunner().env("OKPAY_SUPPORT_KB", kb.toString());

        assertEquals(0, runner.run("contact", "verify", "支付.example").exitCode());
        assertEquals(0, runner.run("contact", "verify", "https://www.XN--BNQ875C.example/").exitCode(), "punycode form");
        assertEquals(0, runner.run("contact", "verify", "support@支付.example").exitCode(), "mailbox on an official domain");
    }

    /** Generated respellings of official values: case, spaces, www, trailing dots, phone punctuation; all official. */
    @TestFactory
    List<DynamicTest> respellingsOfOfficialValuesStayOfficial() {
        Random random = new Random(20250308);
        String[] bases = {"support@okpay.example", "okpay.example", "https://www.okpay.example/support/ticket", "@OKPayWalletSample"};
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String value = respell(bases[i % bases.length], random);
            tests.add(DynamicTest.dynamicTest(value, () -> assertEquals(0, Fixtures.run(KB, "contact", "verify", value).exitCode())));
        }
        for (int i = 0; i < 8; i++) {
            String value = phone(random);
            tests.add(DynamicTest.dynamicTest(value, () -> assertEquals(0, Fixtures.run(KB, "contact", "verify", value).exitCode())));
        }
        return tests;
    }

    /** Generated one-character typos of the official domain (swap, drop, add, replace): all lookalikes. */
    @TestFactory
    List<DynamicTest> oneCharacterTyposOfTheDomainAreLookalikes() {
        Random random = new Random(42);
        String domain = "okpay.example";
        String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        List<DynamicTest> tests = new ArrayList<>();
        while (tests.size() < 30) {
            int at = random.nextInt(domain.length() - 1);
            if (domain.charAt(at) == '.' || domain.charAt(at + 1) == '.') {
                continue;
            }
            char c = letters.charAt(random.nextInt(letters.length()));
            String typo = switch (tests.size() % 4) {
                case 0 -> domain.substring(0, at) + domain.charAt(at + 1) + domain.charAt(at) + domain.substring(at + 2);
                case 1 -> domain.substring(0, at) + domain.substring(at + 1);
                case 2 -> domain.substring(0, at) + c + domain.substring(at);
                default -> domain.substring(0, at) + c + domain.substring(at + 1);
            };
            if (typo.equals(domain)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(typo, () -> {
                CliRunner.Result result = Fixtures.run(KB, "contact", "verify", typo);
                assertEquals(7, result.exitCode(), result.toString());
            }));
        }
        return tests;
    }

    private static String respell(String value, Random random) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        String s = out.toString();
        if (!value.startsWith("@") && !value.contains("@") && !value.startsWith("https") && random.nextBoolean()) {
            s = "www." + s;
        }
        if (!value.startsWith("@") && random.nextBoolean()) {
            s = s + ".";
        }
        return " ".repeat(random.nextInt(3)) + s + "\t".repeat(random.nextInt(2));
    }

    private static String phone(Random random) {
        String[] forms = {"+1 555 0100", "+1-555-0100", "001 555 0100", "(+1) 555.0100", "+1 (555) 01-00", "00 1 5550100"};
        return forms[random.nextInt(forms.length)].toLowerCase(Locale.ROOT);
    }

    /** The verdict on the first value of a JSON document. */
    static Map<?, ?> first(CliRunner.Result result) throws IOException {
        return (Map<?, ?>) ((List<?>) JSON.std.mapFrom(result.out()).get("results")).get(0);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ContactVerifyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
