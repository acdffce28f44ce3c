package okpay.support.contact.redact;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import okpay.support.i18n.Lang;
import org.junit.jupiter.api.Test;

/**
 * The tool's own words pass the redactor unchanged: every error message is redacted whole before it is printed (it
 * echoes what the user typed), so a message such as "input ended before the password was typed" or "did you mean
 * 'forgot-password'?" must not lose a word to a rule.
 */
class RedactorOwnTextTest {
    @Test
    void noMessageOfAnyBundleIsChanged() throws IOException {
        List<String> changed = new ArrayList<>();
        int messages = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/okpay/support"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties bundle = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                for (String key : bundle.stringPropertyNames()) {
                    String text = bundle.getProperty(key);
                    messages++;
                    for (Lang lang : Lang.values()) {
                        String out = new Redactor(lang).apply(text);
                        if (!out.equals(text)) {
                            changed.add(file.getFileName() + " " + key + ": " + text + " -> " + out);
                        }
                    }
                }
            }
        }
        assertTrue(messages > 500, "read the bundles: " + messages);
        assertTrue(changed.isEmpty(), String.join("\n", changed));
    }
}
