package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The contact bundle (verify and draft messages) has every key in both languages, with the same placeholders. */
class ContactBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load("contact.properties");
        Properties zh = load("contact_zh.properties");

        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertFalse(zh.getProperty(key).isBlank(), key);
            assertFalse(zh.getProperty(key).contains("\uFFFD"), key + " is not valid UTF-8");
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
        }
        assertTrue(en.stringPropertyNames().size() > 60);
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContactBundleTest.class.getResourceAsStream("/okpay/support/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
