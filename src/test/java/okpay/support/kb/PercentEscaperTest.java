package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import okpay.support.testing.RandomText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.external.com.google.gdata.util.common.base.PercentEscaper;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * This tool's {@link PercentEscaper} (kept by the build instead of SnakeYAML's, for a faster start) escapes exactly as
 * the library's own does: the original is loaded from the SnakeYAML jar in a class loader of its own and both escape
 * the same generated texts with the same safe characters, and refuse the same settings.
 */
class PercentEscaperTest {
    private static final String[] SAFE = {"-_.!~*'()@:$&,;=[]/", PercentEscaper.SAFECHARS_URLENCODER,
            PercentEscaper.SAFEPATHCHARS_URLENCODER, PercentEscaper.SAFEQUERYSTRINGCHARS_URLENCODER, "", " "};
    private static final String PIECES = "aZ09 -_.!~*'()@:$&,;=[]/?#%+\"<>\\^`{|}\t\u007f\u0080éß中文\u3000\uD83D\uDE00";

    @Test
    void theBuildUsesThisToolsVersion() throws Exception {
        assertNotEquals(original().getProtectionDomain().getCodeSource().getLocation(),
                PercentEscaper.class.getProtectionDomain().getCodeSource().getLocation(),
                "the test compares two different classes");
        assertEquals("tag:yaml.org,2002:str", Tag.STR.getValue(), "SnakeYAML's tags still build");
        assertEquals("!my%20tag%E4%B8%AD", new Tag("!my tag中").getValue());
    }

    @TestFactory
    Stream<DynamicTest> bothEscapeAlike() throws Exception {
        Class<?> original = original();
        Constructor<?> make = original.getConstructor(String.class, boolean.class);
        List<String> texts = new ArrayList<>(List.of("", "plain", "a b", "%", "中文", "\uD83D\uDE00", "tag:yaml.org,2002:str"));
        Random random = new Random(1201);
        for (int i = 0; i < 300; i++) {
            String text = RandomText.of(PIECES, random, 12);
            texts.add(text);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String safe : SAFE) {
            for (boolean plus : new boolean[] {false, true}) {
                tests.add(DynamicTest.dynamicTest("safe '" + safe + "', plus for space " + plus, () -> {
                    String expected = outcome(() -> make.newInstance(safe, plus));
                    assertEquals(expected, outcome(() -> new PercentEscaper(safe, plus)), "construction");
                    if (!expected.startsWith("refused")) {
                        Object theirs = make.newInstance(safe, plus);
                        PercentEscaper ours = new PercentEscaper(safe, plus);
                        for (String text : texts) {
                            assertEquals(outcome(() -> original.getMethod("escape", String.class).invoke(theirs, text)),
                                    outcome(() -> ours.escape(text)), text);
                        }
                    }
                }));
            }
        }
        for (String refused : new String[] {"a", "-9", "%", "-_%"}) {
            tests.add(DynamicTest.dynamicTest("refused '" + refused + "'", () -> assertEquals(
                    outcome(() -> make.newInstance(refused, false)), outcome(() -> new PercentEscaper(refused, false)))));
        }
        return tests.stream();
    }

    /** SnakeYAML's own PercentEscaper, from its jar, beside (not instead of) this tool's. */
    private static Class<?> original() throws Exception {
        URL jar = org.yaml.snakeyaml.Yaml.class.getProtectionDomain().getCodeSource().getLocation();
        URLClassLoader loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        return loader.loadClass(PercentEscaper.class.getName());
    }

    private interface Call {
        Object call() throws Exception;
    }

    /** What a call returned, or the exception class and message it threw. */
    private static String outcome(Call call) {
        try {
            Object value = call.call();
            return value instanceof String text ? "= " + text : "made";
        } catch (InvocationTargetException e) {
            return "refused: " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage();
        } catch (Exception e) {
            return "refused: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
