package okpay.support.contact.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okpay.support.cli.CliRunner;
import okpay.support.contact.ContactGuide;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code contact verify} on several values: from the arguments and from standard input, one document, the worst exit code. */
class ContactVerifyBatchTest {
    private static final String KB = "contact.yaml";

    @Test
    void severalArgumentsGiveOneLineEachAndTheWorstExitCode() {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "support@okpay.example", "okpay-help.test", "alice@gmail.com");

        assertEquals(7, result.exitCode(), result.toString());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).matches("OFFICIAL +support@okpay\\.example +email address +matches support@okpay\\.example .*"), lines.get(0));
        assertTrue(lines.get(1).matches("LOOKALIKE +okpay-help\\.test +domain +imitates okpay\\.example +It uses the name \"okpay\".*"), lines.get(1));
        assertTrue(lines.get(2).matches("UNKNOWN +alice@gmail\\.com +email address +gmail\\.com is free webmail.*"), lines.get(2));
        assertEquals("", lines.get(3));
        assertTrue(lines.get(4).startsWith("Caution (email address): The sender of an email can be faked"), lines.get(4));
        assertEquals(5, lines.size(), "each caution once, after the list: " + result.out());
    }

    @Test
    void jsonIsOneDocumentWithAResultPerValueInOrder() throws IOException {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "--format", "json", "+1-555-0100", "okpay.example", "@SomeoneElse");

        assertEquals(8, result.exitCode(), result.toString());
        Map<String, Object> document = JSON.std.mapFrom(result.out());
        assertEquals("unknown", document.get("verdict"));
        List<?> results = (List<?>) document.get("results");
        assertEquals(List.of("+1-555-0100", "okpay.example", "@SomeoneElse"), results.stream().map(r -> ((Map<?, ?>) r).get("input")).toList());
        assertEquals(List.of("official", "official", "unknown"), results.stream().map(r -> ((Map<?, ?>) r).get("verdict")).toList());
        assertTrue(((Map<?, ?>) results.get(0)).get("caution").toString().startsWith("Caller ID and text senders can be faked"));
        assertFalse(((Map<?, ?>) results.get(1)).containsKey("caution"), "websites get no spoofing caution");
        assertEquals(List.of("phone", "domain", "handle"), List.copyOf(((Map<?, ?>) document.get("genuine")).keySet()));
    }

    /** The exit code is that of the most dangerous verdict: lookalike, then unknown, then invalid, then official. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "support@okpay.example okpay.example|0",
        "support@okpay.example hello!world|2",
        "hello!world alice@gmail.com|8",
        "alice@gmail.com 0kpay.example hello!world|7",
        "0kpay.example support@okpay.example|7",
        "random.test okpay.example|8"})
    void exitCodeIsTheWorstVerdict(String values, int exit) throws IOException {
        CliRunner.Result result = Fixtures.cli(KB).stdin(values.replace(' ', '\n')).run("contact", "verify", "-", "--format", "json");
        assertEquals(exit, result.exitCode(), result.toString());
        assertEquals(values.split(" ").length, ((List<?>) JSON.std.mapFrom(result.out()).get("results")).size());
    }

    @Test
    void standardInputSkipsBlankLinesAndCommentsAndReportsGarbageInItsPlace() throws IOException {
        String input = "# values from the ticket\n\nsupport@okpay.example\n   \nhello world\n  +1 555 0100  \n# done\n";
        CliRunner.Result result = Fixtures.cli(KB).stdin(input).run("contact", "verify", "-", "--format", "json");

        assertEquals(2, result.exitCode(), "invalid is worse than official: " + result);
        List<?> results = (List<?>) JSON.std.mapFrom(result.out()).get("results");
        assertEquals(3, results.size(), result.out());
        Map<?, ?> garbage = (Map<?, ?>) results.get(1);
        assertEquals("invalid", garbage.get("verdict"));
        assertEquals("hello world", garbage.get("input"));
        assertFalse(garbage.containsKey("kind"), "no kind for what is no contact detail");
        assertTrue(garbage.get("reasons").toString().contains("is not an email address"), garbage.toString());
        assertEquals("+1 555 0100", ((Map<?, ?>) results.get(2)).get("input"), "a line is one value, spaces and all");
        assertEquals("", result.err(), "an invalid value in a list is a verdict, not an error");
    }

    @Test
    void argumentsAndStandardInputMix() throws IOException {
        CliRunner.Result result = Fixtures.cli(KB).stdin("okpay.example\n").run("contact", "verify", "--format", "json", "@SomeoneElse", "-",
                "+1-555-0101");
        List<?> results = (List<?>) JSON.std.mapFrom(result.out()).get("results");
        assertEquals(List.of("@SomeoneElse", "okpay.example", "+1-555-0101"), results.stream().map(r -> ((Map<?, ?>) r).get("input")).toList());
    }

    @Test
    void oneValueOnStandardInputIsStillABatch() {
        CliRunner.Result result = Fixtures.cli(KB).stdin("hello world\n").run("contact", "verify", "-");
        assertEquals(2, result.exitCode());
        assertTrue(result.out().startsWith("INVALID  hello world  \"hello world\" is not an email address"), result.out());
    }

    @Test
    void emptyStandardInputIsAUsageError() {
        CliRunner.Result result = Fixtures.cli(KB).stdin("\n# nothing\n").run("contact", "verify", "-");
        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: nothing to check: standard input held no values"), result.err());
        assertTrue(result.err().contains("\nhint: give one value per line"), result.err());
    }

    @Test
    void aPhoneNumberInPartsIsStillOneValue() throws IOException {
        CliRunner.Result parts = Fixtures.run(KB, "contact", "verify", "--format", "json", "+1", "555", "0100");
        assertEquals(0, parts.exitCode(), parts.toString());
        assertEquals(1, ((List<?>) JSON.std.mapFrom(parts.out()).get("results")).size());
        CliRunner.Result two = Fixtures.run(KB, "contact", "verify", "--format", "json", "+1-555-0100", "+1-555-0101");
        assertEquals(2, ((List<?>) JSON.std.mapFrom(two.out()).get("results")).size(), "two whole numbers are two values");
    }

    @Test
    void incomingPutsTheCautionFirst() {
        CliRunner.Result one = Fixtures.run(KB, "contact", "verify", "--incoming", "+1 555 0100");
        assertEquals(0, one.exitCode());
        assertTrue(one.out().startsWith("Caution: Caller ID and text senders can be faked: a call or text showing this number may not "
                + "be from OKPay Wallet. Hang up, and call the number shown in the app or on the official website yourself.\n\nOFFICIAL  "),
                one.out());
        CliRunner.Result without = Fixtures.run(KB, "contact", "verify", "+1 555 0100");
        assertTrue(without.out().startsWith("OFFICIAL  +1 555 0100  (phone number)\nCaution: Caller ID"), without.out());

        CliRunner.Result batch = Fixtures.run(KB, "contact", "verify", "--incoming", "support@okpay.example", "+1-555-0199");
        List<String> lines = batch.out().lines().toList();
        assertTrue(lines.get(0).startsWith("Caution (email address): "), batch.out());
        assertTrue(lines.get(1).startsWith("Caution (phone number): "), batch.out());
        assertEquals("", lines.get(2));
        assertTrue(lines.get(3).startsWith("OFFICIAL "), batch.out());

        CliRunner.Result site = Fixtures.run(KB, "contact", "verify", "--incoming", "okpay.example");
        assertTrue(site.out().startsWith("OFFICIAL  okpay.example  (domain)\n\nWhy\n"), "no caution for a website: " + site.out());
    }

    @Test
    void chineseCautionAndShortVerdicts() {
        CliRunner.Result result = Fixtures.run(KB, "contact", "verify", "--lang", "zh", "--incoming", "+1-555-0100", "0kpay.example");
        assertTrue(result.out().startsWith("注意（电话号码）：来电号码和短信发送方都可以伪造"), result.out());
        assertTrue(result.out().contains("\n官方  "), result.out());
        assertTrue(result.out().contains("\n仿冒  "), result.out());
    }

    @Test
    void aSecretPastedIntoTheListIsNotEchoed() throws IOException {
        CliRunner.Result result = Fixtures.cli(KB).stdin("my password is hunter2\n4111 1111 1111 1111\n").run("contact", "verify", "-",
                "--format", "json");
        String out = result.out();
        assertFalse(out.contains("hunter2"), out);
        assertFalse(out.contains("4111 1111 1111 1111"), out);
        assertTrue(out.contains("411111******1111"), out);
    }

    /** Ten thousand generated values in one run: every one answered, in order (speed is measured by bench/verify.sh). */
    @Test
    void tenThousandValuesInOneRun() throws IOException {
        Random random = new Random(14);
        String[] shapes = {"support@okpay.example", "okpay-help%d.test", "+1-555-01%02d", "user%d@gmail.com", "@Someone%d",
            "https://evil%d.test/okpay", "0kpay%d.example", "+44 20 7946 %04d"};
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            input.append(String.format(shapes[random.nextInt(shapes.length)], random.nextInt(100))).append('\n');
        }
        CliRunner.Result result = Fixtures.cli(KB).stdin(input.toString()).run("contact", "verify", "-", "--format", "json");
        assertEquals(7, result.exitCode());
        List<?> results = (List<?>) JSON.std.mapFrom(result.out()).get("results");
        assertEquals(10_000, results.size());
        assertEquals(input.toString().lines().findFirst().orElseThrow(), ((Map<?, ?>) results.get(0)).get("input"));
    }

    @Test
    void standardInputIsBounded() {
        Messages m = Messages.of(ContactGuide.class, Lang.EN);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        SupportException tooLarge = assertThrows(SupportException.class, () -> VerifyInputs.of(List.of("-"), endless, m));
        assertEquals("standard input is larger than 16 MiB", tooLarge.getMessage());
        String many = "a.test\n".repeat(VerifyInputs.MAX_VALUES + 1);
        SupportException tooMany = assertThrows(SupportException.class,
                () -> VerifyInputs.of(List.of("-"), new ByteArrayInputStream(many.getBytes(StandardCharsets.UTF_8)), m));
        assertEquals("more than 100000 values in one run", tooMany.getMessage());
    }

    @Test
    void unreadableStandardInputEndsTheList() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream("okpay.example\nrandom.test\n".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Bad file descriptor");
                    }
                });
        VerifyInputs inputs = VerifyInputs.of(List.of("-"), failing, Messages.of(ContactGuide.class, Lang.EN));
        assertEquals(List.of("okpay.example", "random.test"), inputs.values());
        assertTrue(inputs.batch());
    }
}
