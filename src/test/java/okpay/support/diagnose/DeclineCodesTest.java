package okpay.support.diagnose;

import static okpay.support.diagnose.DiagnoseCli.json;
import static okpay.support.diagnose.DiagnoseCli.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The decline-code catalogue through {@code diagnose declined-tx --code CODE}: named, ISO 8583 and wallet codes, on the
 * fifteen entries of the fixture kb/flows.yaml. That the shipped catalogue holds every code DOMAIN.md lists is
 * {@code ShippedKnowledgeBaseTest}'s to check.
 */
class DeclineCodesTest {
    /** Every code of the fixture's catalogue, aliases included. */
    static final List<String> CODES = List.of("insufficient_funds", "card_declined", "generic_decline", "do_not_honor", "expired_card",
            "processing_error", "fraudulent", "duplicate_transaction", "05", "07", "41", "51", "59", "82", "N7", "91",
            "recipient_cannot_receive");
    /** The fixture's codes whose real reason the customer must not be told: the entries with {@code disclose: false}. */
    static final Set<String> UNDISCLOSED = Set.of("fraudulent", "07", "41", "59");

    static Map<String, Object> explain(String code, String... extra) {
        CliRunner.Result result = code(code, extra);
        assertEquals(0, result.exitCode(), result.toString());
        return json(result.out());
    }

    static CliRunner.Result code(String code, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("diagnose", "declined-tx", "--code", code, "--format", "json"));
        args.addAll(List.of(extra));
        return DiagnoseCli.runArgs(args.toArray(String[]::new));
    }

    static Stream<String> everyCode() {
        return CODES.stream();
    }

    @ParameterizedTest
    @MethodSource("everyCode")
    void everyCodeIsExplained(String code) {
        Map<String, Object> json = explain(code);
        assertEquals(true, json.get("found"));
        assertTrue(list(json.get("codes")).contains(code), json.toString());
        assertEquals(code, json.get("query"));
        assertTrue(Set.of("named", "iso8583", "wallet").contains(json.get("scheme")));
        assertTrue(Set.of("customer", "issuer", "platform", "recipient", "none").contains(json.get("whoActs")), json.toString());
        assertTrue(Set.of("soft", "hard", "none").contains(json.get("retry")));
        assertFalse(((String) json.get("meaning")).isBlank());
        assertFalse(list(json.get("steps")).isEmpty());
        boolean undisclosed = UNDISCLOSED.contains(code);
        assertNull(json.get("disclose"), "only agents learn what is not disclosed: " + code);
        assertNull(json.get("agent"), code);
        if (undisclosed) {
            String customer = json.get("title") + " " + json.get("meaning") + " " + json.get("steps");
            assertFalse(customer.toLowerCase(Locale.ROOT).matches(".*(fraud|stolen|lost|block).*"), "the customer's text hides the reason: " + customer);
        }
        assertEquals(List.of("hotline", "website", "email", "social"), json.get("channels"));
        Map<String, Object> agent = explain(code, "--audience", "agent");
        assertEquals(!undisclosed, agent.get("disclose"), code);
        Map<String, Object> notes = DiagnoseCli.map(agent.get("agent"));
        for (String field : List.of("reason", "tell", "escalate")) {
            assertFalse(((String) notes.get(field)).isBlank(), code + " " + field);
        }
    }

    @Test
    void theCatalogueHoldsExactlyTheseCodes() {
        java.util.TreeSet<String> catalogue = new java.util.TreeSet<>();
        Fixtures.load(DiagnoseCli.KB).get(DeclineCodesReader.SECTION).codes().forEach(c -> catalogue.addAll(c.codes()));
        assertEquals(new java.util.TreeSet<>(CODES), catalogue);
    }

    @ParameterizedTest
    @CsvSource({"51, 51, soft, customer", "INSUFFICIENT_FUNDS, insufficient_funds, soft, customer", "n7, 82, soft, customer",
        "5, 05, soft, customer", "  Expired_Card , expired_card, hard, customer", "41, 41, hard, issuer", "59, 59, soft, issuer",
        "generic_decline, card_declined, soft, customer", "processing_error, processing_error, soft, platform",
        "duplicate_transaction, duplicate_transaction, none, customer", "recipient_cannot_receive, recipient_cannot_receive, hard, recipient",
        "91, 91, soft, none"})
    void lookupIgnoresCaseAndFindsAliases(String asked, String code, String retry, String who) {
        Map<String, Object> json = explain(asked);
        assertEquals(code, json.get("code"));
        assertEquals(retry, json.get("retry"));
        assertEquals(who, json.get("whoActs"));
    }

    @Test
    void aliasesShareOneEntry() {
        assertEquals(List.of("card_declined", "generic_decline"), explain("card_declined").get("codes"));
        assertEquals(List.of("82", "N7"), explain("N7").get("codes"));
    }

    @Test
    void fraudCodesShowAgentsWhatToTellTheCustomerInBothLanguages() {
        CliRunner.Result en = DiagnoseCli.runArgs("diagnose", "declined-tx", "--code", "fraudulent", "--audience", "agent");
        assertEquals(0, en.exitCode());
        assertTrue(en.out().contains("  Tell the customer  “This payment couldn't be completed. Please use another payment method or contact"
                + " your card issuer.”"), en.out());
        assertTrue(en.out().contains("  Real reason        Suspected fraud: risk control flagged the payment"), en.out());
        assertTrue(en.out().contains("  Do not tell the customer the real reason."), en.out());
        CliRunner.Result zh = DiagnoseCli.runArgs("diagnose", "declined-tx", "--code", "07", "--lang", "zh", "--audience", "agent");
        assertTrue(zh.out().contains("对客户说  “发卡银行拒绝了这笔付款。请联系您的发卡银行，或换一张卡。”"), zh.out());
        assertTrue(zh.out().contains("不要向客户透露真实原因。"), zh.out());
    }

    @Test
    void customersSeeNeitherTheRealReasonNorTheAgentSection() {
        for (String lang : List.of("en", "zh")) {
            CliRunner.Result result = DiagnoseCli.runArgs("diagnose", "declined-tx", "--code", "59", "--lang", lang);
            assertEquals(0, result.exitCode());
            assertFalse(result.out().toLowerCase(Locale.ROOT).matches("(?s).*(fraud|欺诈|support staff|客服人员|the customer|客户).*"),
                    result.out());
        }
    }

    @Test
    void codeAsTextNamesMeaningWhoActsAndRetry() {
        CliRunner.Result result = DiagnoseCli.runArgs("diagnose", "declined-tx", "--code", "51");
        assertEquals(0, result.exitCode());
        assertEquals("", result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("51 — Not enough money on the card", lines.get(0));
        assertTrue(lines.contains("  Meaning     Your card doesn't have enough balance or credit left for this amount."), lines.toString());
        assertTrue(lines.contains("  Who acts    you"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  Retry       soft — ")), lines.toString());
        assertTrue(lines.contains("  1. Add funds and try again, or use another payment method."), lines.toString());
    }

    @Test
    void anUnknownCodeShowsTheGeneralStepsSuggestsAndExitsNotFound() {
        CliRunner.Result result = code("insufficent_funds");

        assertEquals(3, result.exitCode());
        Map<String, Object> json = json(result.out());
        assertEquals(false, json.get("found"));
        assertEquals("insufficient_funds", json.get("suggestion"));
        assertEquals(4, list(json.get("steps")).size());
        assertEquals("error: no decline code 'insufficent_funds' in the catalogue\n"
                + "hint: did you mean 'insufficient_funds'? The general steps are shown above.\n", result.err());
    }

    @Test
    void aShortUnknownCodeGetsNoMisleadingSuggestion() {
        CliRunner.Result result = DiagnoseCli.runArgs("diagnose", "declined-tx", "--code", "52");
        assertEquals(3, result.exitCode());
        assertTrue(result.out().startsWith("Unknown code 52\n\nGeneral steps\n  1. Check your available balance"), result.out());
        assertFalse(result.out().contains("Did you mean"), result.out());
        assertTrue(result.err().startsWith("error: no decline code '52' in the catalogue\nhint: the general steps are shown above"), result.err());
    }

    @Test
    void aFlowWithoutCodesRefusesCode() {
        CliRunner.Result result = DiagnoseCli.runArgs("diagnose", "app-error", "--code", "51");
        assertEquals(2, result.exitCode());
        assertEquals("error: flow 'app-error' does not take --code\nhint: --code works with: declined-tx\n", result.err());
    }

    @Test
    void theRegionPicksTheHotlineNumber() {
        Map<String, Object> json = explain("51", "--region", "SG");
        Map<String, Object> hotline = DiagnoseCli.map(list(json.get("contacts")).get(0));
        assertEquals("hotline", hotline.get("id"));
        assertEquals("+1-555-0103", hotline.get("address"));
    }
}
