package okpay.support.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.i18n.Messages;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's parse errors in the user's language: each kind of {@link ParameterException} becomes a message of the
 * {@code core} bundle ({@code parse.*}), in English as picocli words it (so a script that matches it keeps working),
 * and in Chinese with no English word. picocli gives some kinds only as text, which is read here.
 */
final class ParseErrors {
    private static final Pattern VALUE_IS_OPTION = Pattern.compile("Unknown option: '(.+)'; Expected parameter .*for option '(.+?)'.*");
    private static final Pattern NO_VALUE = Pattern.compile("option '(.+?)'.* should be specified without '(.*)' parameter");

    private ParseErrors() {}

    /** What is wrong with the command line, in the language of {@code m}. */
    static String message(ParameterException ex, Messages m) {
        String text = ex.getMessage() == null ? "" : ex.getMessage().strip();
        if (ex instanceof MissingParameterException missing) {
            return missing(missing, text, m);
        }
        if (ex instanceof UnmatchedArgumentException unmatched) {
            Matcher matcher = VALUE_IS_OPTION.matcher(text);
            if (matcher.matches()) {
                return m.get("parse.value-is-option", matcher.group(2), matcher.group(1));
            }
            List<String> args = unmatched.getUnmatched();
            if (args.isEmpty()) {
                return fallback(text, m);
            }
            String quoted = quoted(args);
            if (text.startsWith("Unknown option")) {
                return m.get(args.size() == 1 ? "parse.unknown-option" : "parse.unknown-options", quoted);
            }
            boolean commandExpected = !ex.getCommandLine().getSubcommands().isEmpty()
                    && ex.getCommandLine().getCommandSpec().positionalParameters().isEmpty();
            return commandExpected ? m.get("parse.unknown-command", "'" + args.get(0) + "'")
                    : m.get(args.size() == 1 ? "parse.unmatched" : "parse.unmatched-many", quoted);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return m.get("parse.once", name(overwritten.getOverwritten()));
        }
        Matcher noValue = NO_VALUE.matcher(text);
        if (noValue.matches()) {
            return m.get("parse.no-value", noValue.group(1), noValue.group(2));
        }
        if (text.startsWith("Invalid value for ") && ex.getArgSpec() != null && ex.getValue() != null) {
            return invalid(ex.getArgSpec(), ex.getValue(), text, m);
        }
        return fallback(text, m);
    }

    private static String missing(MissingParameterException ex, String text, Messages m) {
        List<ArgSpec> args = ex.getMissing();
        if (args.isEmpty()) {
            return fallback(text, m);
        }
        if (text.startsWith("Missing required parameter for ")) {
            return m.get("parse.missing-value", name(args.get(0)), args.get(0).paramLabel());
        }
        boolean options = true;
        boolean positionals = true;
        List<String> described = new ArrayList<>();
        for (ArgSpec arg : args) {
            options &= arg.isOption();
            positionals &= arg.isPositional();
            described.add("'" + (arg instanceof OptionSpec option ? option.longestName() + "=" + arg.paramLabel() : arg.paramLabel()) + "'");
        }
        String list = String.join(", ", described);
        if (options) {
            return m.get(args.size() == 1 ? "parse.missing-option" : "parse.missing-options", list);
        }
        if (positionals && text.startsWith("Missing required parameter")) {
            return m.get(args.size() == 1 ? "parse.missing-parameter" : "parse.missing-parameters", list);
        }
        return fallback(text, m);
    }

    /** A value the option's type refuses: the choices of an enum, a whole number. */
    private static String invalid(ArgSpec arg, String value, String text, Messages m) {
        Class<?> type = arg.type();
        if (type.isEnum()) {
            List<String> choices = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                choices.add(constant.toString().toLowerCase(Locale.ROOT));
            }
            return m.get("parse.invalid-choice", name(arg), value, String.join(", ", choices));
        }
        if (type == int.class || type == Integer.class) {
            return m.get("parse.invalid-number", name(arg), value);
        }
        return m.get("parse.invalid-value", name(arg), value);
    }

    /** English: picocli's own message; Chinese: a plain "cannot be parsed" (picocli's text is English only). */
    private static String fallback(String text, Messages m) {
        return m.lang() == okpay.support.i18n.Lang.EN && !text.isEmpty() ? text : m.get("parse.other");
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String quoted(List<String> args) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            out.add("'" + arg + "'");
        }
        return String.join(", ", out);
    }
}
