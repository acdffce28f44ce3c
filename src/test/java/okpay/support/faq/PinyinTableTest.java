package okpay.support.faq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pinyin table search uses for Chinese typos is exactly what ICU's Han-Latin transliteration gives, so it cannot
 * rot. After an ICU upgrade: {@code mvn -B test -Dtest=PinyinTableTest -Dpinyin.update=true}, then review.
 */
class PinyinTableTest {
    private static final Path TABLE = Path.of("src/main/resources/okpay/support/faq", Pinyin.RESOURCE);

    @Test
    void theTableIsIcusReadingOfEveryCharacter() throws IOException {
        byte[] generated = generate();
        if (Boolean.getBoolean("pinyin.update")) {
            Files.write(TABLE, generated);
        }
        assertArrayEquals(generated, Files.readAllBytes(TABLE), "regenerate with -Dpinyin.update=true");
    }

    @ParameterizedTest(name = "{0} sounds like {1}")
    @CsvSource({"密码, 密马", "提现, 体现", "冻结, 冻洁", "被盗, 被到", "闪退, 闪腿", "客服, 客福", "验证, 验正", "到账, 到帐"})
    void homophoneTyposHaveTheSameKey(String meant, String typed) {
        assertEquals(Pinyin.key(meant), Pinyin.key(typed));
    }

    @Test
    void charactersOutsideTheTableHaveNoKey() {
        assertNull(Pinyin.of('a'));
        assertNull(Pinyin.key("2fa"));
        assertEquals("mi ma", Pinyin.key("密码"));
    }

    private static byte[] generate() throws IOException {
        Transliterator toLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII");
        List<String> readings = new ArrayList<>();
        TreeSet<String> syllables = new TreeSet<>();
        for (int c = Pinyin.FIRST; c <= Pinyin.LAST; c++) {
            String character = String.valueOf((char) c);
            String reading = toLatin.transliterate(character).strip();
            boolean syllable = !reading.equals(character) && reading.chars().allMatch(ch -> ch >= 'a' && ch <= 'z');
            readings.add(syllable ? reading : null);
            if (syllable) {
                syllables.add(reading);
            }
        }
        List<String> ordered = new ArrayList<>(syllables);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(ordered.size());
            for (String syllable : ordered) {
                out.writeUTF(syllable);
            }
            for (String reading : readings) {
                out.writeShort(reading == null ? 0 : ordered.indexOf(reading) + 1);
            }
        }
        return bytes.toByteArray();
    }
}
