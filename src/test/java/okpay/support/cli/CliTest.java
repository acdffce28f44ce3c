package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The command line as users meet it: options anywhere, exit codes, stdout for results, stderr for messages. */
class CliTest {
    /** Ten FAQ entries, five topics, four channels: what the commands below list, show and search. */
    private static final String KB = "search.yaml";
    private static final String TRACE = "(?s).*(\\tat |Exception in thread|\\w+Exception:).*";

    @Test
    void globalOptionsWorkBeforeAndAfterTheSubcommand() {
        CliRunner.Result after = Fixtures.run(KB, "faq", "search", "--format", "json", "password");
        CliRunner.Result before = Fixtures.run(KB, "--format", "json", "faq", "search", "password");
        CliRunner.Result middle = Fixtures.run(KB, "faq", "--format=json", "search", "password");
        assertEquals(0, after.exitCode(), after.toString());
        assertTrue(after.out().startsWith("["), after.out());
        assertEquals(after.out(), before.out());
        assertEquals(after.out(), middle.out());
    }

    @Test
    void languageComesFromLocaleUnlessGiven() {
        CliRunner.Result zhLocale = Fixtures.cli(KB).env("LANG", "zh_CN.UTF-8").run("faq", "show", "forgot-password");
        CliRunner.Result lcAllWins = Fixtures.cli(KB).env("LANG", "zh_CN.UTF-8").env("LC_ALL", "en_US.UTF-8")
                .run("faq", "show", "forgot-password");
        CliRunner.Result option = Fixtures.cli(KB).env("LANG", "zh_CN.UTF-8").run("faq", "show", "forgot-password", "--lang", "en");
        assertTrue(zhLocale.out().contains("处理步骤"), zhLocale.out());
        assertTrue(lcAllWins.out().contains("What to do"), lcAllWins.out());
        assertTrue(option.out().contains("What to do"), option.out());
        assertFalse(option.out().contains("处理步骤"));
    }

    @Test
    void unknownFaqIdSuggestsTheClosestInTheUsersLanguage() {
        CliRunner.Result en = Fixtures.run(KB, "faq", "show", "forgot-pasword");
        assertEquals(3, en.exitCode());
        assertEquals("", en.out());
        assertEquals("error: no FAQ entry 'forgot-pasword'\nhint: did you mean 'forgot-password'? run 'okpay-support faq list' "
                + "to see every id, or 'faq search WORDS' to find one\n", en.err());

        CliRunner.Result zh = Fixtures.run(KB, "faq", "show", "forgot-pasword", "--lang", "zh");
        assertEquals(3, zh.exitCode());
        assertTrue(zh.err().startsWith("error: 没有编号为 'forgot-pasword' 的常见问题\n提示: 您是不是要找 'forgot-password'？"), zh.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-option", "faq --bogus", "faq show", "faq search", "contact --topic", "--format xml faq list",
        "--lang fr faq list", "faq serch x", "faq search x --limit many"})
    void usageErrorsAreOneLineWithExitTwo(String args) {
        CliRunner.Result result = Fixtures.run(KB, args.split(" "));
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals("", result.out());
        List<String> lines = result.err().lines().toList();
        assertEquals(2, lines.size(), result.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertTrue(lines.get(1).startsWith("hint: run 'okpay-support"), lines.get(1));
        assertFalse(result.err().matches(TRACE), result.err());
    }

    @Test
    void oneOffRunsFindTheCommandNameBehindGlobalOptions() {
        CommandSpec root = new CommandLine(new RootCommand(new CliContext(new PrintWriter(Writer.nullWriter()),
                new PrintWriter(Writer.nullWriter()), InputStream.nullInputStream(), Map.of(), false))).getCommandSpec();
        assertEquals("faq", Cli.commandNamed(root, new String[] {"faq", "search", "x"}));
        assertEquals("faq", Cli.commandNamed(root, new String[] {"--format", "json", "--kb", "f.yaml", "--lang", "zh", "--no-color", "faq"}));
        assertEquals("contact", Cli.commandNamed(root, new String[] {"--format=json", "--verbose", "contact", "--topic", "funds"}));
        assertEquals(null, Cli.commandNamed(root, new String[] {"--help"}));
        assertEquals(null, Cli.commandNamed(root, new String[] {"--", "faq"}));
        assertEquals(null, Cli.commandNamed(root, new String[] {}));
    }

    @Test
    void unknownCommandStillGetsTheWholeTreeForHelpAndSuggestions() {
        CliRunner.Result result = Fixtures.run(KB, "--format", "json", "diagnos");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("diagnose"), result.err());
        CliRunner.Result help = Fixtures.run(KB, "--help");
        for (String command : List.of("contact", "faq", "diagnose", "security-check", "kb", "shell", "completion")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in " + help.out());
        }
    }

    @Test
    void misspelledSubcommandGetsASuggestion() {
        CliRunner.Result result = Fixtures.run(KB, "faq", "serch", "x");
        assertTrue(result.err().contains("did you mean 'search'"), result.err());
        CliRunner.Result swapped = Fixtures.run(KB, "fqa", "list");
        assertEquals(2, swapped.exitCode());
        assertTrue(swapped.err().startsWith("error: Unmatched arguments from index 0: 'fqa', 'list' (did you mean 'faq'?)\n"), swapped.err());
    }

    @Test
    void unknownTopicAndBadRegion() {
        CliRunner.Result topic = Fixtures.run(KB, "contact", "--topic", "fund");
        assertEquals(3, topic.exitCode());
        assertTrue(topic.err().startsWith("error: no topic 'fund'\nhint: did you mean 'funds'? topics: funds, security, technical, mistake, feedback"),
                topic.err());
        CliRunner.Result region = Fixtures.run(KB, "contact", "--region", "Germany");
        assertEquals(2, region.exitCode());
        assertTrue(region.err().startsWith("error: region 'Germany' is not a two-letter country code"), region.err());
    }

    @Test
    void helpAndVersionWorkOnEveryCommand() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"faq", "-h"}, new String[] {"faq", "search", "--help"},
                new String[] {"contact", "--help"}, new String[] {"kb", "validate", "-h"})) {
            CliRunner.Result result = Fixtures.run(KB, args);
            assertEquals(0, result.exitCode(), String.join(" ", args));
            assertTrue(result.out().contains("Usage: okpay-support"), result.out());
            assertTrue(result.out().contains("Examples:"), "help of " + String.join(" ", args) + " has examples");
        }
        CliRunner.Result version = Fixtures.run(KB, "faq", "-V");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("okpay-support "), version.out());
    }

    @Test
    void helpOfEveryCommandIsTranslatedToChinese() {
        List<List<String>> paths = new java.util.ArrayList<>();
        collect(Cli.create(new CliContext(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(
                new java.io.StringWriter()), java.io.InputStream.nullInputStream(), Map.of(), false)), List.of(), paths);
        assertTrue(paths.size() >= 6, paths.toString());
        for (List<String> path : paths) {
            List<String> args = new java.util.ArrayList<>(path);
            args.addAll(List.of("--help", "--lang", "zh"));
            CliRunner.Result result = Fixtures.run(KB, args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), path.toString());
            String header = result.out().lines().findFirst().orElse("");
            assertTrue(header.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN),
                    "Chinese header for " + path + ": " + header);
            assertTrue(result.out().contains("用法："), path.toString());
            for (String line : result.out().lines().filter(l -> l.startsWith("  -") || l.startsWith("      ")).toList()) {
                assertFalse(line.matches(".*\\b(the|and|to|of)\\b.*[a-z]{4,}.*") && !line.contains("okpay-support"),
                        "untranslated option text in " + path + ": " + line);
            }
        }
    }

    private static void collect(picocli.CommandLine cmd, List<String> path, List<List<String>> out) {
        out.add(path);
        cmd.getSubcommands().forEach((name, sub) -> {
            List<String> next = new java.util.ArrayList<>(path);
            next.add(name);
            collect(sub, next, out);
        });
    }

    @Test
    void noArgumentsWithoutTerminalPrintsHelp() {
        CliRunner.Result result = Fixtures.run(KB);
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("Usage: okpay-support"), result.out());
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        CliRunner.Result piped = Fixtures.run(KB, "faq", "list");
        CliRunner.Result terminal = Fixtures.cli(KB).tty(true).run("faq", "list");
        CliRunner.Result noColorOption = Fixtures.cli(KB).tty(true).run("faq", "list", "--no-color");
        CliRunner.Result noColorEnv = Fixtures.cli(KB).tty(true).env("NO_COLOR", "1").run("faq", "list");
        assertFalse(piped.out().contains("\u001b["));
        assertTrue(terminal.out().contains("\u001b["));
        assertFalse(noColorOption.out().contains("\u001b["));
        assertFalse(noColorEnv.out().contains("\u001b["));
        assertEquals(piped.out(), noColorOption.out());
    }

    @Test
    void jsonAndYamlCarryTheSameDocument() {
        for (String[] command : List.of(new String[] {"faq", "list"}, new String[] {"faq", "show", "enable-2fa"},
                new String[] {"faq", "search", "钱没到账"}, new String[] {"contact", "--topic", "security", "--region", "us"})) {
            CliRunner.Result json = Fixtures.run(KB, concat(command, "--format", "json"));
            CliRunner.Result yaml = Fixtures.run(KB, concat(command, "--format", "yaml"));
            assertEquals(0, json.exitCode(), json.toString());
            assertEquals("", json.err());
            Object fromJson = new Yaml().load(json.out());
            Object fromYaml = new Yaml().load(yaml.out());
            assertEquals(fromJson, fromYaml, String.join(" ", command));
        }
    }

    @Test
    void jsonContractForScripts() {
        Object list = new Yaml().load(Fixtures.run(KB, "faq", "list", "--format", "json").out());
        assertTrue(list instanceof List<?> entries && !entries.isEmpty());
        Map<?, ?> first = (Map<?, ?>) ((List<?>) list).get(0);
        assertTrue(first.containsKey("id") && first.containsKey("title"), first.toString());

        List<?> hits = new Yaml().load(Fixtures.run(KB, "faq", "search", "declined", "--format", "json").out());
        Map<?, ?> best = (Map<?, ?>) hits.get(0);
        assertEquals("declined-transaction", best.get("id"));
        assertTrue(best.get("score") instanceof Double score && score > 0 && score <= 1, best.toString());

        Map<?, ?> show = new Yaml().load(Fixtures.run(KB, "faq", "show", "forgot-password", "--format", "json").out());
        assertEquals("forgot-password", show.get("id"));
        assertTrue(show.get("steps") instanceof List<?> steps && steps.size() >= 3, show.toString());
        assertTrue(show.get("answer") instanceof String);

        Map<?, ?> contact = new Yaml().load(Fixtures.run(KB, "contact", "--format", "json").out());
        List<?> channels = (List<?>) contact.get("channels");
        assertEquals(List.of("website", "email", "social", "hotline"), channels.stream().map(c -> ((Map<?, ?>) c).get("id")).toList());
        assertTrue(((Map<?, ?>) channels.get(0)).get("name") instanceof String);
    }

    @Test
    void searchLimit() {
        List<?> hits = new Yaml().load(Fixtures.run(KB, "faq", "search", "password", "--limit", "2", "--format", "json").out());
        assertEquals(2, hits.size());
        CliRunner.Result zero = Fixtures.run(KB, "faq", "search", "password", "--limit", "0");
        assertEquals(2, zero.exitCode());
        assertEquals("error: --limit must be at least 1, got 0\nhint: Give --limit a whole number of 1 or more, for example --limit 5.\n", zero.err());
    }

    @Test
    void unknownTagSuggestsExistingOnes() {
        CliRunner.Result result = Fixtures.run(KB, "faq", "list", "--tag", "pasword");
        assertEquals(3, result.exitCode());
        assertTrue(result.err().startsWith("error: no FAQ entry has the tag 'pasword'\nhint: did you mean 'password'?"), result.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theListFooterCountsOneEntryInTheSingular() {
        CliRunner.Result one = Fixtures.run(KB, "faq", "list", "--tag", "password");
        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(one.out().contains("1 entry. Read it with: okpay-support faq show ID"), one.out());
        CliRunner.Result all = Fixtures.run(KB, "faq", "list");
        assertTrue(all.out().matches("(?s).*\\n([2-9]|[1-9][0-9]+) entries\\. Read one with.*"), all.out());
    }
}
