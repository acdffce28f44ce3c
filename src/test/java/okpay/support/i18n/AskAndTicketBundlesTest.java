package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ask, ticket and diagnose bundles have every key in both languages, so no message falls back or goes missing. */
class AskAndTicketBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ask", "ticket", "security", "diagnose"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh.properties");

        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertFalse(zh.getProperty(key).isBlank(), key);
            assertFalse(zh.getProperty(key).contains("\uFFFD"), key + " is not valid UTF-8");
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AskAndTicketBundlesTest.class.getResourceAsStream("/okpay/support/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
