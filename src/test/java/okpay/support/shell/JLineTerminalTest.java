package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Question;
import okpay.support.kb.Text;
import okpay.support.prompt.Answers;
import okpay.support.prompt.Asker;
import org.junit.jupiter.api.Test;

/**
 * The terminal that flows and checks ask their questions on inside the shell, driven through the shared
 * {@link Asker} with a question of the kind a decision flow asks.
 */
class JLineTerminalTest {
    private static final Question METHOD = new Question("method", Question.Type.CHOICE,
            new Text("用什么付款？", "How did you pay?"), null,
            List.of(new Question.Choice("card", new Text("银行卡", "Card")), new Question.Choice("balance", new Text("余额", "Wallet balance")),
                    new Question.Choice("bank", new Text("银行账户", "Bank account"))), null, null);
    private static final Question RETRIED = new Question("retried", Question.Type.YES_NO,
            new Text("重试过吗？", "Did you retry?"), null, List.of(), null, null);

    private static JLineTerminal questions(PipedTerminal screen) {
        return new JLineTerminal(screen.terminal(), () -> Messages.of(JLineTerminalTest.class, Lang.EN), false);
    }

    private static <T> CompletableFuture<T> inBackground(java.util.concurrent.Callable<T> task) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return task.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
    }

    @Test
    void tabCompletesTheChoicesOfTheQuestionBeingAsked() throws Exception {
        try (PipedTerminal screen = new PipedTerminal()) {
            Asker asker = new Asker(Answers.empty(), questions(screen), false, Lang.EN);
            CompletableFuture<String> answer = inBackground(() -> asker.answer(METHOD).orElseThrow());
            screen.waitFor("How did you pay?");
            screen.type("bal" + PipedTerminal.TAB);
            screen.waitFor("balance ");
            screen.type("\r");
            assertEquals("balance", answer.get(20, TimeUnit.SECONDS));
            CompletableFuture<String> yesNo = inBackground(() -> asker.answer(RETRIED).orElseThrow());
            screen.waitFor("Did you retry?");
            screen.type("y" + PipedTerminal.TAB + "\r");
            assertEquals("yes", yesNo.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void ctrlCDuringAQuestionCancelsWithExitCode130() throws Exception {
        try (PipedTerminal screen = new PipedTerminal()) {
            Asker asker = new Asker(Answers.empty(), questions(screen), false, Lang.EN);
            CompletableFuture<String> answer = inBackground(() -> asker.answer(METHOD).orElse(null));
            screen.waitFor("How did you pay?");
            screen.type("ca");
            screen.waitFor("ca");
            screen.ctrlC();
            if (!screen.within(3, answer::isDone)) {
                screen.type(PipedTerminal.CTRL_C); // a SIGINT between two reads is lost; a person presses again
            }
            ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> answer.get(20, TimeUnit.SECONDS));
            SupportException cancelled = (SupportException) failed.getCause();
            assertEquals(ExitCode.INTERRUPTED, cancelled.exitCode());
            assertEquals("cancelled with Ctrl-C", cancelled.getMessage());
        }
    }

    @Test
    void secretsAreMaskedAndEndOfInputGivesNull() throws Exception {
        try (PipedTerminal screen = new PipedTerminal()) {
            JLineTerminal terminal = questions(screen);
            CompletableFuture<char[]> secret = inBackground(() -> terminal.readSecret("Password: "));
            screen.waitFor("Password: ");
            screen.type("Tr0ub4dor&3\r");
            assertEquals("Tr0ub4dor&3", new String(secret.get(20, TimeUnit.SECONDS)));
            assertTrue(screen.plain().contains("Password: ***********"), screen.plain());
            assertFalse(screen.plain().contains("Tr0ub4dor"), screen.plain());
            CompletableFuture<char[]> ended = inBackground(() -> terminal.readSecret("Again: "));
            screen.waitFor("Again: ");
            screen.endInput();
            assertNull(ended.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void standardInputOfACommandIsOneHiddenLineAskedOnlyWhenRead() throws Exception {
        try (PipedTerminal screen = new PipedTerminal()) {
            InputStream in = new SecretLineInput(questions(screen), Messages.of(JLineTerminalTest.class, Lang.EN));
            assertFalse(screen.plain().contains("not shown"), "nothing asked before the command reads");
            CompletableFuture<String> read = inBackground(() -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
            screen.waitFor("Input for the command (not shown, not kept): ");
            screen.type("hunter2-secret\r");
            assertEquals("hunter2-secret\n", read.get(20, TimeUnit.SECONDS));
            assertEquals(-1, in.read(), "one line, then end of input");
            assertFalse(screen.plain().contains("hunter2"), screen.plain());
        }
    }
}
