package okpay.support.shell;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;
import okpay.support.render.Pager;
import okpay.support.render.Sanitizer;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * The {@link okpay.support.prompt.Terminal} of commands run in the shell: questions are read with line editing
 * and Tab completion of the accepted answers, hidden input with a mask. Neither reader keeps history, so an
 * answer or a password never reaches the history file. Ctrl-C cancels the question (and so the flow or check
 * asking it) with {@link ExitCode#INTERRUPTED}; the shell itself stays open. On the process's own terminal, long
 * output goes through the pager.
 */
final class JLineTerminal implements okpay.support.prompt.Terminal {
    private final Terminal terminal;
    private final Supplier<Messages> messages;
    /** Whether {@link #terminal} is the process's own, the one a pager started from here shows on. */
    private final boolean pages;
    /** Made on the first question and the first hidden input: most sessions ask neither, and each costs milliseconds. */
    private LineReader questions;
    private LineReader secrets;
    private List<String> completions = List.of();

    JLineTerminal(Terminal terminal, Supplier<Messages> messages, boolean pages) {
        this.terminal = terminal;
        this.messages = messages;
        this.pages = pages;
    }

    private LineReader questions() {
        if (questions == null) {
            questions = reader(terminal)
                    .completer((reader, line, candidates) -> {
                        for (String value : completions) {
                            candidates.add(new Candidate(value));
                        }
                    })
                    .build();
        }
        return questions;
    }

    private LineReader secrets() {
        if (secrets == null) {
            secrets = reader(terminal).build();
        }
        return secrets;
    }

    private static LineReaderBuilder reader(Terminal terminal) {
        return LineReaderBuilder.builder()
                .terminal(terminal)
                .variable(LineReader.DISABLE_HISTORY, true)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public String readLine(String prompt) {
        return readLine(prompt, List.of());
    }

    @Override
    public String readLine(String prompt, List<String> accepted) {
        completions = List.copyOf(accepted);
        try {
            return questions().readLine(Sanitizer.text(prompt, false));
        } catch (UserInterruptException e) {
            throw cancelled();
        } catch (EndOfFileException e) {
            return null;
        } finally {
            completions = List.of();
        }
    }

    @Override
    public char[] readSecret(String prompt) {
        try {
            return secrets().readLine(Sanitizer.text(prompt, false), '*').toCharArray();
        } catch (UserInterruptException e) {
            throw cancelled();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void println(String text) {
        terminal.writer().println(Sanitizer.text(text, false));
        terminal.writer().flush();
    }

    /**
     * Pages {@code text} with {@code $PAGER} or {@code less -FRX} (see {@link Pager}), which takes the terminal over:
     * what the shell wrote goes out first, and afterwards the terminal gets back the modes the line reader expects
     * (a pager killed half-way can leave it without echo or in raw mode). Ctrl-C in the pager is the pager's alone.
     */
    @Override
    public boolean page(String text, Map<String, String> env) {
        if (!pages) {
            return false;
        }
        terminal.writer().flush();
        terminal.flush();
        Attributes modes = terminal.getAttributes();
        try {
            return Pager.page(text, Pager.command(env), env, false); // the shell's terminal ignores Ctrl-C outside a prompt
        } finally {
            terminal.setAttributes(modes);
        }
    }

    private SupportException cancelled() {
        Messages m = messages.get();
        return new SupportException(ExitCode.INTERRUPTED, m.get("cancelled"), m.get("cancelled.hint"));
    }
}
