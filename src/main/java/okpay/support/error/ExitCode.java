package okpay.support.error;

/** The documented exit codes; README's table lists the same values. */
public enum ExitCode {
    /** Success (and, for {@code contact verify}, an official channel). */
    OK(0, "ok"),
    /** An unexpected internal failure: a bug, reported with a hint to rerun with {@code --verbose}. */
    INTERNAL(1, "internal"),
    /** Bad command line: unknown option or command, missing or malformed value. */
    USAGE(2, "usage"),
    /** An id, code or flow that the knowledge base does not have. */
    NOT_FOUND(3, "not-found"),
    /** The knowledge-base file is missing, unreadable, malformed or invalid. */
    KB_INVALID(4, "kb-invalid"),
    /** A question needs an answer and none can be asked (no terminal, or {@code --no-input}). */
    INPUT_REQUIRED(5, "input-required"),
    /** A check did not pass: {@code security-check --fail-under} found a lower score. */
    CHECK_FAILED(6, "check-failed"),
    /** {@code contact verify}: the value imitates an official channel. */
    LOOKALIKE(7, "lookalike"),
    /** {@code contact verify}: the value matches no official channel. */
    UNKNOWN_CONTACT(8, "unknown-contact"),
    /** {@code ask}: nothing in the knowledge base fits the description (the closest contact route is still given). */
    NO_MATCH(9, "no-match"),
    /** {@code diagnose --exit-status}: the outcome says to contact someone (support, the card issuer, the recipient). */
    ESCALATE(10, "escalate"),
    /** The result could not be written: the disk is full, or the pipe stdout goes to was closed. */
    OUTPUT_FAILED(74, "output-failed"),
    /** The user cancelled (Ctrl-C). */
    INTERRUPTED(130, "interrupted");

    private final int code;
    private final String id;

    ExitCode(int code, String id) {
        this.code = code;
        this.id = id;
    }

    /**
     * The stable error code of a failure with this exit code when nothing more specific is known ({@code usage},
     * {@code kb-invalid}...); machine-readable errors carry it, and README's table lists it.
     */
    public String id() {
        return id;
    }

    /** The numeric process exit status. */
    public int code() {
        return code;
    }
}
