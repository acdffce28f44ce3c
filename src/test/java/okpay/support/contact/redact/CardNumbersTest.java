package okpay.support.contact.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "4111111111111111, true",
        "4111111111111112, false",
        "79927398713, true",
        "79927398710, false",
        "378282246310005, true",
        "6011000990139424, true",
        "0000000000000000, true",
        "1234567890123, false"
    })
    void luhn(String digits, boolean valid) {
        assertEquals(valid, CardNumbers.luhn(digits));
    }

    @ParameterizedTest
    @CsvSource({
        "4111 1111 1111 1111, 411111******1111",
        "3782-822463-10005, 378282*****0005",
        "4222222222222, 422222***2222",
        "6212345678901234569, 621234*********4569"
    })
    void maskKeepsFirstSixLastFourAndTheLength(String card, String masked) {
        assertEquals(masked, CardNumbers.masked(card));
    }
}
