package okpay.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import okpay.support.security.Scoring.Scored;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The score formula, its rounding, the grade boundaries of the fixture kb/security.yaml, and the order of fixes. */
class ScoringTest {
    private static final SecurityChecks CHECKS = Fixtures.load("security.yaml").get(SecurityChecksReader.SECTION);

    private static Scored scored(String id, CheckStatus status, double weight, double factor) {
        return new Scored(id, status, weight, factor);
    }

    @Test
    void creditIsOneHalfAndZero() {
        assertEquals(1.0, Scoring.credit(CheckStatus.PASS));
        assertEquals(0.5, Scoring.credit(CheckStatus.WARN));
        assertEquals(0.0, Scoring.credit(CheckStatus.FAIL));
    }

    @Test
    void scoreIsTheWeightedShareOfCredit() {
        assertEquals(100, Scoring.score(List.of(scored("a", CheckStatus.PASS, 3, 4), scored("b", CheckStatus.PASS, 1, 1))));
        assertEquals(0, Scoring.score(List.of(scored("a", CheckStatus.FAIL, 3, 4), scored("b", CheckStatus.FAIL, 1, 1))));
        // 100 × (3×1 + 2×0.5 + 1×0) / 6 = 66.67
        assertEquals(67, Scoring.score(List.of(scored("a", CheckStatus.PASS, 3, 4), scored("b", CheckStatus.WARN, 2, 3),
                scored("c", CheckStatus.FAIL, 1, 1))));
        // weight, not count, decides: one heavy failure outweighs two light passes
        assertEquals(25, Scoring.score(List.of(scored("a", CheckStatus.FAIL, 3, 4), scored("b", CheckStatus.PASS, 0.5, 1),
                scored("c", CheckStatus.PASS, 0.5, 1))));
    }

    @Test
    void halfPointsRoundUp() {
        // 100 × (2.4×1 + 1×0.5 + 0.6×0) / 4 = 72.5, which doubles may compute as 72.4999…
        assertEquals(73, Scoring.score(List.of(scored("a", CheckStatus.PASS, 2.4, 1), scored("b", CheckStatus.WARN, 1, 1),
                scored("c", CheckStatus.FAIL, 0.6, 1))));
        // 100 × 0.5 × 0.1 / 0.8 = 6.25 rounds down
        assertEquals(6, Scoring.score(List.of(scored("a", CheckStatus.WARN, 0.1, 1), scored("b", CheckStatus.FAIL, 0.7, 1))));
    }

    @Test
    void nothingToScoreIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(List.of()));
    }

    @ParameterizedTest(name = "score {0} is grade {1}")
    @CsvSource({"100,A", "90,A", "89,B", "75,B", "74,C", "60,C", "59,D", "40,D", "39,F", "1,F", "0,F"})
    void gradeBoundariesOfTheFixture(int score, String grade) {
        assertEquals(grade, CHECKS.grade(score).grade());
    }

    @Test
    void fixesAreOrderedBySeverityTimesWeightTimesMissingCredit() {
        List<Scored> checks = List.of(
                scored("passed-critical", CheckStatus.PASS, 3, 4),    // never a fix
                scored("warn-critical", CheckStatus.WARN, 3, 4),      // 4 × 3 × 0.5 = 6
                scored("fail-medium", CheckStatus.FAIL, 2, 2),        // 2 × 2 × 1 = 4
                scored("fail-high", CheckStatus.FAIL, 2, 3),          // 3 × 2 × 1 = 6, after warn-critical (knowledge-base order)
                scored("warn-high", CheckStatus.WARN, 2, 3),          // 3
                scored("fail-low", CheckStatus.FAIL, 1, 1));          // 1
        assertEquals(List.of("warn-critical", "fail-high", "fail-medium"), Scoring.topFixes(checks));
        assertEquals(6.0, Scoring.priority(checks.get(1)));
        assertEquals(0.0, Scoring.priority(checks.get(0)));
    }

    @Test
    void fewerThanThreeOpenChecksGiveFewerFixes() {
        assertEquals(List.of("b"), Scoring.topFixes(List.of(scored("a", CheckStatus.PASS, 1, 1), scored("b", CheckStatus.WARN, 1, 1))));
        List<Scored> allPass = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            allPass.add(scored("c" + i, CheckStatus.PASS, 1, 1));
        }
        assertEquals(List.of(), Scoring.topFixes(allPass));
    }
}
