package okpay.support.contact;

import java.util.stream.Stream;
import okpay.support.testing.RegexAgreement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The phone-number and region-code checks written by hand agree with their rules as regular expressions. */
class ContactChecksTest {
    @TestFactory
    Stream<DynamicTest> phoneNumbers() {
        return RegexAgreement.cases("\\+[0-9][0-9 ()-]{6,24}", ChannelsReader::isPhone, "+0159 ()-x.", 30,
                "", "+", "+1", "+1-555-0100", "+44 20 7946 0000", "+1555010", "+155501", "1-555-0100", "+-555-0100",
                "+1" + "0".repeat(24), "+1" + "0".repeat(25), "+86 (10) 5555-0100", "+1\t5550100");
    }

    @TestFactory
    Stream<DynamicTest> regionCodes() {
        return RegexAgreement.cases("[A-Z]{2}", HotlineReader::isRegionCode, "AZazÄ1 ", 3, "", "US", "us", "U", "USA", "ÄB");
    }
}
