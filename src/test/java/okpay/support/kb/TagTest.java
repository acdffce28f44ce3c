package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import okpay.support.testing.RandomText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * This tool's {@link Tag} (kept by the build instead of SnakeYAML's, for a faster start) answers exactly as the
 * library's own does: the original is loaded from the SnakeYAML jar in a class loader of its own, and both are asked
 * the same questions, of every constant and of tags made from generated texts and from classes.
 */
class TagTest {
    private static final String PIECES = "aZ09 -_.!~*'()@:$&,;=[]/?#%+\"<>\\^`{|}\t\u00e9\u4e2d\u3000\uD83D\uDE00";
    private static final List<Class<?>> CLASSES = List.of(Double.class, Float.class, BigDecimal.class, Integer.class,
            Long.class, BigInteger.class, java.util.Date.class, java.sql.Date.class, java.sql.Timestamp.class, String.class,
            Object.class, int.class, Tag.class, java.util.Map.Entry.class, List.class);

    private static Class<?> original() throws Exception {
        URL jar = Yaml.class.getProtectionDomain().getCodeSource().getLocation();
        URLClassLoader loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
        return loader.loadClass(Tag.class.getName());
    }

    private static Set<String> publicMembers(Class<?> type) {
        Set<String> members = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                members.add(Modifier.toString(method.getModifiers()) + " " + method.getReturnType().getName() + " "
                        + method.getName() + Arrays.toString(Arrays.stream(method.getParameterTypes()).map(Class::getName).toArray()));
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (Modifier.isPublic(constructor.getModifiers())) {
                members.add("new" + Arrays.toString(Arrays.stream(constructor.getParameterTypes()).map(Class::getName).toArray()));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers())) {
                members.add(Modifier.toString(field.getModifiers()) + " " + field.getType().getName() + " " + field.getName());
            }
        }
        return members;
    }

    /** Everything a tag says of itself, and the classes it accepts, as one text; or how making it failed. */
    private static String describe(Object tag) throws Exception {
        Class<?> type = tag.getClass();
        StringBuilder out = new StringBuilder();
        for (String name : List.of("getValue", "isSecondary", "toString", "hashCode", "isCustomGlobal", "getClassName")) {
            out.append(name).append('=').append(outcome(() -> type.getMethod(name).invoke(tag))).append(' ');
        }
        for (String prefix : List.of(Tag.PREFIX, "!", "tag:", "")) {
            out.append("startsWith(").append(prefix).append(")=").append(type.getMethod("startsWith", String.class).invoke(tag, prefix)).append(' ');
        }
        for (Class<?> clazz : CLASSES) {
            out.append(clazz.getSimpleName()).append(':')
                    .append(type.getMethod("isCompatible", Class.class).invoke(tag, clazz)).append('/')
                    .append(type.getMethod("matches", Class.class).invoke(tag, clazz)).append(' ');
        }
        return out.toString();
    }

    private interface Call {
        Object call() throws Exception;
    }

    private static String outcome(Call call) {
        try {
            return "= " + call.call();
        } catch (InvocationTargetException e) {
            return "refused: " + e.getCause().getClass().getSimpleName() + " " + e.getCause().getMessage();
        } catch (Exception e) {
            return "refused: " + e.getClass().getSimpleName() + " " + e.getMessage();
        }
    }

    @Test
    void theBuildUsesThisToolsVersion() throws Exception {
        assertNotEquals(original().getProtectionDomain().getCodeSource().getLocation(),
                Tag.class.getProtectionDomain().getCodeSource().getLocation(), "the test compares two different classes");
        assertEquals(publicMembers(original()), publicMembers(Tag.class), "the same public fields, constructors and methods");
    }

    @Test
    void everyConstantIsTheSame() throws Exception {
        Class<?> original = original();
        int constants = 0;
        for (Field field : original.getFields()) {
            Object theirs = field.get(null);
            Object ours = Tag.class.getField(field.getName()).get(null);
            if (theirs instanceof String) {
                assertEquals(theirs, ours, field.getName());
            } else if (theirs instanceof Set<?> set) {
                assertEquals(new TreeSet<>(set.stream().map(String::valueOf).toList()),
                        new TreeSet<>(((Set<?>) ours).stream().map(String::valueOf).toList()), field.getName());
            } else {
                assertEquals(describe(theirs), describe(ours), field.getName());
                constants++;
            }
        }
        assertEquals(15, constants, "the tags of the type repository and the comment tag");
        assertTrue(Tag.TIMESTAMP.isCompatible(java.sql.Timestamp.class), "the table holds java.sql's dates");
    }

    @TestFactory
    Stream<DynamicTest> tagsFromTextsAreTheSame() throws Exception {
        Constructor<?> make = original().getConstructor(String.class);
        List<String> texts = new ArrayList<>(Arrays.asList(null, "", " ", "!", "!!str", "!custom", " !x", "!x ", "a b",
                "tag:yaml.org,2002:str", "tag:yaml.org,2002:java.util.Date", "tag:yaml.org,2002:my%20class", "tag:yaml.org,2002:",
                "tag:example.com,2000:app/x", "!中文", "tag:yaml.org,2002:中"));
        Random random = new Random(1202);
        for (int i = 0; i < 200; i++) {
            String prefix = random.nextBoolean() ? Tag.PREFIX : random.nextBoolean() ? "!" : "";
            texts.add(prefix + RandomText.of(PIECES, random, 10));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String text : texts) {
            tests.add(DynamicTest.dynamicTest(text == null ? "null" : "'" + text + "'", () -> {
                Object[] theirs = new Object[1];
                Tag[] ours = new Tag[1];
                String expected = outcome(() -> theirs[0] = make.newInstance(text));
                assertEquals(expected.startsWith("refused") ? expected : "made", outcome(() -> ours[0] = new Tag(text))
                        .replaceAll("^= .*", "made"));
                if (theirs[0] != null) {
                    assertEquals(describe(theirs[0]), describe(ours[0]));
                    assertEquals(ours[0], new Tag(text), "equal to itself made again");
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void tagsFromClassesAreTheSame() throws Exception {
        Constructor<?> make = original().getConstructor(Class.class);
        List<Class<?>> classes = new ArrayList<>(CLASSES);
        classes.add(int[].class);
        classes.add(TagTest.class);
        classes.add(null);
        for (Class<?> clazz : classes) {
            String expected = outcome(() -> describe(make.newInstance(clazz)));
            assertEquals(expected, outcome(() -> describe(new Tag(clazz))), String.valueOf(clazz));
        }
    }
}
