package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundle reader's quick way gives what {@link PropertyResourceBundle} gives: on every bundle and on generated text. */
class BundleParserTest {
    private static Map<String, String> expected(byte[] bytes) throws IOException {
        PropertyResourceBundle bundle = new PropertyResourceBundle(new ByteArrayInputStream(bytes));
        Map<String, String> out = new HashMap<>();
        for (String key : bundle.keySet()) {
            out.put(key, bundle.getString(key));
        }
        return out;
    }

    @Test
    void everyBundleOfTheToolReadsTheQuickWayAndTheSame() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            bundles = files.filter(p -> p.toString().endsWith(".properties")).toList();
        }
        for (Path file : bundles) {
            byte[] bytes = Files.readAllBytes(file);
            assertNotNull(BundleParser.plain(new String(bytes, StandardCharsets.UTF_8)), () -> file + " needs the slow way");
            assertEquals(expected(bytes), BundleParser.parse(bytes), file.toString());
        }
    }

    @Test
    void unusualTextTakesTheStandardWay() throws IOException {
        for (String text : List.of("a = b\n", "a:b\n", " a=b\n", "a=b\\\n  c\n", "a b\n", "a=b\r\nc=d\n", "# x\rc=d\n", "a\\=x=y\n")) {
            assertNull(BundleParser.plain(text), text);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertEquals(expected(bytes), BundleParser.parse(bytes), text);
        }
        byte[] latin1 = "a=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(expected(latin1), BundleParser.parse(latin1));
        byte[] malformed = "a=\\u12g4\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> BundleParser.parse(malformed));
    }

    /** Lines of keys, values, escapes, comments and blanks, now and then one the quick way must hand over. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void generatedBundlesReadAsPropertyResourceBundleReadsThem(long seed) throws IOException {
        Random random = new Random(seed);
        String[] pieces = {"a", "b.c", "x-y", "资金", "{0}", " ", "  ", "\t", "=", ":", "#", "!", "\\u0020", "\\n", "\\t", "\\\\",
            "\\:", "\\=", "\\u4e2d", "é", "%s", "'", "\""};
        for (int round = 0; round < 400; round++) {
            StringBuilder text = new StringBuilder();
            int lines = random.nextInt(8);
            for (int line = 0; line < lines; line++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    text.append(random.nextBoolean() ? "# " : "! ").append(pieces[random.nextInt(pieces.length)]);
                } else if (kind > 1) {
                    text.append("k").append(random.nextInt(5));
                    if (random.nextInt(8) == 0) {
                        text.append(pieces[random.nextInt(pieces.length)]);
                    }
                    text.append('=');
                    int parts = random.nextInt(5);
                    for (int p = 0; p < parts; p++) {
                        text.append(pieces[random.nextInt(pieces.length)]);
                    }
                    if (random.nextInt(20) == 0) {
                        text.append('\\'); // goes on on the next line
                    }
                }
                text.append(random.nextInt(30) == 0 ? "\r\n" : "\n");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(expected(bytes), BundleParser.parse(bytes), text.toString());
        }
    }
}
