package okpay.support.prompt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;

/** A {@link Terminal} for tests: replies from a script, and records every prompt and printed line. */
public final class ScriptedTerminal implements Terminal {
    /** A scripted reply that acts like Ctrl-C: the read throws {@code SupportException(INTERRUPTED)}. */
    public static final String CTRL_C = "<ctrl-c>";

    private final boolean interactive;
    private final Deque<String> replies;
    private final List<String> prompts = new ArrayList<>();
    private final List<String> printed = new ArrayList<>();
    private final List<String> transcript = new ArrayList<>();
    private final List<String> secretPrompts = new ArrayList<>();

    private ScriptedTerminal(boolean interactive, List<String> replies) {
        this.interactive = interactive;
        this.replies = new ArrayDeque<>(replies);
    }

    /** An interactive terminal that replies with {@code replies} in order, then reports end of input. */
    public static ScriptedTerminal replying(String... replies) {
        return new ScriptedTerminal(true, Arrays.asList(replies));
    }

    /** A terminal that cannot ask (like a pipe); reading from it fails the test. */
    public static ScriptedTerminal notInteractive() {
        return new ScriptedTerminal(false, List.of());
    }

    @Override
    public boolean interactive() {
        return interactive;
    }

    @Override
    public String readLine(String prompt) {
        if (!interactive) {
            throw new AssertionError("read from a non-interactive terminal: " + prompt);
        }
        prompts.add(prompt);
        String reply = replies.poll();
        if (CTRL_C.equals(reply)) {
            throw new SupportException(ExitCode.INTERRUPTED, "interrupted");
        }
        transcript.add(prompt + (reply == null ? "<end of input>" : reply));
        return reply;
    }

    @Override
    public char[] readSecret(String prompt) {
        secretPrompts.add(prompt);
        String reply = readLine(prompt);
        return reply == null ? null : reply.toCharArray();
    }

    @Override
    public void println(String text) {
        printed.add(text);
        transcript.add(text);
    }

    /** Every prompt shown, in order. */
    public List<String> prompts() {
        return List.copyOf(prompts);
    }

    /** The prompts of masked reads ({@link #readSecret}), in order; they are in {@link #prompts()} too. */
    public List<String> secretPrompts() {
        return List.copyOf(secretPrompts);
    }

    /** Every line printed with {@link #println}, in order. */
    public List<String> printed() {
        return List.copyOf(printed);
    }

    /** Prompts with their replies, and printed lines, in the order they happened. */
    public List<String> transcript() {
        return List.copyOf(transcript);
    }

    /** Replies not read yet. */
    public int unread() {
        return replies.size();
    }
}
