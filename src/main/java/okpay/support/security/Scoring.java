package okpay.support.security;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The score and the order of fixes, defined once:
 * <ul>
 *   <li>credit: pass 1, warn 0.5, fail 0;</li>
 *   <li>score = 100 × Σ(weight × credit) / Σ(weight), over the checks that were run (skipped checks, whether
 *       left out by {@code --only} or the password when it was not checked, count in neither sum), rounded
 *       half up to a whole number;</li>
 *   <li>fix priority = severity factor × weight × (1 − credit); highest first, ties in knowledge-base order,
 *       passed checks never.</li>
 * </ul>
 */
public final class Scoring {
    /** How many fixes the report lists. */
    public static final int TOP_FIXES = 3;

    private Scoring() {}

    /** A check that was run: its status, weight and severity factor. */
    public record Scored(String id, CheckStatus status, double weight, double severityFactor) {}

    public static double credit(CheckStatus status) {
        return switch (status) {
            case PASS -> 1.0;
            case WARN -> 0.5;
            case FAIL -> 0.0;
        };
    }

    /** The score of {@code scored}, which must not be empty. */
    public static int score(List<Scored> scored) {
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("nothing to score");
        }
        double earned = 0;
        double possible = 0;
        for (Scored s : scored) {
            earned += s.weight() * credit(s.status());
            possible += s.weight();
        }
        // BigDecimal, so 72.5 rounds to 73 however the doubles came out.
        return new BigDecimal(Double.toString(100 * earned / possible)).setScale(8, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    public static double priority(Scored scored) {
        return scored.severityFactor() * scored.weight() * (1 - credit(scored.status()));
    }

    /** The ids of the checks to fix first, at most {@link #TOP_FIXES}. */
    public static List<String> topFixes(List<Scored> scored) {
        List<Scored> open = new ArrayList<>();
        for (Scored s : scored) {
            if (s.status() != CheckStatus.PASS) {
                open.add(s);
            }
        }
        open.sort(Comparator.comparingDouble(Scoring::priority).reversed()); // stable: ties keep their order
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP_FIXES, open.size()); i++) {
            ids.add(open.get(i).id());
        }
        return ids;
    }
}
