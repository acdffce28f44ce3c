package okpay.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.testing.KbValidation;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken {@code security_checks} sections, each with the exact problem {@code kb validate} must report. The
 * section ({@code kb/security-section.yaml}) goes in front of {@code minimal.yaml}, which supplies the rest of a
 * valid knowledge base.
 */
public class BrokenSecurityChecksTest {
    @TempDir
    Path dir;

    private static final String SECTION_FIRST = KbValidation.fixture("security-section.yaml") + KbValidation.fixture("minimal.yaml");

    /** name, text to replace, replacement, message expected at the marker ‸ of either. */
    public static Stream<Arguments> brokenSections() {
        return Stream.of(
                Arguments.of("unknown key with suggestion", "      weight: 2", "      ‸wieght: 2",
                        "unknown key 'wieght' in security check (did you mean 'weight'?)"),
                Arguments.of("unknown section key", "  grades:", "  ‸grade:",
                        "unknown key 'grade' in security_checks (did you mean 'grades'?)"),
                Arguments.of("dangling faq", "en: Turn it on.}\n      faq: funds-not-received", "en: Turn it on.}\n      faq: ‸funds-not-recieved",
                        "security check 'two-step' faq refers to unknown faq 'funds-not-recieved' (did you mean 'funds-not-received'?)"),
                Arguments.of("unknown severity", "      severity: low\n      recommendation: {zh: 每周看。", "      severity: ‸lov\n      recommendation: {zh: 每周看。",
                        "security check 'activity' severity refers to unknown severity 'lov' (did you mean 'low'?)"),
                Arguments.of("bad status", "en: nothing}, status: fail}", "en: nothing}, status: ‸failed}",
                        "security check 'two-step' choice 'none' status 'failed' is not one of pass, warn, fail"),
                Arguments.of("thresholds going down", "{at_most: 90, status: warn}", "{at_most: ‸20, status: warn}",
                        "security check 'activity' thresholds must go up: 20 is not above the one before it"),
                Arguments.of("key of another type", "      status: {yes: pass, no: fail}", "      status: {yes: pass, no: fail}\n      min: ‸0",
                        "security check 'updated': 'min' belongs to number checks, not yes_no"),
                Arguments.of("free-text type", "      type: yes_no", "      type: ‸text",
                        "security check 'updated' type 'text' is not one of yes_no, choice, number, password"
                                + " (a free-text answer cannot be judged pass or fail)"),
                Arguments.of("yes/no status without no", "status: {yes: pass, no: fail}", "status: ‸{yes: pass}",
                        "security check 'updated' status is missing required field 'no'"),
                Arguments.of("second factor value not an answer", "values: [app]", "values: ‸[sms]",
                        "security check 'password-strength' password second_factor value 'sms' is not an answer of 'two-step' (answers: app, none)"),
                Arguments.of("second factor check unknown", "{check: two-step,", "{check: ‸two-stepp,",
                        "security check 'password-strength' password second_factor check refers to unknown security check 'two-stepp'"
                                + " (did you mean 'two-step'?)"),
                // reported at the values the check is asked for, after the edited name
                Arguments.of("second factor check of the wrong type", "{check: two-step, values: [app]}", "{check: activity, values: ‸[app]}",
                        "security check 'password-strength' password second_factor check 'activity' must be a yes_no or choice check, not number"),
                Arguments.of("last grade above zero", "{grade: F, min_score: 0,", "{grade: F, min_score: ‸10,",
                        "the last grade must have min_score 0, so that every score gets a grade"),
                Arguments.of("grade out of range", "min_score: 80", "min_score: ‸180",
                        "grade 'A' min_score must be from 0 to 100, got 180"),
                Arguments.of("duplicate check id", "    - id: updated", "    - id: ‸activity",
                        "duplicate security check id 'activity' (first defined at line "
                                + Marker.find(SECTION_FIRST, "‸    - id: activity").line() + ")"),
                Arguments.of("zero weight", "      weight: 1\n", "      weight: ‸0\n",
                        "security check 'updated' weight must be a number above 0"),
                Arguments.of("second factor making the rule stricter", "min_length_with_second_factor: 8", "min_length_with_second_factor: ‸20",
                        "security check 'password-strength' password min_length_with_second_factor (20) must not be above min_length (15):"
                                + " a second factor never makes the rule stricter"),
                Arguments.of("strength out of range", "pass_strength: 3", "pass_strength: ‸5",
                        "security check 'password-strength' password pass_strength must be an estimated strength from 0 to 4, got 5"),
                Arguments.of("duplicate choice value", "{value: app,", "{value: ‸None,",
                        "security check 'two-step' repeats the choice value 'None'"),
                Arguments.of("missing translation", "recommendation: {zh: 更新。, en: Update.}", "recommendation: ‸{zh: 更新。}",
                        "security check 'updated' recommendation is missing the English (en) translation"),
                Arguments.of("short context word", "context_words: [okpay]", "context_words: ‸[ok]",
                        "security check 'password-strength' password context_words: 'ok' is shorter than 3 characters"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSections")
    void reportsTheProblemAtItsPosition(String name, String target, String replacement, String message) {
        KbValidation.assertReported(dir, SECTION_FIRST, target, replacement, message);
    }

    @Test
    void missingKeyOfTheTypeIsReportedAtTheStartOfTheCheck() {
        KbValidation.assertReportedElsewhere(dir, SECTION_FIRST, "      otherwise: fail\n", "", "    - ‸id: activity\n",
                "security check 'activity' of type number is missing required field 'otherwise'");
    }

    @Test
    void theSectionIsValidAndItsChecksRun() throws IOException {
        Path file = dir.resolve("ok.yaml");
        Files.writeString(file, SECTION_FIRST);
        CliRunner.Result validate = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(0, validate.exitCode(), validate.toString());
        CliRunner.Result run = new CliRunner().stdin("Tq7#mZp2vL\n").run("--kb", file.toString(), "security-check", "--password-stdin",
                "--answer", "two-step=app", "--answer", "activity=60", "--answer", "updated=no");
        assertEquals(0, run.exitCode(), run.toString());
        // password 3 × 1 (8 characters suffice with an app), two-step 3 × 1, activity 2 × 0.5, updated 1 × 0 → 7 / 9
        assertTrue(run.out().contains("Score 78/100, grade F: poor"), run.out());
    }

    @Test
    void everyProblemOfTheSectionIsReportedAtOnce() throws IOException {
        Path file = dir.resolve("many.yaml");
        String broken = SECTION_FIRST.replace("values: [app]", "values: [sms]").replace("      weight: 1\n", "      weight: 0\n")
                .replace("{at_most: 90, status: warn}", "{at_most: 20, status: warn}");
        Files.writeString(file, broken);
        CliRunner.Result result = CliRunner.runEn("kb", "validate", file.toString());
        assertEquals(4, result.exitCode());
        List<String> problems = result.out().lines().filter(l -> l.matches(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*")).toList();
        assertEquals(3, problems.size(), result.toString());
        assertTrue(problems.get(0).startsWith(file + ":" + Marker.find(broken, "values: ‸[sms]") + ": "), problems.toString());
        assertTrue(problems.get(1).startsWith(file + ":" + Marker.find(broken, "{at_most: ‸20") + ": "), problems.toString());
        assertTrue(problems.get(2).startsWith(file + ":" + Marker.find(broken, "      weight: ‸0\n") + ": "), problems.toString());
    }
}
