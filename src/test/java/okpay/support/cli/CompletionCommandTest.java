package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code completion bash|zsh}: scripts that make the user's shell complete commands, options and their values, the
 * knowledge base's included; run in a real bash with the script sourced, as its Tab would run it.
 */
class CompletionCommandTest {
    @TempDir
    Path dir;

    /** What bash's completion offers for {@code words}, the last being completed, sorted. */
    private List<String> bashCompletes(Path script, String... words) throws Exception {
        return bash(script, Map.of(), words).stream().sorted().toList();
    }

    /**
     * What bash's completion offers for {@code words} (each put on the line as it is: {@code United\ S} is one
     * word with a backslash), in order, by the function the script registers for okpay-support, in {@code env}.
     */
    private List<String> bash(Path script, Map<String, String> env, String... words) throws Exception {
        String array = String.join(" ", Arrays.stream(words).map(CompletionValues::literal).toList());
        String line = "okpay-support " + String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(okpay-support " + array + "); COMP_CWORD=" + words.length
                + "; COMP_LINE=" + CompletionValues.literal(line) + "; COMP_POINT=${#COMP_LINE}; "
                + "function=$(complete -p okpay-support | sed 's/.*-F \\([^ ]*\\).*/\\1/'); "
                + "\"$function\" okpay-support \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        ProcessBuilder builder = new ProcessBuilder("bash", "--norc", "-c", program);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().putAll(env);
        Process bash = builder.start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The words bash reads from {@code typed}, as the line would give them to the command. */
    private static List<String> asArguments(String typed) throws Exception {
        Process bash = new ProcessBuilder("bash", "--norc", "-c", "eval \"set -- $1\"; printf '%s\\n' \"$@\"", "bash", typed).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return out.lines().toList();
    }

    /** The bash script made with fixture {@code kb} as the knowledge base. */
    private Path script(String kb) throws Exception {
        CliRunner.Result result = Fixtures.cli(kb).run("completion", "bash");
        assertEquals(0, result.exitCode(), result.err());
        return Files.writeString(dir.resolve(kb + ".bash"), result.out());
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
    void bashOffersKnowledgeBaseValuesWhereTheyBelong() throws Exception {
        Path script = script("completion.yaml");
        assertEquals(List.of("资金"), bashCompletes(script, "contact", "--topic", "资"));
        assertEquals(List.of("funds", "security", "technical", "资金", "账户安全", "技术问题"), bash(script, Map.of(), "contact", "draft", "--topic", ""));
        assertEquals(List.of("account-hacked", "contact-us", "how-long", "money-missing", "payment-declined"), bashCompletes(script, "faq", "show", ""));
        assertEquals(List.of("51"), bashCompletes(script, "diagnose", "declined-tx", "--code", "5"));
        assertEquals(List.of("N7"), bashCompletes(script, "diagnose", "--code", "=", "N"), "bash splits --code=N at '='");
        assertEquals(List.of("美国", "美属萨摩亚"), bashCompletes(script, "contact", "--region", "美"));
        assertEquals(List.of("US", "United\\ States"), bashCompletes(script, "contact", "--region", "U"));
        assertEquals(List.of("资金"), bashCompletes(script, "faq", "list", "--tag", "资"));
        assertEquals(List.of("describe", "list", "missing-funds", "payment-failed"), bashCompletes(script, "diagnose", ""));
        assertEquals(List.of("missing-funds"), bashCompletes(script, "diagnose", "describe", "m"));
        assertEquals(List.of("missing-funds"), bashCompletes(script, "diagnose", "--region", "US", "m"), "an option's value is no positional");
        assertEquals(List.of("missing-funds"), bashCompletes(script, "diagnose", "--answer", "days", "=", "3", "m"),
                "nor an ID=VALUE pair, which bash splits at '='");
        assertFalse(bashCompletes(script, "diagnose", "--answer", "days", "=", "").contains("missing-funds"), "no flow after 'days='");
        assertFalse(bashCompletes(script, "diagnose", "--answer", "days", "=", "m").contains("missing-funds"), "nor after 'days=m'");
        // config set KEY VALUE: the values of the option of the same name
        assertEquals(List.of("US", "United\\ States"), bashCompletes(script, "config", "set", "region", "U"));
        assertEquals(List.of("en", "zh"), bashCompletes(script, "config", "set", "lang", ""));
        assertEquals(List.of("agent"), bashCompletes(script, "config", "set", "audience", "a"));
        assertEquals(List.of("json"), bashCompletes(script, "contact", "--format", "j"));
        // whatever the case typed, as in the interactive shell; the user's own nocasematch setting is left as it was
        assertEquals(List.of("US"), bashCompletes(script, "contact", "--region", "us"));
        assertEquals(List.of("money-missing"), bashCompletes(script, "faq", "show", "MONEY"));
        Process shopt = new ProcessBuilder("bash", "--norc", "-c", "source '" + script + "' 2>/dev/null; COMP_WORDS=(okpay-support faq show m); "
                + "COMP_CWORD=3; _okpay_support_complete okpay-support m show 2>/dev/null; shopt nocasematch").start();
        String setting = new String(shopt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(shopt.waitFor(30, TimeUnit.SECONDS) && setting.contains("off"), setting);
        // the rest is still picocli's
        assertEquals(List.of("--region"), bashCompletes(script, "contact", "--re"));
        assertEquals(List.of("search", "show"), bashCompletes(script, "faq", "s"));
    }

    @Test
    void valuesWithSpacesQuotesAndChineseGoOnTheLineAsOneWord() throws Exception {
        Path script = script("completion.yaml");
        List<String> samoa = bashCompletes(script, "contact", "--region", "Sam");
        assertEquals(List.of("Samoa\\ \\(America\\'s\\)"), samoa);
        assertEquals(List.of("Samoa (America's)"), asArguments(samoa.get(0)), "bash reads the inserted text back as the name");
        // typed with a backslash or an opening quote, the value still completes
        assertEquals(samoa, bashCompletes(script, "contact", "--region", "Samoa\\ (Am"));
        assertEquals(samoa, bashCompletes(script, "contact", "--region", "\"Samoa (A"));
        assertEquals(List.of("United\\ States"), bashCompletes(script, "contact", "--region", "United\\ "));
        assertEquals(List.of("United States"), asArguments("United\\ States"));
        // Chinese in a C locale too: the script compares bytes
        assertEquals(List.of("美国", "美属萨摩亚"), bash(script, Map.of("LANG", "C", "LC_ALL", "C"), "contact", "--region", "美"));
        // one word "--region=Sam" (zsh, or bash without '=' among its word breaks) gets the option back in front
        assertEquals(List.of("--region=Samoa\\ \\(America\\'s\\)"), bashCompletes(script, "contact", "--region=Sam"));
    }

    @Test
    void commaSeparatedChecksAndTheScriptFollowsTheKnowledgeBase() throws Exception {
        Path script = script("security.yaml");
        List<String> after = bash(script, Map.of(), "security-check", "--only", "two-step,");
        assertFalse(after.isEmpty());
        assertTrue(after.stream().allMatch(v -> v.startsWith("two-step,")), after.toString());
        assertTrue(after.contains("two-step,password-strength"), after.toString());
        // security.yaml has no flow: nothing of completion.yaml's, nor of the embedded knowledge base's
        assertEquals(List.of(), bash(script, Map.of(), "diagnose", "describe", "m"));
        assertEquals(List.of(), bash(script, Map.of(), "contact", "--region", "Sam"));
    }

    @Test
    void zshScriptLoadsBashCompletionEmulationFirst() {
        CliRunner.Result result = CliRunner.runEn("completion", "zsh");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("#compdef okpay-support", lines.get(0));
        assertTrue(result.out().indexOf("bashcompinit") < result.out().indexOf("complete -F _complete_okpay-support"), result.out());
        // the same value completion as bash's (zsh runs it through bashcompinit, in sh emulation with arrays from 0)
        String bash = CliRunner.runEn("completion", "bash").out();
        assertTrue(result.out().endsWith(bash), "the zsh script is the bash one after its preamble");
        assertTrue(result.out().indexOf("bashcompinit") < result.out().indexOf("complete -F _okpay_support_complete"), result.out());
    }

    @Test
    void aKnowledgeBaseThatCannotBeLoadedIsItsUsualError() {
        CliRunner.Result result = CliRunner.runEn("completion", "bash", "--kb", dir.resolve("missing.yaml").toString());
        assertEquals(4, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("error: knowledge base file"), result.err());
    }

    @Test
    void unknownShellIsAUsageError() {
        CliRunner.Result result = CliRunner.runEn("completion", "fish");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: ") && result.err().contains("bash, zsh"), result.err());
    }
}
