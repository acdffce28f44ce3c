package okpay.support.prompt;

import java.util.List;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;

/**
 * Where questions are asked and answered. An interface so tests can script it and the JLine shell can
 * supply its own line reader. Implementations signal Ctrl-C by throwing a {@link SupportException} with
 * {@link ExitCode#INTERRUPTED}.
 */
public interface Terminal {

    /** Whether a person can be asked: false when input is not a terminal. */
    boolean interactive();

    /** Shows {@code prompt} and reads one line without its line ending; null at end of input. */
    String readLine(String prompt);

    /**
     * Like {@link #readLine(String)}, for a question whose accepted answers are {@code completions} (choice
     * values, yes/no): a terminal with line editing offers them on Tab; others just read the line.
     */
    default String readLine(String prompt, List<String> completions) {
        return readLine(prompt);
    }

    /**
     * Shows {@code prompt} and reads one line without echoing it; null at end of input. The caller owns
     * the array and should clear it when done, so the secret does not linger in memory.
     */
    char[] readSecret(String prompt);

    /** Writes one line of conversation (help text, a retry message). */
    void println(String text);

    /**
     * Whether this is the process's own terminal, the one standard output writes to: then its size can be asked
     * and a pager may take it over. False for the shell's and tests' terminals, whose output goes elsewhere.
     */
    default boolean ownsStandardOutput() {
        return false;
    }

    /**
     * Shows {@code text}, already laid out for the screen, through the pager on this terminal and hands the terminal
     * back as it found it; false, having shown nothing, when this terminal offers no pager (the shell's on a pipe or
     * in tests, or the pager program cannot start): the caller prints the text then. The interactive shell's terminal
     * pages; a one-off command's output is paged by the command itself ({@link #ownsStandardOutput()}).
     */
    default boolean page(String text, java.util.Map<String, String> env) {
        return false;
    }
}
