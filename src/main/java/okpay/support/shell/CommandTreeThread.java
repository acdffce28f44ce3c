package okpay.support.shell;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The command line completion parses into, made once on a second thread: reading the whole tree's annotations costs
 * more than the rest of the shell's start. The thread waits until the first prompt has stood idle for a moment, or
 * until a line or a Tab needs the tree, whichever comes first: on two cores, building it while the prompt is drawn
 * slowed the prompt more than anything else left, and a session that ends at once (end of input) never needs it.
 */
final class CommandTreeThread implements Runnable {
    /** How long the first prompt stands idle before the tree is built anyway; a person has not typed a word by then. */
    static final long IDLE_MILLIS = 150;

    private final FutureTask<CommandLine> tree;
    private final CountDownLatch needed = new CountDownLatch(1);

    CommandTreeThread(Callable<CommandLine> make) {
        this.tree = new FutureTask<>(make);
    }

    /** Starts the thread; call it once the first prompt is on its way. */
    void start() {
        Thread thread = new Thread(this, "okpay-support-commands");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            needed.await(IDLE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // nobody interrupts this thread; build the tree now
        }
        tree.run();
    }

    /**
     * The command line, made now by the caller if the thread has not begun (a line typed or piped at once), else
     * waited for.
     */
    CommandLine get() {
        needed.countDown();
        tree.run(); // does nothing if the thread has begun or finished
        try {
            return tree.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the command tree was built", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the command tree could not be built", e.getCause());
        }
    }
}
