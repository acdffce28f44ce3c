package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code completion bash|zsh}: scripts that make the user's shell complete commands and options. */
class CompletionCommandTest {
    @TempDir
    Path dir;

    /** What bash's completion offers for {@code words}, the last being completed. */
    private List<String> bashCompletes(Path script, String... words) throws Exception {
        String array = String.join(" ", java.util.Arrays.stream(words).map(w -> "'" + w + "'").toList());
        String line = "okpay-support " + String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(okpay-support " + array + "); COMP_CWORD=" + words.length
                + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_okpay-support 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("bash", "--norc", "-c", program).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out.lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    @Test
    void bashScriptCompletesCommandsSubcommandsAndEnumValues() throws Exception {
        CliRunner.Result result = CliRunner.runEn("completion", "bash");
        assertEquals(0, result.exitCode(), result.err());
        Path script = Files.writeString(dir.resolve("okpay-support.bash"), result.out());
        assertEquals(List.of("search", "show"), bashCompletes(script, "faq", "s"));
        assertTrue(bashCompletes(script, "").containsAll(List.of("completion", "contact", "faq", "kb", "shell")));
        assertEquals(List.of("en", "zh"), bashCompletes(script, "faq", "--lang", ""));
        assertEquals(List.of("--region"), bashCompletes(script, "contact", "--re"));
        assertEquals(List.of("bash", "zsh"), bashCompletes(script, "completion", ""));
    }

    @Test
    void zshScriptLoadsBashCompletionEmulationFirst() {
        CliRunner.Result result = CliRunner.runEn("completion", "zsh");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("#compdef okpay-support", lines.get(0));
        assertTrue(result.out().indexOf("bashcompinit") < result.out().indexOf("complete -F _complete_okpay-support"), result.out());
    }

    @Test
    void unknownShellIsAUsageError() {
        CliRunner.Result result = CliRunner.runEn("completion", "fish");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: ") && result.err().contains("bash, zsh"), result.err());
    }
}
