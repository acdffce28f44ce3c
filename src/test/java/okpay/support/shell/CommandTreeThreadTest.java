package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The thread that makes the completion tree: made once, by the thread or by the first caller that needs it. */
class CommandTreeThreadTest {
    private final List<String> madeOn = new CopyOnWriteArrayList<>();
    private final CountDownLatch made = new CountDownLatch(1);

    private CommandTreeThread tree() {
        return new CommandTreeThread(() -> {
            madeOn.add(Thread.currentThread().getName());
            made.countDown();
            return new CommandLine(CommandLine.Model.CommandSpec.create());
        });
    }

    @Test
    void aLineTypedAtOnceGetsTheTreeWithoutWaitingForTheThread() {
        CommandTreeThread tree = tree();
        CommandLine first = tree.get(); // never started: the caller makes it
        assertSame(first, tree.get());
        assertEquals(List.of(Thread.currentThread().getName()), madeOn);
    }

    @Test
    void aPromptLeftIdleGetsTheTreeFromTheThread() throws Exception {
        CommandTreeThread tree = tree();
        tree.start();
        assertTrue(made.await(30, TimeUnit.SECONDS), "the thread made the tree after the idle time");
        CommandLine line = tree.get();
        assertSame(line, tree.get());
        assertEquals(List.of("okpay-support-commands"), madeOn);
    }

    @Test
    void theTreeIsMadeOnceWhoeverAsksFirst() throws Exception {
        CommandTreeThread tree = tree();
        tree.start();
        CommandLine line = tree.get();
        assertSame(line, tree.get());
        Thread.sleep(2 * CommandTreeThread.IDLE_MILLIS); // the thread wakes and finds it made
        assertEquals(1, madeOn.size(), madeOn.toString());
    }

    @Test
    void aTreeThatCannotBeMadeIsReportedToTheCaller() {
        CommandTreeThread tree = new CommandTreeThread(() -> {
            throw new IllegalArgumentException("broken command");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, tree::get);
        assertEquals("broken command", e.getCause().getMessage());
    }
}
