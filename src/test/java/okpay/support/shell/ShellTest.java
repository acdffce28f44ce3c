package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okpay.support.cli.CliRunner;
import okpay.support.i18n.Lang;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell driven through a JLine terminal on piped streams: commands, exit statuses, keys, settings. */
class ShellTest {
    /** Ten FAQ entries (forgot-password, enable-2fa tagged security...) and five topics. */
    private static final String KB = "search.yaml";

    @TempDir
    Path config;

    private ShellDriver start() throws Exception {
        return ShellDriver.start(ShellDriver.Options.in(config).kb(Fixtures.path(KB)));
    }

    @Test
    void welcomesWithThreeExamplesThatWork() throws Exception {
        List<String> examples = List.of("faq search forgot password", "contact --topic security", "diagnose declined-tx");
        // flows.yaml has what all three need (the shipped faq.yaml is checked against them in ShippedKnowledgeBaseTest)
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(Fixtures.path("flows.yaml")))) {
            String welcome = shell.plain();
            for (String example : examples) {
                assertTrue(welcome.contains(example), welcome);
            }
            for (String example : examples.subList(0, 2)) {
                String out = shell.run(example);
                assertFalse(out.contains("error:") || out.contains("exit "), example + "\n" + out);
            }
            // The flow asks questions: DiagnoseInShellTest walks through it; here it only has to start.
            shell.type(examples.get(2) + "\r");
            shell.waitFor("What were you trying to do?");
        }
    }

    @Test
    void aCommandPrintsWhatTheOneOffCommandPrints() throws Exception {
        CliRunner.Result oneOff = Fixtures.cli(KB).env("NO_COLOR", "1").run("faq", "show", "forgot-password");
        try (ShellDriver shell = start()) {
            String out = shell.run("faq show forgot-password");
            assertTrue(out.contains(oneOff.out()), "shell output:\n" + out + "\none-off:\n" + oneOff.out());
            assertFalse(out.contains("exit "), out);
        }
    }

    @Test
    void aFailingCommandShowsItsExitStatusAndTheShellGoesOn() throws Exception {
        CliRunner.Result oneOff = Fixtures.run(KB, "faq", "show", "no-such-entry");
        assertEquals(3, oneOff.exitCode());
        try (ShellDriver shell = start()) {
            String out = shell.run("faq show no-such-entry");
            assertTrue(out.contains(oneOff.err()), out);
            assertTrue(out.contains("exit 3"), out);
            assertTrue(shell.run("--no-such-option").contains("exit 2"));
            assertTrue(shell.run("faq list").contains("forgot-password"));
        }
    }

    @Test
    void tabCompletesACommandAndAnFaqId() throws Exception {
        try (ShellDriver shell = start()) {
            shell.type("faq sh" + ShellDriver.TAB);
            shell.waitFor("faq show ");
            shell.type("forgot-pa" + ShellDriver.TAB);
            shell.waitFor("forgot-password ");
            String out = shell.run("");
            assertTrue(out.contains("I forgot my password"), out);
        }
    }

    @Test
    void ctrlCClearsTheLineAndKeepsTheShell() throws Exception {
        try (ShellDriver shell = start()) {
            shell.type("faq show forgot-password");
            shell.waitFor("> faq show forgot-password");
            shell.ctrlCAtPrompt();
            String out = shell.run("faq list --tag security");
            assertFalse(shell.plain().contains("I forgot my password"), "the interrupted line did not run");
            assertTrue(out.contains("enable-2fa"), out);
            assertEquals(0, shell.endInput());
        }
    }

    @Test
    void exitQuitAndEndOfInputLeave() throws Exception {
        for (String leave : List.of("exit", "quit")) {
            try (ShellDriver shell = start()) {
                shell.type(leave + "\r");
                assertEquals(0, shell.awaitExit());
                assertTrue(shell.plain().contains("Bye."), shell.plain());
            }
        }
        try (ShellDriver shell = start()) {
            assertEquals(0, shell.endInput());
        }
    }

    @Test
    void faqShowNumberOpensThatResultOfTheLastSearch() throws Exception {
        CliRunner.Result search = Fixtures.run(KB, "faq", "search", "money", "not", "arrived", "--format", "json");
        String[] ids = search.out().split("\"id\" : \"");
        String second = ids[2].split("\"")[0];
        int results = ids.length - 1;
        assertTrue(results >= 2 && results < 9, search.out());
        try (ShellDriver shell = start()) {
            String none = shell.run("faq show 2");
            assertTrue(none.contains("there is no earlier answer or search") && none.contains("exit 3"), none);
            shell.run("faq search money not arrived");
            String out = shell.run("faq show 2");
            assertTrue(out.contains("→ faq show " + second), out);
            String title = Fixtures.run(KB, "faq", "show", second).out().lines().findFirst().orElseThrow();
            assertTrue(out.contains(title), out);
            String beyond = shell.run("faq show 9");
            assertTrue(beyond.contains("the last answer had " + results + " line(s), so there is no line 9"), beyond);
            assertTrue(beyond.contains("exit 3"), beyond);
        }
    }

    @Test
    void setChangesLanguageAndFormatForTheFollowingCommands() throws Exception {
        try (ShellDriver shell = start()) {
            String settings = shell.run("set");
            assertTrue(settings.contains("lang     en") && settings.contains("format   text"), settings);
            assertTrue(settings.contains(config.resolve("okpay-support/history").toString()), settings);
            shell.run("set format json");
            assertTrue(shell.run("faq show forgot-password").contains("\"id\" : \"forgot-password\""));
            shell.run("set lang zh");
            String zh = shell.run("faq show forgot-password --format text");
            assertTrue(zh.contains("忘记密码"), zh);
            assertTrue(shell.run("set audience agent").contains("agent"));
            assertTrue(shell.run("set").contains("对象     agent"));
            String bad = shell.run("set format xml");
            assertTrue(bad.contains("不是有效的") && bad.contains("退出码 2"), bad);
            assertTrue(shell.run("set color off").contains("退出码 2"));
        }
    }

    @Test
    void setPagerTurnsThePagerOffForTheFollowingCommands() throws Exception {
        try (ShellDriver shell = start()) {
            assertTrue(shell.run("set").contains("pager    on"));
            assertTrue(shell.run("set pager off").contains("pager    off"));
            assertTrue(shell.run("set").contains("pager    off"));
            String bad = shell.run("set pager maybe");
            assertTrue(bad.contains("'maybe' is not a valid pager") && bad.contains("accepted: on, off") && bad.contains("exit 2"), bad);
        }
        // What "off" (or --no-pager given with the shell) does: every command gets --no-pager, unless its line has it.
        java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
        okpay.support.cli.CliContext context = new okpay.support.cli.CliContext(none, none, java.io.InputStream.nullInputStream(),
                java.util.Map.of(), true);
        ShellSettings on = new ShellSettings(new okpay.support.cli.ShellRequest(context, List.of(), null, null, null, false, false, true, null, false));
        assertFalse(on.optionsFor(List.of("contact", "--all")).contains("--no-pager"));
        ShellSettings off = new ShellSettings(new okpay.support.cli.ShellRequest(context, List.of(), null, null, null, false, false, true, null, true));
        assertTrue(off.optionsFor(List.of("contact", "--all")).contains("--no-pager"));
        assertEquals(List.of(), off.optionsFor(List.of("contact", "--no-pager")));
        on.pager(false);
        assertTrue(on.optionsFor(List.of("faq", "list")).contains("--no-pager"));
    }

    @Test
    void setAudienceShowsAgentOnlyTextToTheFollowingCommands() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(Fixtures.path("audience.yaml")))) {
            assertFalse(shell.run("diagnose declined-tx --code 59").contains("AGENT-ONLY"));
            shell.run("set audience agent");
            String agent = shell.run("diagnose declined-tx --code 59");
            assertTrue(agent.contains("For support staff only") && agent.contains("AGENT-ONLY reason of code 59"), agent);
            assertFalse(shell.run("diagnose declined-tx --code 59 --audience customer").contains("AGENT-ONLY"));
            String bad = shell.run("set audience staff");
            assertTrue(bad.contains("customer, agent") && bad.contains("exit 2"), bad);
        }
    }

    @Test
    void helpListsEveryCommandOfTheTreeAndTheShellsOwn() throws Exception {
        try (ShellDriver shell = start()) {
            String help = shell.run("help");
            for (String command : List.of("contact", "faq", "kb", "diagnose", "security-check", "shell", "completion", "set", "exit", "faq show N")) {
                assertTrue(help.contains(command), command + " in\n" + help);
            }
            String faqHelp = shell.run("help faq search");
            assertTrue(faqHelp.contains("Usage: okpay-support faq search"), faqHelp);
        }
    }

    @Test
    void aShellInsideTheShellIsRefused() throws Exception {
        try (ShellDriver shell = start()) {
            String out = shell.run("shell");
            assertTrue(out.contains("already in the okpay-support shell") && out.contains("exit 2"), out);
        }
    }

    @Test
    void promptIsColouredUnlessNoColor() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(Fixtures.path(KB)).colours(false))) {
            assertTrue(shell.raw().contains("\u001b[36mokpay-support"), shell.raw());
        }
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(Fixtures.path(KB)).colours(true))) {
            assertFalse(shell.raw().contains("\u001b[36m"), shell.raw());
            assertFalse(shell.run("faq show forgot-password").contains("\u001b[1"), "plain command output too");
        }
    }

    @Test
    void startsInTheLanguageAndKnowledgeBaseGiven() throws Exception {
        Path kb = config.resolve("kb.yaml");
        Files.writeString(kb, new String(ShellTest.class.getResourceAsStream("/kb/minimal.yaml").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8));
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(kb).lang(Lang.ZH))) {
            assertTrue(shell.plain().contains("或者试试"), shell.plain());
            String list = shell.run("faq list");
            assertTrue(list.contains("funds-not-received") && !list.contains("forgot-password"), list);
        }
    }

    @Test
    void aBrokenKnowledgeBaseFailsEachCommandButNotTheShell() throws Exception {
        Path missing = config.resolve("no-such-kb.yaml");
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(missing))) {
            String out = shell.run("faq list");
            assertTrue(out.contains("error: ") && out.contains("exit 4"), out);
            shell.type("faq show " + ShellDriver.TAB);
            String help = shell.run("");
            assertTrue(help.contains("exit 2"), "no ids to complete, the line runs as typed: " + help);
            assertTrue(shell.run("help").contains("faq"));
        }
    }
}
