package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okpay.support.cli.CliRunner;
import okpay.support.contact.Hotline;
import okpay.support.diagnose.FlowsReader;
import okpay.support.i18n.Lang;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code diagnose} session in the shell, typed with Tab from the command to the outcome, then leaving. */
class DiagnoseInShellTest {
    /** Copies of the shipped flows declined-tx, password-reset and app-error; hotlines for US, SG and DE. */
    private static final String KB = "flows.yaml";

    @TempDir
    Path config;

    private ShellDriver start(ShellDriver.Options options) throws Exception {
        return ShellDriver.start(options.kb(Fixtures.path(KB)));
    }

    @Test
    void tabThroughADeclinedPaymentAndLeave() throws Exception {
        CliRunner.Result oneOff = Fixtures.cli(KB).env("NO_COLOR", "1")
                .run("diagnose", "declined-tx", "--answer", "action=pay-or-send", "--answer", "message=limit");
        assertEquals(0, oneOff.exitCode(), oneOff.err());
        try (ShellDriver shell = start(ShellDriver.Options.in(config))) {
            shell.type("diag" + ShellDriver.TAB);
            shell.waitFor("> diagnose ");
            shell.type("decl" + ShellDriver.TAB);
            shell.waitFor("> diagnose declined-tx ");
            shell.type("\r");
            shell.waitFor("Choose 1-3: ");
            shell.type("pa" + ShellDriver.TAB);
            shell.waitFor("Choose 1-3: pay-or-send ");
            shell.type("\r");
            shell.waitFor("Choose 1-8 (? for help): ");
            shell.type("li" + ShellDriver.TAB);
            shell.waitFor("Choose 1-8 (? for help): limit ");
            String outcome = shell.run("");
            assertTrue(outcome.contains("Likely cause: A transaction limit was reached"), outcome);
            String advice = oneOff.out().substring(oneOff.out().indexOf("Likely cause"));
            assertTrue(outcome.contains(advice), "the same outcome as the one-off run with --answer:\n" + outcome);
            assertFalse(outcome.contains("exit "), outcome);
            shell.type("exit\r");
            assertEquals(0, shell.awaitExit());
            assertTrue(shell.plain().endsWith("Bye.\n"), shell.plain());
        }
        String history = Files.readString(config.resolve("okpay-support/history"), StandardCharsets.UTF_8);
        assertTrue(history.contains("diagnose declined-tx"), history);
        assertFalse(history.contains("pay-or-send") || history.contains("limit"), "answers are not commands: " + history);
    }

    @Test
    void completionIgnoresTheCaseTyped() throws Exception {
        try (ShellDriver shell = start(ShellDriver.Options.in(config))) {
            shell.type("contact --region d" + ShellDriver.TAB);
            shell.waitFor("DE ");
            // Run what Tab made of the line: "d" alone would be a usage error (not a two-letter code).
            String out = shell.run("");
            assertTrue(out.contains("Hotline for DE (Germany)"), out);
            assertFalse(out.contains("exit 2"), out);
            shell.type("exit\r");
            assertEquals(0, shell.awaitExit());
        }
    }

    @Test
    void ctrlCStopsTheFlowAndTheShellGoesOn() throws Exception {
        try (ShellDriver shell = start(ShellDriver.Options.in(config))) {
            shell.type("diagnose declined-tx\r");
            shell.waitFor("Choose 1-3: ");
            shell.type("top");
            shell.waitFor("Choose 1-3: top");
            String out = shell.ctrlCAtPrompt().plain();
            assertTrue(out.contains("cancelled with Ctrl-C") && out.contains("exit 130"), out);
            assertFalse(out.contains("Likely cause"), out);
            String next = shell.run("diagnose declined-tx --code 51");
            assertTrue(next.contains("51 — "), "the next command runs: " + next);
            assertFalse(next.contains("exit "), next);
        }
    }

    @Test
    void aNumberedChoiceAndHelpWorkAsOutsideTheShell() throws Exception {
        try (ShellDriver shell = start(ShellDriver.Options.in(config).lang(okpay.support.i18n.Lang.ZH))) {
            shell.type("diagnose declined-tx\r");
            shell.waitFor("1-3");
            shell.type("1\r");
            shell.waitFor("?");
            shell.type("?\r");
            String out = shell.run("1");
            assertTrue(out.contains("可能原因"), out);
        }
    }

    @Test
    void flowsCodesAndAnswersComplete() {
        var kb = ShellCompleterTest.knowledgeBase();
        List<String> flows = kb.get(FlowsReader.SECTION).stream().map(f -> f.id()).toList();
        assertTrue(flows.contains("declined-tx"), flows.toString());
        assertEquals(new java.util.TreeSet<>(concat(flows, List.of("describe", "list"))), ShellCompleterTest.complete("diagnose "));
        assertEquals(new java.util.TreeSet<>(flows), ShellCompleterTest.complete("diagnose describe "));
        var codes = ShellCompleterTest.complete("diagnose --code ");
        assertTrue(codes.containsAll(List.of("51", "insufficient_funds", "N7", "do_not_honor")), codes.toString());
        var answers = ShellCompleterTest.complete("diagnose declined-tx --answer ");
        assertTrue(answers.containsAll(List.of("action=pay-or-send", "action=top-up", "message=limit", "amount=")), answers.toString());
        var otherFlow = ShellCompleterTest.complete("diagnose password-reset --answer ");
        assertFalse(otherFlow.contains("message=limit"), "only the questions of the flow named: " + otherFlow);
        assertTrue(KnowledgeBaseValues.covers(CommandPosition.of(ShellCompleterTest.completionLine().getCommandSpec(),
                List.of("diagnose", "--region", ""), 2)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
