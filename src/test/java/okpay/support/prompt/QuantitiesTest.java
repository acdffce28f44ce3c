package okpay.support.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in running text: what they count, their value, and where they are. */
class QuantitiesTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            提现到银行卡三天了，卡里一分没有|三天|DURATION|3
            我的转账一天了还没到账|一天|DURATION|1
            my withdrawl to bank is stuck, its been 3 days|3 days|DURATION|3
            international wire still not here after a week|a week|DURATION|7
            从国外汇过来两周了还没到帐|两周|DURATION|14
            充值失败了但是银行卡已经扣了¥300|¥300|AMOUNT|300
            sent $200 to my brother|$200|AMOUNT|200
            top up了100刀 余额没变|100刀|AMOUNT|100
            topped up 50 bucks from my card|50 bucks|AMOUNT|50
            paid €45 not €450|€45|AMOUNT|45
            转5万提示超出额度|5万|NUMBER|50000
            payment keeps failing, error code 51|51|NUMBER|51
            体现申请都过去48小时了|48小时|DURATION|2
            """)
    void theFirstNumberOfASentence(String text, String written, Quantities.Measure measure, String value) {
        Quantities.Found found = Quantities.find(text).get(0);

        assertEquals(written, text.substring(found.start(), found.end()));
        assertEquals(measure, found.measure());
        assertEquals(new BigDecimal(value), found.value());
    }

    @Test
    void wordsThatHoldDigitsOrNumeralsAreNotNumbers() {
        assertEquals(List.of(), Quantities.find("turn on 2fa, 一直失败, 十几次, code N7, 3ds"));
        assertNull(Quantities.whole("2fa"));
        assertNull(Quantities.whole("一直"));
    }

    @Test
    void aWholeAnswerIsOneNumberAndNothingElse() {
        assertEquals(new BigDecimal("7"), Quantities.whole("a week").value());
        assertNull(Quantities.whole("3 days and 2 hours"));
        assertNull(Quantities.whole("a"));
    }

    /** Any amount written with a sign and thousands separators reads back as the number it is. */
    @TestFactory
    Stream<DynamicTest> amountsWithSeparatorsReadBack() {
        Random random = new Random(10);
        return IntStream.range(0, 40).mapToObj(i -> {
            long whole = random.nextInt(2_000_000);
            int cents = random.nextInt(100);
            String written = String.format("$%,d.%02d", whole, cents);
            BigDecimal expected = new BigDecimal(whole + "." + String.format("%02d", cents)).stripTrailingZeros();
            return DynamicTest.dynamicTest(written, () -> assertEquals(0, expected.compareTo(Quantities.whole(written).value()), written));
        });
    }
}
