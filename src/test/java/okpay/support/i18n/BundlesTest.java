package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message bundle (each feature's {@code messages}, the shared {@code core}) has each key in both languages
 * with the same placeholders, so no message falls back to the other language or loses a value.
 */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @TestFactory
    Stream<DynamicTest> everyBundleHasBothLanguages() throws IOException {
        List<Path> chinese;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            chinese = files.filter(f -> f.getFileName().toString().endsWith("_zh.properties")
                    && !f.getFileName().toString().startsWith("help")).sorted().toList();
        }
        assertTrue(chinese.size() >= 7, "bundles found: " + chinese);
        return chinese.stream().map(zh -> DynamicTest.dynamicTest(RESOURCES.relativize(zh).toString(), () -> {
            Properties zhText = load(zh);
            Properties enText = load(zh.resolveSibling(zh.getFileName().toString().replace("_zh", "")));
            assertEquals(new TreeSet<>(enText.stringPropertyNames()), new TreeSet<>(zhText.stringPropertyNames()));
            for (String key : zhText.stringPropertyNames()) {
                assertFalse(zhText.getProperty(key).isBlank(), key);
                assertFalse(zhText.getProperty(key).contains("\uFFFD"), key + " is not valid UTF-8");
                assertEquals(placeholders(enText.getProperty(key)), placeholders(zhText.getProperty(key)), key);
            }
        }));
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
