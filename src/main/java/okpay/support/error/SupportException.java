package okpay.support.error;

import java.util.List;
import okpay.support.i18n.Messages;

/**
 * The one exception type of the tool: a message for the user, an optional hint saying what to do,
 * and the exit code. Domain code throws it; the CLI's handler prints it as {@code error: ...}.
 * Messages may span several lines only when they list several problems (one per line).
 */
public class SupportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final String hint;
    private final List<String> details;

    public SupportException(ExitCode exitCode, String message) {
        this(exitCode, message, null, List.of(), null);
    }

    public SupportException(ExitCode exitCode, String message, String hint) {
        this(exitCode, message, hint, List.of(), null);
    }

    public SupportException(ExitCode exitCode, String message, String hint, List<String> details, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
        this.details = List.copyOf(details);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** What the user can do about it, or null. */
    public String hint() {
        return hint;
    }

    /** Further lines (for example one {@code file:line:column: message} per problem), printed after the message. */
    public List<String> details() {
        return details;
    }
}
