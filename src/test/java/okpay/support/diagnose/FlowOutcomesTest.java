package okpay.support.diagnose;

import static okpay.support.diagnose.DiagnoseCli.json;
import static okpay.support.diagnose.DiagnoseCli.list;
import static okpay.support.diagnose.DiagnoseCli.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every outcome of every flow of the fixture kb/flows.yaml, reached by a row of answers, through the CLI. That every
 * outcome of the shipped flows can be reached is {@code ShippedKnowledgeBaseTest}'s to check.
 */
class FlowOutcomesTest {

    static Arguments row(String flow, String outcome, boolean escalate, String... answers) {
        return Arguments.of(flow, outcome, escalate, List.of(answers));
    }

    static Stream<Arguments> rows() {
        String pay = "action=pay-or-send";
        String other = "message=other";
        String topUp = "action=top-up";
        return Stream.of(
                row("declined-tx", "limit-reached", false, pay, "message=limit"),
                row("declined-tx", "verification-incomplete", false, pay, "message=verification"),
                row("declined-tx", "account-restricted", true, "action=withdraw", "message=restricted"),
                row("declined-tx", "recipient-problem", false, pay, "message=recipient"),
                row("declined-tx", "not-supported", false, topUp, "message=not-supported"),
                row("declined-tx", "outage", false, topUp, "message=unavailable"),
                row("declined-tx", "fraud-hold", false, pay, "message=on-hold"),
                row("declined-tx", "low-balance", false, pay, other, "amount=120", "balance=50"),
                row("declined-tx", "low-balance", false, "action=withdraw", other, "amount=1,000.50", "balance=1000.49"),
                row("declined-tx", "wrong-details", false, "action=withdraw", other, "amount=120", "balance=120", "details-ok=no"),
                row("declined-tx", "too-many-attempts", true, pay, other, "amount=20", "balance=50", "details-ok=yes", "attempts=3"),
                row("declined-tx", "restart-and-retry", false, pay, other, "amount=20", "balance=50", "details-ok=yes", "attempts=2",
                        "restarted=no"),
                row("declined-tx", "contact-support", true, pay, other, "amount=20", "balance=50", "details-ok=yes", "attempts=1",
                        "restarted=yes"),
                row("declined-tx", "card-details", false, topUp, other, "card-ok=no"),
                row("declined-tx", "authentication-failed", false, topUp, other, "card-ok=yes", "bank-check=yes"),
                row("declined-tx", "issuer-declined", false, topUp, other, "card-ok=yes", "bank-check=no", "attempts=0", "restarted=yes"),
                row("declined-tx", "restart-and-retry", false, topUp, other, "card-ok=yes", "bank-check=no", "attempts=0", "restarted=no"),

                row("password-reset", "set-new-password", false, "via=email", "received=yes", "link-works=yes"),
                row("password-reset", "link-expired", false, "via=phone", "received=yes", "link-works=no"),
                row("password-reset", "check-inbox", false, "via=email", "received=no", "inbox-checked=no"),
                row("password-reset", "check-phone", false, "via=phone", "received=no", "phone-checked=no"),
                row("password-reset", "lost-access", true, "via=phone", "received=no", "phone-checked=yes", "still-access=no"),
                row("password-reset", "not-arriving", true, "via=email", "received=no", "inbox-checked=yes", "still-access=yes"),

                row("app-error", "use-password-reset", false, "where=app", "symptom=sign-in"),
                row("app-error", "known-outage", false, "where=app", "symptom=crash", "status-page=yes"),
                row("app-error", "update-app", false, "where=app", "symptom=crash", "status-page=no", "updated=no"),
                row("app-error", "try-browser", false, "where=website", "symptom=not-loading", "status-page=no", "browser-tried=no"),
                row("app-error", "restart-switch-network", false, "where=app", "symptom=feature", "status-page=no", "updated=yes",
                        "restarted=no"),
                row("app-error", "report-bug", true, "where=website", "symptom=error-message", "error-text=E1001 request timed out",
                        "status-page=no", "browser-tried=yes", "restarted=yes", "device-info=Firefox 130 on Windows 11"));
    }

    @ParameterizedTest(name = "{0} → {1} {3}")
    @MethodSource("rows")
    void answersLeadToTheOutcome(String flow, String outcomeId, boolean escalate, List<String> answers) {
        CliRunner.Result result = DiagnoseCli.run(flow, answers);

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals("", result.err());
        Map<String, Object> json = json(result.out());
        assertEquals(flow, json.get("flow"));
        Map<String, Object> outcome = map(json.get("outcome"));
        assertEquals(outcomeId, outcome.get("id"), result.out());
        assertFalse(((String) outcome.get("title")).isBlank());
        List<Object> steps = list(outcome.get("steps"));
        assertFalse(steps.isEmpty());
        steps.forEach(step -> assertFalse(((String) step).isBlank()));
        assertTrue(Set.of("soft", "hard", "none").contains(outcome.get("retry")), outcome.toString());
        assertEquals(escalate, outcome.get("escalate"));
        assertEquals(4, list(outcome.get("channels")).size(), "every channel, ranked");
        if (escalate) {
            Map<String, Object> ticket = map(outcome.get("ticket"));
            assertEquals(list(outcome.get("channels")).get(0), ticket.get("channel"), "the ticket goes to the best channel");
            assertFalse(((String) ticket.get("subject")).isBlank());
            assertTrue(((String) ticket.get("body")).contains(outcome.get("title").toString()), ticket.get("body").toString());
        } else {
            assertNull(outcome.get("ticket"), "a ticket only when escalating");
        }
        // Every answer given was on the path: the rows are minimal.
        Map<String, Object> given = map(json.get("answers"));
        assertEquals(answers.size(), given.size(), given.toString());
        assertNull(json.get("ignored"), "an empty list is left out");
        List<String> pathIds = new ArrayList<>();
        list(json.get("path")).forEach(step -> pathIds.add((String) map(step).get("question")));
        assertEquals(new ArrayList<>(given.keySet()), pathIds);
    }

    @Test
    void theTableReachesEveryOutcomeOfEveryFlow() {
        KnowledgeBase kb = Fixtures.load(DiagnoseCli.KB);
        Set<String> all = new TreeSet<>();
        for (Flow flow : kb.get(FlowsReader.SECTION)) {
            for (Outcome outcome : flow.outcomes()) {
                all.add(flow.id() + "/" + outcome.id());
            }
        }
        Set<String> reached = new TreeSet<>();
        rows().forEach(row -> reached.add(row.get()[0] + "/" + row.get()[1]));
        assertEquals(all, reached);
        assertEquals(List.of("declined-tx", "password-reset", "app-error"), kb.get(FlowsReader.SECTION).stream().map(Flow::id).toList());
    }

    @Test
    void outcomesNameTheirFaqEntries() {
        Map<String, Object> json = json(DiagnoseCli.run("declined-tx", List.of("action=pay-or-send", "message=limit")).out());
        List<Object> faqs = list(map(json.get("outcome")).get("faqs"));
        assertEquals("transaction-limits", map(faqs.get(0)).get("id"));
        assertInstanceOf(String.class, map(faqs.get(0)).get("title"));
    }
}
