package okpay.support.kb;

import java.util.stream.Stream;
import okpay.support.testing.RegexAgreement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The id check written by hand agrees with the rule as a regular expression, on edge cases and generated strings. */
class NodeReaderIdTest {
    @TestFactory
    Stream<DynamicTest> theHandWrittenCheckIsTheRule() {
        return RegexAgreement.cases("[a-z0-9]+(?:[-_][a-z0-9]+)*", NodeReader::isId, "az09-_A. é中", 8,
                "", "a", "-", "_", "a-", "-a", "a--b", "a-_b", "a_b-c", "funds-not-received", "declined_tx", "Funds", "a b", "9");
    }
}
