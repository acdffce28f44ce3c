package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import okpay.support.render.Sanitizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The knowledge base's check for hidden characters, with its fast path for plain text, finds what the full check finds. */
class HiddenCharactersTest {
    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void findsWhatTheCharacterByCharacterCheckFinds(long seed) {
        Random random = new Random(seed);
        int[] rare = {0x1b, 0x00, 0x7f, 0x85, 0x200b, 0x202e, 0xfeff, 0xad, 0x2029, 0xffff, 0x3164, 0xdc00, 0x1f600, '\t', '\n', '\r'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(20);
                text.appendCodePoint(pick < 9 ? 0x20 + random.nextInt(0x5f) : pick < 18 ? 0x4e00 + random.nextInt(0x5200)
                        : pick < 19 ? 0xff01 + random.nextInt(0x5e) : rare[random.nextInt(rare.length)]);
            }
            String value = text.toString();
            boolean expected = false;
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                expected |= c != '\n' && c != '\t' && Sanitizer.isUnsafeCharacter(c);
                i += Character.charCount(c);
            }
            assertEquals(expected, HiddenCharacters.any(value), value);
        }
    }
}
