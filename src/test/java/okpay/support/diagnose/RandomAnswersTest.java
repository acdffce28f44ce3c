package okpay.support.diagnose;

import static okpay.support.diagnose.DiagnoseCli.json;
import static okpay.support.diagnose.DiagnoseCli.list;
import static okpay.support.diagnose.DiagnoseCli.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import okpay.support.cli.CliRunner;
import okpay.support.kb.Question;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random complete answer sets (every question of the flow answered, in any accepted spelling) always end in
 * one of the flow's outcomes, with steps; answers the path does not need are reported as ignored. The flows are
 * those of the fixture kb/flows.yaml.
 */
class RandomAnswersTest {
    private static final long SEED = 20250308L;
    private static final int RUNS_PER_FLOW = 60;
    private static final String[] YES = {"yes", "Y", "true", "1", "是", "对"};
    private static final String[] NO = {"no", "N", "false", "0", "否", "不是"};
    private static final String[] WORDS = {"error", "timeout", "E1001", "请稍后", "网络", "failed", "app", "5.2.1"};

    @TestFactory
    List<DynamicTest> randomCompleteAnswerSetsEndInAnOutcomeWithSteps() {
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (Flow flow : Fixtures.load(DiagnoseCli.KB).get(FlowsReader.SECTION)) {
            for (int i = 0; i < RUNS_PER_FLOW; i++) {
                List<String> answers = new ArrayList<>();
                for (FlowQuestion question : flow.questions()) {
                    answers.add(question.id() + "=" + answer(question.question(), random));
                }
                tests.add(DynamicTest.dynamicTest(flow.id() + " " + answers, () -> check(flow, answers)));
            }
        }
        return tests;
    }

    private static void check(Flow flow, List<String> answers) {
        CliRunner.Result result = DiagnoseCli.run(flow.id(), answers);

        assertEquals(0, result.exitCode(), result.toString());
        Map<String, Object> json = json(result.out());
        Map<String, Object> outcome = map(json.get("outcome"));
        Set<String> outcomes = new HashSet<>(flow.outcomes().stream().map(Outcome::id).toList());
        assertTrue(outcomes.contains((String) outcome.get("id")), outcome.toString());
        assertFalse(list(outcome.get("steps")).isEmpty());
        Set<String> used = map(json.get("answers")).keySet();
        List<String> ignored = list(json.get("ignored")).stream().map(String.class::cast).toList();
        assertEquals(flow.questions().size(), used.size() + ignored.size(), "every answer is either used or ignored");
        assertTrue(ignored.stream().noneMatch(used::contains));
    }

    private static String answer(Question question, Random random) {
        return switch (question.type()) {
            case YES_NO -> (random.nextBoolean() ? YES : NO)[random.nextInt(YES.length)];
            case CHOICE -> random.nextInt(4) == 0
                    ? String.valueOf(1 + random.nextInt(question.choices().size()))
                    : question.choices().get(random.nextInt(question.choices().size())).value();
            case NUMBER -> number(question, random);
            case TEXT -> WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)];
        };
    }

    /** A whole number or one with cents, within the question's bounds (up to 10 000 when it has no maximum). */
    private static String number(Question question, Random random) {
        double min = question.min() == null ? 0 : question.min();
        double max = question.max() == null ? min + 10_000 : question.max();
        double value = min + random.nextDouble() * (max - min);
        return random.nextBoolean() ? String.valueOf((long) Math.floor(value)) : String.format(java.util.Locale.ROOT, "%.2f",
                Math.min(max, Math.floor(value * 100) / 100));
    }
}
