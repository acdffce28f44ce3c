package okpay.support.diagnose;

import static okpay.support.diagnose.DiagnoseCli.json;
import static okpay.support.diagnose.DiagnoseCli.list;
import static okpay.support.diagnose.DiagnoseCli.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets typed into answers or fact options never reach the output: not the path, not the answers, not the ticket. */
class TicketRedactionTest {
    private static final List<String> SECRETS = List.of("4111 1111 1111 1111", "4111111111111111", "483920", "hunter2", "761234", "5555555555554444");

    private static List<String> reportBugWithSecrets() {
        return List.of("where=app", "symptom=error-message", "error-text=Card 4111 1111 1111 1111 refused, OTP 483920",
                "status-page=no", "updated=yes", "restarted=yes", "device-info=Pixel 8, my password: hunter2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "yaml", "text"})
    void secretsInAnswersAndOptionsAreRemovedFromEveryFormat(String format) {
        List<String> args = new ArrayList<>(List.of("diagnose", "app-error", "--no-input", "--format", format,
                "--tx-id", "TX-77", "--account", "paid with 5555555555554444", "--time", "2025-03-08 14:20 UTC+8 verification code 761234"));
        for (String answer : reportBugWithSecrets()) {
            args.addAll(List.of("--answer", answer));
        }
        CliRunner.Result result = DiagnoseCli.runArgs(args.toArray(String[]::new));

        assertEquals(0, result.exitCode(), result.toString());
        for (String secret : SECRETS) {
            assertFalse(result.out().contains(secret), "leaked " + secret + ":\n" + result.out());
            assertFalse(result.err().contains(secret), "leaked " + secret + " on stderr");
        }
        assertTrue(result.out().contains("411111******1111"), "a card number keeps its first 6 and last 4 digits");
        assertTrue(result.out().contains("555555******4444"));
        assertTrue(result.out().contains("TX-77"), "the facts that are not secret stay");
    }

    @Test
    void theTicketSaysWhatWasTakenOut() {
        CliRunner.Result result = DiagnoseCli.run("app-error", reportBugWithSecrets());
        Map<String, Object> json = json(result.out());
        Map<String, Object> ticket = map(map(json.get("outcome")).get("ticket"));
        String body = (String) ticket.get("body");
        assertTrue(body.contains("Error message: Card 411111******1111 refused, OTP [removed]"), body);
        assertTrue(body.contains("Device and app version: Pixel 8, my password: [removed]"), body);
        List<Object> warnings = list(ticket.get("warnings"));
        assertEquals(3, warnings.size(), warnings.toString());
        assertEquals("Card 411111******1111 refused, OTP [removed]", map(json.get("answers")).get("error-text"));
        assertTrue(body.contains("Steps already tried:\n- Made sure the app and the phone's system are up to date\n"
                + "- Restarted the app and the device, and switched networks\n"), body);
    }

    @Test
    void aCardNumberGivenAsANumberAnswerIsMaskedToo() {
        CliRunner.Result result = DiagnoseCli.run("declined-tx", List.of("action=pay-or-send", "message=other", "balance=0"),
                "--amount", "4111111111111111");
        assertEquals(0, result.exitCode(), result.toString());
        assertFalse(result.out().contains("4111111111111111"), result.out());
        assertEquals("411111******1111", map(json(result.out()).get("answers")).get("amount"));
    }

    @Test
    void factsFillTheTicketAndTheQuestionsThatCollectThem() {
        CliRunner.Result result = DiagnoseCli.run("declined-tx",
                List.of("action=pay-or-send", "message=other", "balance=500", "details-ok=yes", "attempts=1", "restarted=yes"),
                "--tx-id", "TX-1001", "--amount", "120.50", "--currency", "eur", "--time", "2025-03-08 14:20 UTC+1",
                "--error", "E51 declined", "--account", "user@okpay.example", "--device", "iPhone 15, iOS 18, OKPay 5.2");
        assertEquals(0, result.exitCode(), result.toString());
        Map<String, Object> json = json(result.out());
        assertEquals("120.5", map(json.get("answers")).get("amount"), "--amount answered the amount question");
        Map<String, Object> ticket = map(map(json.get("outcome")).get("ticket"));
        assertEquals("[Money and payments] E51 declined (transaction TX-1001)", ticket.get("subject"));
        String body = (String) ticket.get("body");
        for (String line : List.of("Account: user@okpay.example", "Transaction ID: TX-1001", "Date and time: 2025-03-08 14:20 UTC+1",
                "Amount: 120.50 EUR", "Error message: E51 declined", "Device and app version: iPhone 15, iOS 18, OKPay 5.2",
                "- Checked the recipient's details and the amount", "- Restarted the app and switched networks before retrying",
                "  - What available balance does the app show in that currency? 500", "  Likely cause: Support needs to look into it")) {
            assertTrue(body.contains(line), line + " in\n" + body);
        }
        assertNull(ticket.get("missing"), "an empty list is left out");
    }

    @Test
    void anAnswerToAFactQuestionWinsOverTheOptionInTheTicketToo() {
        CliRunner.Result result = DiagnoseCli.run("declined-tx", List.of("action=pay-or-send", "message=other", "amount=99",
                "balance=500", "details-ok=yes", "attempts=5"), "--amount", "120.50");
        Map<String, Object> outcome = map(json(result.out()).get("outcome"));
        assertEquals("too-many-attempts", outcome.get("id"));
        assertTrue(((String) map(outcome.get("ticket")).get("body")).contains("Amount: 99\n"), outcome.toString());
    }
}
