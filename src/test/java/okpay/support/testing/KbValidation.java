package okpay.support.testing;

import static okpay.support.testing.Marker.MARK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okpay.support.cli.CliRunner;

/**
 * Writes a broken knowledge base to a file and runs {@code kb validate} on it, as an operator would, expecting the
 * line {@code FILE:LINE:COLUMN: MESSAGE}, where the {@link Marker} in the test's text gives {@code LINE:COLUMN}.
 */
public final class KbValidation {
    private KbValidation() {}

    /** The text of a test fixture under {@code src/test/resources/kb/}, e.g. {@code minimal.yaml}. */
    public static String fixture(String name) {
        try (InputStream in = KbValidation.class.getResourceAsStream("/kb/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("test setup: no fixture kb/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kb validate} of {@code text} written to {@code dir/name}. */
    public static CliRunner.Result validate(Path dir, String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CliRunner.runEn("kb", "validate", file.toString());
    }

    /** Checks the problem reported at the marker of {@code markedText}, a whole broken file. */
    public static void assertReported(Path dir, String markedText, String message) {
        Marker.Marked marked = Marker.strip(markedText);
        assertReportedAt(dir, marked.text(), marked.position(), message);
    }

    /**
     * Replaces {@code target}, which must occur once in {@code original}, with {@code replacement} and checks the
     * problem reported at the one marker of the two: in the replacement, a position in the new text; in the target, a
     * position in the original text, which the replacement must repeat up to the marker (the start of a mapping that
     * the edit leaves without a field, say), so that it stands at the same place in the broken file.
     */
    public static void assertReported(Path dir, String original, String target, String replacement, String message) {
        int markers = Marker.count(target) + Marker.count(replacement);
        if (markers != 1) {
            throw new IllegalArgumentException("test setup: put exactly one " + MARK + " in the target or the replacement, found "
                    + markers);
        }
        String plainTarget = Marker.unmarked(target);
        int at = Marker.indexOfOnce(original, plainTarget);
        String before = original.substring(0, at);
        String after = original.substring(at + plainTarget.length());
        if (target.contains(MARK) && !replacement.startsWith(target.substring(0, target.indexOf(MARK)))) {
            throw new IllegalArgumentException("test setup: the replacement must begin with the target's text up to "
                    + MARK + ", or the marker names a spot that the edit moves");
        }
        Marker.Marked marked = Marker.strip(before + (target.contains(MARK) ? target : replacement) + after);
        assertReportedAt(dir, before + Marker.unmarked(replacement) + after, marked.position(), message);
    }

    /**
     * Replaces {@code target} with {@code replacement}, neither of them marked, and checks the problem reported at the
     * marker of {@code anchor}, a text that must occur once in the broken file: for a problem reported where the edit
     * does not reach, such as a node that the edit leaves unreachable.
     */
    public static void assertReportedElsewhere(Path dir, String original, String target, String replacement, String anchor,
            String message) {
        if (Marker.count(target) + Marker.count(replacement) != 0) {
            throw new IllegalArgumentException("test setup: with an anchor, the one " + MARK + " goes in the anchor only");
        }
        int at = Marker.indexOfOnce(original, target);
        String broken = original.substring(0, at) + replacement + original.substring(at + target.length());
        assertReportedAt(dir, broken, Marker.find(broken, anchor), message);
    }

    private static void assertReportedAt(Path dir, String broken, Marker.Position position, String message) {
        CliRunner.Result result = validate(dir, "broken.yaml", broken);
        String line = dir.resolve("broken.yaml") + ":" + position + ": " + message;
        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.out().lines().anyMatch(line::equals), "expected line " + line + "\n" + result);
    }
}
