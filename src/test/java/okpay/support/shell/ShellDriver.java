package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okpay.support.cli.CliContext;
import okpay.support.cli.ShellRequest;
import okpay.support.i18n.Lang;
import okpay.support.prompt.NoTerminal;

/**
 * Runs the {@link Shell} in-process on a {@link PipedTerminal}: the test types keys and reads what the
 * terminal shows, as a person at a real terminal would. The history lives in a temp dir
 * (XDG_CONFIG_HOME), never in the real home directory.
 */
final class ShellDriver implements AutoCloseable {
    static final String TAB = PipedTerminal.TAB;
    static final String UP = PipedTerminal.UP;
    private static final String PROMPT = "okpay-support> ";

    private final PipedTerminal screen;
    private final Thread thread;
    private volatile Integer exitCode;
    private volatile Throwable failure;

    /** Options of a session, as given with {@code okpay-support shell}; env adds to LANG and XDG_CONFIG_HOME. */
    record Options(Path config, Path kb, Lang lang, boolean noColor, boolean noHistory, Map<String, String> env) {
        static Options in(Path config) {
            return new Options(config, null, null, false, false, Map.of("NO_COLOR", "1"));
        }

        Options kb(Path file) {
            return new Options(config, file, lang, noColor, noHistory, env);
        }

        Options lang(Lang value) {
            return new Options(config, kb, value, noColor, noHistory, env);
        }

        Options withoutHistory() {
            return new Options(config, kb, lang, noColor, true, env);
        }

        /** Colours allowed by the environment, unless {@code noColorOption} (--no-color). */
        Options colours(boolean noColorOption) {
            return new Options(config, kb, lang, noColorOption, noHistory, Map.of());
        }
    }

    private ShellDriver(Options options) throws IOException {
        screen = new PipedTerminal();
        Map<String, String> env = new HashMap<>(Map.of("LANG", "en_US.UTF-8", "XDG_CONFIG_HOME", options.config().toString()));
        env.putAll(options.env());
        PrintWriter unused = new PrintWriter(new StringWriter());
        CliContext outer = new CliContext(unused, unused, InputStream.nullInputStream(), env, true, NoTerminal.INSTANCE);
        ShellRequest request = new ShellRequest(outer, options.kb() == null ? java.util.List.of() : java.util.List.of(options.kb()), null, options.lang(), null, options.noColor(), false, options.noHistory(), null, false);
        Shell shell = new Shell(screen.terminal(), request);
        thread = new Thread(() -> {
            try {
                exitCode = shell.run();
            } catch (Throwable t) {
                failure = t;
            }
        }, "shell-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    static ShellDriver start(Options options) throws IOException {
        ShellDriver driver = new ShellDriver(options);
        driver.waitFor(PROMPT);
        return driver;
    }

    /** Sends {@code text} as typed keys. */
    ShellDriver type(String text) throws IOException {
        screen.type(text);
        return this;
    }

    /** Presses Ctrl-C at the prompt and waits for the fresh prompt that follows. */
    ShellDriver ctrlCAtPrompt() throws IOException {
        int before = prompts();
        screen.ctrlC();
        if (!screen.within(3, () -> failure != null || prompts() > before)) {
            // JLine drops a SIGINT that lands while its reader thread is between reads (a busy machine can
            // stretch that moment); a person would press Ctrl-C again, and so does the test.
            screen.type(PipedTerminal.CTRL_C);
        }
        awaitPromptAfter(before, "a prompt after Ctrl-C");
        return this;
    }

    /** Types {@code line} and Enter, waits for the next prompt, and returns what was shown in between. */
    String run(String line) throws IOException {
        int before = prompts();
        int start = plain().length();
        type(line + "\r");
        awaitPromptAfter(before, "a prompt after " + line);
        String text = plain();
        return text.substring(Math.min(start, text.length()));
    }

    /** Waits until the screen shows {@code text}; returns the whole screen, plain. */
    String waitFor(String text) {
        screen.await(() -> failure != null || plain().contains(text), "'" + text + "'");
        checkAlive();
        return plain();
    }

    /** Ends input (Ctrl-D on an empty line) and waits for the shell to finish; returns its exit code. */
    int endInput() throws Exception {
        screen.endInput();
        return awaitExit();
    }

    /** Waits for the shell to finish by itself. */
    int awaitExit() throws Exception {
        thread.join(TimeUnit.SECONDS.toMillis(20));
        checkAlive();
        if (exitCode == null) {
            fail("the shell did not finish; screen:\n" + plain());
        }
        return exitCode;
    }

    String raw() {
        return screen.raw();
    }

    String plain() {
        return screen.plain();
    }

    private void awaitPromptAfter(int before, String what) {
        screen.await(() -> failure != null || prompts() > before, what);
        checkAlive();
    }

    private void checkAlive() {
        if (failure != null) {
            throw new AssertionError("the shell failed", failure);
        }
    }

    private int prompts() {
        String text = plain();
        int count = 0;
        for (int i = text.indexOf(PROMPT); i >= 0; i = text.indexOf(PROMPT, i + 1)) {
            count++;
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        screen.endInput();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        screen.close();
    }
}
