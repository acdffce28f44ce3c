package okpay.support.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The class the build generates ({@code src/build/EmbedResources.java}) holds exactly the resources beside it: the bytes
 * of each, and the checksum of each (for {@code faq.yaml}, the checksum alone). A stale class fails here: rebuild with
 * {@code mvn process-classes}.
 */
class ResourcesTest {
    private static final Map<String, Resources.Stored> ENTRIES = new HashMap<>();
    private static final String[] DATA = Resources.embedded(ENTRIES);

    @Test
    void theBuildEmbedsWhatOneOffCommandsRead() {
        assertNotNull(DATA, "the build generates okpay.support.resource.Embedded (mvn process-classes)");
        for (String name : new String[] {"okpay/support/cli/commands.model", "okpay/support/kb/faq.snapshot", "okpay/support/kb/faq.yaml",
            "okpay/support/i18n/core.properties", "okpay/support/i18n/core_zh.properties", "okpay/support/contact/messages.properties",
            "okpay/support/faq/pinyin.bin"}) {
            assertTrue(ENTRIES.containsKey(name), name + " in " + ENTRIES.keySet());
        }
        assertEquals(0, ENTRIES.get("okpay/support/kb/faq.yaml").chunks(), "the YAML is there for its checksum only");
    }

    @TestFactory
    Stream<DynamicTest> eachEmbeddedResourceIsTheResourceBesideIt() {
        return ENTRIES.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] file = resource(e.getKey());
            assertNotNull(file, e.getKey());
            CRC32 crc = new CRC32();
            crc.update(file);
            assertEquals(crc.getValue() ^ ((long) file.length << 32), e.getValue().checksum(), "checksum of " + e.getKey());
            if (e.getValue().chunks() > 0) {
                assertArrayEquals(file, Resources.bytes(DATA, e.getValue()), e.getKey());
            }
        }));
    }

    @Test
    void fromAFolderOfClassesResourcesComeThroughTheClassLoader() throws IOException {
        // the tests run from target/classes, where a resource may be newer than the generated class
        assertArrayEquals(resource("okpay/support/i18n/core.properties"), Resources.read("okpay/support/i18n/core.properties"));
        assertEquals(null, Resources.checksum("okpay/support/kb/faq.yaml"));
        assertEquals(null, Resources.read("okpay/support/no-such-resource"));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ResourcesTest.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
