package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import okpay.support.cli.CliRunner;
import okpay.support.i18n.Lang;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typing sentences, the tool's own hints and everyday names of the shell's commands, on the fixture kb/ask.yaml. */
class AskInShellTest {
    private static final String KB = "ask.yaml";

    @TempDir
    Path config;

    private ShellDriver start() throws Exception {
        return ShellDriver.start(ShellDriver.Options.in(config).kb(Fixtures.path(KB)));
    }

    @Test
    void aSentenceIsAnsweredAsAskAnswersIt() throws Exception {
        CliRunner.Result oneOff = Fixtures.cli(KB).env("NO_COLOR", "1").run("ask", "my withdrawal hasn't arrived after 3 days");
        try (ShellDriver shell = start()) {
            String out = shell.run("my withdrawal hasn't arrived after 3 days");
            assertTrue(out.contains(oneOff.out()), "shell:\n" + out + "\none-off:\n" + oneOff.out());
            assertTrue(out.contains("Type a number (1-4) to open that line, or 'go' to start the check."), out);
            assertFalse(out.contains("error") || out.contains("Unmatched"), out);
        }
    }

    @Test
    void aNumberOpensThatLineAndGoStartsTheFlowWithWhatTheSentenceSaid() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(Fixtures.path(KB)).lang(Lang.ZH))) {
            String answer = shell.run("我的提现三天了还没到账");
            assertTrue(answer.contains("diagnose missing-funds --answer kind=withdrawal --answer days=3"), answer);
            String first = shell.run("1");
            assertTrue(first.contains("→ faq show money-missing") && first.contains("先查看交易状态。"), first);
            String contact = shell.run("4");
            assertTrue(contact.contains("→ contact --topic funds"), contact);
            String outcome = shell.run("开始");
            assertTrue(outcome.contains("→ diagnose missing-funds --answer kind=withdrawal --answer days=3"), outcome);
            assertTrue(outcome.contains("还在正常时间内"), "kind and days were known, so no question was asked:\n" + outcome);
            assertFalse(outcome.contains("请选择"), outcome);
        }
    }

    @Test
    void goAsksWhatTheSentenceDidNotSayAndTakesNaturalAnswers() throws Exception {
        try (ShellDriver shell = start()) {
            shell.run("where did my money go");
            shell.type("go\r");
            shell.waitFor("Choose 1-3: ");
            shell.type("my withdrawal\r");
            shell.waitFor("How many working days have passed? [0-365]");
            String outcome = shell.run("not sure");
            assertTrue(outcome.contains("Ask support to check"), "'not sure' took the unknown branch:\n" + outcome);
        }
    }

    @Test
    void goWithoutASuggestedFlowSaysWhatToDo() throws Exception {
        try (ShellDriver shell = start()) {
            String out = shell.run("go");
            assertTrue(out.contains("error: the last answer suggested no check to start") && out.contains("exit 3"), out);
            shell.run("how do i talk to a real person");
            assertTrue(shell.run("go").contains("the last answer suggested no check to start"));
        }
    }

    @Test
    void aHintCopiedWithItsPrefixRuns() throws Exception {
        CliRunner.Result oneOff = Fixtures.cli(KB).env("NO_COLOR", "1").run("contact", "--topic", "funds");
        try (ShellDriver shell = start()) {
            String out = shell.run("okpay-support contact --topic funds");
            assertTrue(out.contains(oneOff.out()), out);
            assertFalse(out.contains("exit "), out);
        }
    }

    @Test
    void chineseAndEverydayNamesOfTheShellsCommands() throws Exception {
        try (ShellDriver shell = start()) {
            assertTrue(shell.run("帮助").contains("Shell commands"));
            assertTrue(shell.run("?").contains("Shell commands"));
            assertTrue(shell.run("帮助 faq").contains("Usage: okpay-support faq"));
            String cleared = shell.run("clear");
            assertFalse(cleared.contains("error") || cleared.contains("exit "), cleared);
            assertFalse(shell.run("清屏").contains("exit "));
            shell.type("退出\r");
            assertEquals(0, shell.awaitExit());
        }
    }

    @Test
    void aSentenceThatStartsLikeACommandIsStillASentence() throws Exception {
        try (ShellDriver shell = start()) {
            String out = shell.run("contact support please");
            assertTrue(out.contains("contact-us"), out);
            assertFalse(out.contains("Unmatched"), out);
            String setUp = shell.run("help me, my payment keeps failing");
            assertTrue(setUp.contains("payment-declined"), setUp);
        }
    }

    @Test
    void aMistypedCommandIsStillACommandWithASuggestion() throws Exception {
        try (ShellDriver shell = start()) {
            String out = shell.run("fqa list");
            assertTrue(out.contains("did you mean") && out.contains("faq") && out.contains("exit 2"), out);
            String sub = shell.run("faq shwo money-missing");
            assertTrue(sub.contains("exit 2"), sub);
        }
    }

    @Test
    void nothingFitsStillOffersTheClosestTopic() throws Exception {
        try (ShellDriver shell = start()) {
            String out = shell.run("你好，在吗");
            assertTrue(out.contains("Nothing in the knowledge base fits") && out.contains("exit 9"), out);
            assertTrue(shell.run("1").contains("→ contact --topic technical"));
        }
    }
}
