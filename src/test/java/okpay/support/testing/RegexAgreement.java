package okpay.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Checks written by hand (to keep regular expressions off a one-off command's path) against the rule they replace,
 * written as a regular expression: the given edge cases and 1,000 strings generated from {@code alphabet} (seeded).
 */
public final class RegexAgreement {
    private RegexAgreement() {}

    public static Stream<DynamicTest> cases(String rule, Predicate<String> check, String alphabet, int maxLength, String... edges) {
        Pattern pattern = Pattern.compile(rule);
        List<String> values = new ArrayList<>(List.of(edges));
        Random random = new Random(rule.hashCode());
        for (int i = 0; i < 1000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(maxLength + 1); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(value.toString());
        }
        return values.stream().distinct().map(value -> DynamicTest.dynamicTest(rule + " '" + value + "'",
                () -> assertEquals(pattern.matcher(value).matches(), check.test(value), value)));
    }
}
