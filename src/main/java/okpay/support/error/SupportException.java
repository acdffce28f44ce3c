package okpay.support.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one exception type of the tool: a message for the user, an optional hint saying what to do,
 * and the exit code. Domain code throws it; the CLI's handler prints it as {@code error: ...}.
 * Messages may span several lines only when they list several problems (one per line).
 *
 * <p>For scripts ({@code --format json|yaml}) it also carries a stable {@link #code()} (by default the exit code's
 * {@link ExitCode#id()}; a throw site names a more specific one where runbooks need to tell cases apart) and
 * structured {@link #fields()}, such as the missing answers or the knowledge base's problems.
 */
public class SupportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ExitCode exitCode;
    private final String hint;
    private final List<String> details;
    private String code;
    private final Map<String, Object> fields = new LinkedHashMap<>();

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

    /** The stable, kebab-case id of this failure ({@code faq-not-found}, {@code unknown-option}...). */
    public String code() {
        return code != null ? code : exitCode.id();
    }

    /** Names the failure more precisely than its exit code does; returns this, for {@code throw new ...withCode(..)}. */
    public SupportException withCode(String specific) {
        this.code = specific;
        return this;
    }

    /**
     * Adds {@code value} (a list of records, say) as the member {@code name} of the machine-readable error; an empty
     * list or null adds nothing, as output leaves empty values out. Returns this.
     */
    public SupportException with(String name, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            fields.put(name, value);
        }
        return this;
    }

    /** The structured members added with {@link #with}, in the order added. */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** Further lines (for example one {@code file:line:column: message} per problem), printed after the message. */
    public List<String> details() {
        return details;
    }
}
