package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okpay.support.cli.CliRunner;

/** Writes knowledge-base text to a file and runs {@code kb validate} on it, as an operator would. */
final class KbValidation {
    private KbValidation() {}

    /** {@code kb validate} of {@code text} written to {@code dir/name}. */
    static CliRunner.Result validate(Path dir, String name, String text) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CliRunner.runEn("kb", "validate", file.toString());
    }

    /**
     * Replaces the first {@code target} in {@code original} with {@code replacement} and checks that
     * {@code kb validate} fails with exit 4 and reports exactly {@code file:expected} on a line.
     */
    static void assertReported(Path dir, String original, String target, String replacement, String expected) {
        int at = original.indexOf(target);
        assertTrue(at >= 0, "test setup: the knowledge base must contain " + target);
        String broken = original.substring(0, at) + replacement + original.substring(at + target.length());
        CliRunner.Result result = validate(dir, "broken.yaml", broken);
        String line = dir.resolve("broken.yaml") + ":" + expected;
        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.out().lines().anyMatch(line::equals), "expected line " + line + "\n" + result);
    }
}
