package okpay.support.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okpay.support.contact.redact.Redactor;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.render.Format;
import okpay.support.render.Renderer;
import okpay.support.render.Style;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A failure as scripts read it: with {@code --format json|yaml}, one document {@code {"error": {code, exit, message,
 * hint, details, ...}}} on stdout, beside the {@code error:}/{@code hint:} lines on stderr (README, "Errors for scripts").
 */
final class ErrorReport {
    private ErrorReport() {}

    /**
     * The format a command line asks for, read from the raw arguments, for failures that happen before (or while)
     * picocli parses them: the last {@code --format json|yaml|text} or {@code --format=...} before {@code --}; TEXT when
     * there is none or its value is not a format.
     */
    static Format formatOf(List<String> args) {
        Format format = Format.TEXT;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                break;
            }
            String value = arg.startsWith("--format=") ? arg.substring("--format=".length())
                    : arg.equals("--format") && i + 1 < args.size() ? args.get(++i) : null;
            if (value != null) {
                format = parse(value, format);
            }
        }
        return format;
    }

    private static Format parse(String value, Format otherwise) {
        for (Format format : Format.values()) {
            if (format.id().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        return otherwise;
    }

    /** The stable code of a parse error: what runbooks tell apart (a typo in an option, a missing value...). */
    static String usageCode(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> words = unmatched.getUnmatched();
            return !words.isEmpty() && words.get(0).startsWith("-") ? "unknown-option"
                    : ex.getCommandLine().getSubcommands().isEmpty() ? "unexpected-argument" : "unknown-command";
        }
        return ex instanceof MissingParameterException ? "missing-argument"
                : ex.getClass() == ParameterException.class ? "bad-value" : ExitCode.USAGE.id();
    }

    /** The error document of {@code failure}: code, exit, message, hint, the detail lines, then its structured members. */
    static Map<String, Object> document(SupportException failure, Lang lang) {
        // The same words as the stderr lines: what the user typed is echoed redacted (the renderer makes it terminal-safe).
        Redactor redactor = new Redactor(lang);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", failure.code());
        error.put("exit", failure.exitCode().code());
        error.put("message", redactor.apply(failure.getMessage()));
        if (failure.hint() != null && !failure.hint().isBlank()) {
            error.put("hint", redactor.apply(failure.hint()));
        }
        if (!failure.details().isEmpty()) {
            error.put("details", failure.details().stream().map(redactor::apply).toList());
        }
        failure.fields().forEach(error::putIfAbsent);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("error", error);
        return document;
    }

    /** Writes the error document of {@code failure} to {@code out} when {@code format} is for scripts; text writes nothing. */
    static void print(PrintWriter out, Format format, SupportException failure, Lang lang) {
        if (format != Format.TEXT) {
            Renderer.of(format, Style.plain()).render(document(failure, lang), null, out);
        }
    }
}
