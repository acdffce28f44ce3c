package okpay.support.prompt;

import java.util.stream.Stream;
import okpay.support.testing.RegexAgreement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The hand-written check of an answer's question id agrees with its rule as a regular expression. */
class AnswersIdTest {
    @TestFactory
    Stream<DynamicTest> answerIdsAsTheRuleSays() {
        return RegexAgreement.cases("[A-Za-z0-9][A-Za-z0-9_.-]*", Answers::isId, "aZ09_.-=é中 ", 6,
                "", "a", "Z", "9", "_a", ".a", "-a", "a-b.c_d", "details-ok", "a=b", "é", "a b", "a\\n");
    }
}
