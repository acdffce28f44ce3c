package okpay.support.error;

/** The documented exit codes; README's table lists the same values. */
public enum ExitCode {
    /** Success (and, for {@code contact verify}, an official channel). */
    OK(0),
    /** An unexpected internal failure: a bug, reported with a hint to rerun with {@code --verbose}. */
    INTERNAL(1),
    /** Bad command line: unknown option or command, missing or malformed value. */
    USAGE(2),
    /** An id, code or flow that the knowledge base does not have. */
    NOT_FOUND(3),
    /** The knowledge-base file is missing, unreadable, malformed or invalid. */
    KB_INVALID(4),
    /** A question needs an answer and none can be asked (no terminal, or {@code --no-input}). */
    INPUT_REQUIRED(5),
    /** A check did not pass: {@code security-check --fail-under} found a lower score. */
    CHECK_FAILED(6),
    /** {@code contact verify}: the value imitates an official channel. */
    LOOKALIKE(7),
    /** {@code contact verify}: the value matches no official channel. */
    UNKNOWN_CONTACT(8),
    /** {@code ask}: nothing in the knowledge base fits the description (the closest contact route is still given). */
    NO_MATCH(9),
    /** The result could not be written: the disk is full, or the pipe stdout goes to was closed. */
    OUTPUT_FAILED(74),
    /** The user cancelled (Ctrl-C). */
    INTERRUPTED(130);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The numeric process exit status. */
    public int code() {
        return code;
    }
}
