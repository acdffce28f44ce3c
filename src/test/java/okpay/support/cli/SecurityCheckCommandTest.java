package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code security-check} through the CLI factory, on the fixture kb/security.yaml: statuses, scores, options, errors. */
class SecurityCheckCommandTest {
    /** The shipped security checks as the golden files were recorded with; the statuses below follow from it. */
    static final String KB = "security.yaml";

    /** security-check with an answer for every question of the fixture checklist: everything as it should be. */
    static final String[] ALL_GOOD = allGoodBut();

    /** {@link #ALL_GOOD} with some answers replaced, each given as "id=value". */
    static String[] allGoodBut(String... replaced) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (String answer : List.of("password-unique=yes", "two-step=key", "recovery-contacts=yes", "activity-reviewed=3", "alerts=both",
                "app-updated=yes", "system-updated=yes", "screen-lock=strong", "support-never-asks=no")) {
            answers.put(answer.substring(0, answer.indexOf('=')), answer);
        }
        for (String answer : replaced) {
            answers.put(answer.substring(0, answer.indexOf('=')), answer);
        }
        List<String> args = new ArrayList<>(List.of("security-check"));
        answers.values().forEach(a -> args.addAll(List.of("--answer", a)));
        return args.toArray(String[]::new);
    }

    @TempDir
    Path dir;

    static String[] args(String[] first, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(first));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(CliRunner.Result result) throws IOException {
        assertEquals(0, result.exitCode(), result.toString());
        return (Map<String, Object>) JSON.std.anyFrom(result.out());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> check(Map<String, Object> report, String id) {
        return ((List<Map<String, Object>>) report.get("checks")).stream().filter(c -> id.equals(c.get("id"))).findFirst().orElseThrow();
    }

    /** Every accepted answer of every question check, and the status the fixture gives it. */
    @ParameterizedTest(name = "{0}={1} is {2}")
    @CsvSource({
        "password-unique, yes, pass", "password-unique, no, fail",
        "two-step, none, fail", "two-step, sms, warn", "two-step, push, warn", "two-step, app, pass", "two-step, key, pass",
        "recovery-contacts, yes, pass", "recovery-contacts, not-sure, warn", "recovery-contacts, no, fail",
        "activity-reviewed, 0, pass", "activity-reviewed, 30, pass", "activity-reviewed, 30.5, warn", "activity-reviewed, 90, warn",
        "activity-reviewed, 91, fail", "activity-reviewed, 36500, fail",
        "alerts, both, pass", "alerts, one, warn", "alerts, none, fail",
        "app-updated, yes, pass", "app-updated, no, fail",
        "system-updated, yes, pass", "system-updated, no, fail",
        "screen-lock, none, fail", "screen-lock, simple, warn", "screen-lock, strong, pass",
        "support-never-asks, no, pass", "support-never-asks, yes, fail"})
    void everyAnswerOfEveryCheckHasItsStatus(String id, String answer, String status) throws IOException {
        Map<String, Object> report = json(Fixtures.run(KB, "security-check", "--only", id, "--answer", id + "=" + answer, "--format", "json"));
        assertEquals(status, check(report, id).get("status"));
        assertEquals(Map.of("pass", 100, "warn", 50, "fail", 0).get(status), report.get("score"), "one check alone scores its credit");
        assertEquals("skipped", check(report, "alerts".equals(id) ? "two-step" : "alerts").get("status"), "the others are skipped");
    }

    /** The password check's three statuses, and skipped when the password is not checked. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"gTw-ravine-Octopus-94, pass", "okpay-ravine-Octopus-94-lamp, warn", "password123, fail"})
    void everyStatusOfThePasswordCheck(String password, String status) throws IOException {
        Map<String, Object> report = json(Fixtures.cli(KB).stdin(password + "\n")
                .run("security-check", "--only", "password-strength", "--password-stdin", "--format", "json"));
        assertEquals(status, check(report, "password-strength").get("status"));
        assertEquals(status, ((Map<?, ?>) report.get("password")).get("verdict"));
    }

    @Test
    void passwordIsSkippedWithoutCheckPasswordAndLeftOutOfTheScore() throws IOException {
        Map<String, Object> report = json(Fixtures.run(KB, args(ALL_GOOD, "--format", "json")));
        assertEquals("skipped", check(report, "password-strength").get("status"));
        assertNull(report.get("password"));
        assertEquals(100, report.get("score"));
        assertEquals("A", report.get("grade"));
        assertEquals(List.of(), report.get("fixes"));
    }

    @Test
    void aFullRunScoresWeightsAndListsTheTopThreeFixes() throws IOException {
        CliRunner.Result result = Fixtures.cli(KB).stdin("Tq7#mZp2vL\n").run("security-check", "--password-stdin", "--format", "json",
                "--answer", "password-unique=yes", "--answer", "two-step=sms", "--answer", "recovery-contacts=not-sure",
                "--answer", "activity-reviewed=45", "--answer", "alerts=both", "--answer", "app-updated=yes",
                "--answer", "system-updated=no", "--answer", "screen-lock=strong", "--answer", "support-never-asks=no");
        Map<String, Object> report = json(result);
        // weights: password 3 pass (8+ characters with SMS codes on), unique 3 pass, two-step 3 warn, recovery 2 warn,
        // activity 2 warn, alerts 2 pass, app 2 pass, system 2 fail, lock 2 pass, support 2 pass:
        // 100 × (3 + 3 + 1.5 + 1 + 1 + 2 + 2 + 0 + 2 + 2) / 23 = 76.09
        assertEquals(76, report.get("score"));
        assertEquals("B", report.get("grade"));
        assertEquals("pass", check(report, "password-strength").get("status"));
        // priority: two-step 4×3×0.5 = 6, system 2×2×1 = 4, recovery 3×2×0.5 = 3 = activity (recovery comes first)
        assertEquals(List.of("two-step", "system-updated", "recovery-contacts"),
                ((List<?>) report.get("fixes")).stream().map(f -> ((Map<?, ?>) f).get("id")).toList());
    }

    @Test
    void missingAnswersAreAllNamedAtOnceWithThePassword() {
        CliRunner.Result result = Fixtures.run(KB, "security-check", "--check-password", "--answer", "two-step=app");
        assertEquals(5, result.exitCode(), result.toString());
        assertEquals("", result.out());
        List<String> lines = result.err().lines().toList();
        assertEquals("error: 8 questions need answers, and they cannot be asked because there is no terminal", lines.get(0));
        for (String id : List.of("password-unique", "recovery-contacts", "activity-reviewed", "alerts", "app-updated",
                "system-updated", "screen-lock", "support-never-asks")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("  --answer " + id + "=")), id + " in " + result.err());
        }
        assertFalse(result.err().contains("--answer two-step="), "a given answer is not missing");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  --password-stdin ")), result.err());
        assertTrue(lines.get(lines.size() - 1).startsWith("hint: "), result.err());
    }

    @Test
    void noInputNeverAsksEvenOnATerminal() {
        CliRunner.Result result = Fixtures.cli(KB).terminal(okpay.support.prompt.ScriptedTerminal.notInteractive())
                .run("security-check", "--no-input", "--only", "alerts,two-step");
        assertEquals(5, result.exitCode());
        assertTrue(result.err().startsWith("error: 2 questions need answers, and they cannot be asked because --no-input was given\n"), result.err());
    }

    @Test
    void onlyThePasswordMissingNamesItsFlag() {
        CliRunner.Result result = Fixtures.run(KB, args(ALL_GOOD, "--check-password"));
        assertEquals(5, result.exitCode());
        assertTrue(result.err().startsWith("error: the password to check cannot be read"), result.err());
        assertTrue(result.err().contains("  --password-stdin "), result.err());
    }

    @Test
    void invalidAnswerListsTheAcceptedValues() {
        CliRunner.Result result = Fixtures.run(KB, "security-check", "--only", "two-step", "--answer", "two-step=sometimes");
        assertEquals(2, result.exitCode());
        assertEquals("error: invalid answer \"sometimes\" for two-step: expected one of none, sms, push, app, key, a number from 1 to 5, or the start of an option's text\n"
                + "hint: Give a valid value, for example --answer two-step=none|sms|push|app|key.\n", result.err());
        CliRunner.Result number = Fixtures.run(KB, "security-check", "--only", "activity-reviewed", "--answer", "activity-reviewed=-1");
        assertTrue(number.err().contains("expected a number from 0 to 36500"), number.err());
    }

    @Test
    void answersFileWorksAndFlagsOverrideIt() throws IOException {
        Path file = dir.resolve("answers.yaml");
        Files.writeString(file, "two-step: none\nalerts: one\n");
        Map<String, Object> report = json(Fixtures.run(KB, "security-check", "--only", "two-step,alerts", "--answers", file.toString(),
                "--answer", "two-step=app", "--format", "json"));
        assertEquals("pass", check(report, "two-step").get("status"));
        assertEquals("warn", check(report, "alerts").get("status"));
        assertEquals(80, report.get("score")); // (3 × 1 + 2 × 0.5) / 5
    }

    @Test
    void unknownOnlyIdIsNotFoundWithASuggestion() {
        CliRunner.Result result = Fixtures.run(KB, "security-check", "--only", "two-stpe");
        assertEquals(3, result.exitCode());
        assertTrue(result.err().startsWith("error: no security check 'two-stpe'\nhint: did you mean 'two-step'? checks: password-strength, "),
                result.err());
    }

    @Test
    void answerForAnUnknownCheckIsRefused() {
        CliRunner.Result result = Fixtures.run(KB, args(ALL_GOOD, "--answer", "screenlock=strong"));
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("'screenlock', which is not a security check\nhint: did you mean 'screen-lock'?"), result.err());
    }

    @ParameterizedTest(name = "--fail-under {0} → exit {1}")
    @CsvSource({"0, 0", "76, 0", "77, 6", "100, 6"})
    void failUnderExitsSixBelowTheScore(int threshold, int exit) {
        // score 76: see aFullRunScoresWeightsAndListsTheTopThreeFixes
        CliRunner.Result result = Fixtures.cli(KB).stdin("Tq7#mZp2vL\n").run("security-check", "--password-stdin", "--fail-under", String.valueOf(threshold),
                "--answer", "password-unique=yes", "--answer", "two-step=sms", "--answer", "recovery-contacts=not-sure",
                "--answer", "activity-reviewed=45", "--answer", "alerts=both", "--answer", "app-updated=yes",
                "--answer", "system-updated=no", "--answer", "screen-lock=strong", "--answer", "support-never-asks=no");
        assertEquals(exit, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Score 76/100, grade B"), "the report is printed either way: " + result.out());
        assertEquals(exit == 6 ? "error: security score 76 is below --fail-under " + threshold + "\n"
                + "hint: fix the checks listed under \"Fix first\", then run the check again\n" : "", result.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "101", "many"})
    void failUnderOutsideZeroToHundredIsAUsageError(String value) {
        CliRunner.Result result = Fixtures.run(KB, args(ALL_GOOD, "--fail-under", value));
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: "), result.err());
    }

    @Test
    void contradictingOptionsAreUsageErrors() {
        assertEquals(2, Fixtures.run(KB, args(ALL_GOOD, "--email", "bob@example.com")).exitCode(), "--email without --check-password");
        assertEquals(2, Fixtures.cli(KB).stdin("x\n").run(args(ALL_GOOD, "--password-stdin", "--email", "not-an-address")).exitCode());
        CliRunner.Result onlyPassword = Fixtures.run(KB, "security-check", "--only", "password-strength");
        assertEquals(2, onlyPassword.exitCode());
        assertTrue(onlyPassword.err().startsWith("error: nothing to score"), onlyPassword.err());
        CliRunner.Result leftOut = Fixtures.run(KB, "security-check", "--check-password", "--only", "two-step", "--answer", "two-step=app");
        assertEquals(2, leftOut.exitCode());
        assertTrue(leftOut.err().startsWith("error: --check-password was given, but --only leaves out password-strength"), leftOut.err());
    }

    @Test
    void emptyStandardInputIsReportedNotHungOn() {
        CliRunner.Result result = Fixtures.cli(KB).stdin("").run(args(ALL_GOOD, "--password-stdin"));
        assertEquals(5, result.exitCode());
        assertTrue(result.err().startsWith("error: --password-stdin: standard input has no password on its first line"), result.err());
    }

    @Test
    void knowledgeBaseWithoutChecksIsNotFound() throws Exception {
        Path minimal = Path.of(SecurityCheckCommandTest.class.getResource("/kb/minimal.yaml").toURI());
        CliRunner.Result result = CliRunner.runEn("--kb", minimal.toString(), "security-check");
        assertEquals(3, result.exitCode());
        assertTrue(result.err().startsWith("error: this knowledge base has no security checks"), result.err());
    }

    @Test
    void listChecksAsJsonHasIdTypePromptAndChoices() throws IOException {
        CliRunner.Result result = Fixtures.run(KB, "security-check", "--list-checks", "--format", "json");
        assertEquals(0, result.exitCode(), result.toString());
        List<?> checks = JSON.std.listFrom(result.out());
        assertEquals(10, checks.size());
        Map<?, ?> twoStep = (Map<?, ?>) checks.get(2);
        assertEquals("two-step", twoStep.get("id"));
        assertEquals("choice", twoStep.get("type"));
        assertEquals("Besides your password, what do you use to confirm it's you when signing in?", twoStep.get("prompt"));
        assertEquals(List.of("none", "sms", "push", "app", "key"), twoStep.get("choices"));
        assertEquals(List.of("none", "sms", "push", "app", "key"), ((List<?>) twoStep.get("options")).stream().map(c -> ((Map<?, ?>) c).get("value")).toList());
        Map<?, ?> password = (Map<?, ?>) checks.get(0);
        assertEquals("password", password.get("type"));
        assertFalse(password.containsKey("choices"));
        Map<?, ?> activity = (Map<?, ?>) checks.get(4);
        assertEquals(List.of("number", 0, 36500), List.of(activity.get("type"), activity.get("min"), activity.get("max")));
    }

    @Test
    void markersArePlainWordsWithoutAStyleAndSymbolsOnATerminal() {
        String[] run = args(allGoodBut("two-step=sms", "alerts=none"), "--only", "two-step,alerts,app-updated");
        CliRunner.Result plain = Fixtures.run(KB, run);
        assertTrue(plain.out().contains("  partly   Two-step verification"), plain.out());
        assertTrue(plain.out().contains("  to do    Login and transaction alerts"), plain.out());
        assertTrue(plain.out().contains("  done     App up to date"), plain.out());
        assertTrue(plain.out().contains("  skipped  Password strength"), plain.out());
        assertFalse(plain.out().contains("\u001b["), "no colour codes");
        CliRunner.Result styled = Fixtures.cli(KB).tty(true).run(run);
        assertTrue(styled.out().contains("\u001b[33m!\u001b[0m \u001b[33mpartly \u001b[0m  Two-step verification"), styled.out());
        assertTrue(styled.out().contains("\u001b[31m✗\u001b[0m \u001b[31mto do  \u001b[0m  Login and transaction alerts"), styled.out());
        assertTrue(styled.out().contains("\u001b[32m✓\u001b[0m \u001b[32mdone   \u001b[0m  App up to date"), styled.out());
        CliRunner.Result noColor = Fixtures.cli(KB).tty(true).env("NO_COLOR", "1").run(run);
        assertTrue(noColor.out().contains("  partly   Two-step verification"), "NO_COLOR makes the style plain: " + noColor.out());
    }

    @Test
    void aYesOrNoIsNotEchoedBesideTheCheckItAnswers() {
        CliRunner.Result result = Fixtures.run(KB, args(allGoodBut("support-never-asks=yes")));
        String line = result.out().lines().filter(l -> l.contains("Knows support never asks")).findFirst().orElseThrow();
        assertEquals("  to do    Knows support never asks for passwords or codes", line.stripTrailing(), result.out());
        CliRunner.Result zh = Fixtures.run(KB, args(allGoodBut("support-never-asks=yes"), "--lang", "zh"));
        assertTrue(zh.out().lines().anyMatch(l -> l.startsWith("  待改进") && !l.endsWith("是") && !l.endsWith("否")), zh.out());
        assertTrue(zh.out().contains("  已做到"), zh.out());
    }

    @Test
    void chineseReportUsesTheChineseTexts() {
        CliRunner.Result result = Fixtures.run(KB, args(allGoodBut("two-step=none"), "--lang", "zh"));
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("账户安全检查\n"), result.out());
        assertTrue(result.out().contains("两步验证"), result.out());
        assertTrue(result.out().contains("优先处理"), result.out());
        assertTrue(result.out().contains("开启两步验证"), result.out());
    }
}
