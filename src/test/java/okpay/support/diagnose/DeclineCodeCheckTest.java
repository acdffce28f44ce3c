package okpay.support.diagnose;

import java.util.stream.Stream;
import okpay.support.testing.RegexAgreement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The decline-code check written by hand agrees with the rule as a regular expression. */
class DeclineCodeCheckTest {
    @TestFactory
    Stream<DynamicTest> declineCodes() {
        return RegexAgreement.cases("[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*", DeclineCodesReader::isCode, "aZ09_-. 中", 8,
                "", "51", "N7", "do_not_honor", "_51", "51_", "a__b", "05", "R0-1");
    }
}
