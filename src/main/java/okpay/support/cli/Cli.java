package okpay.support.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import okpay.support.Main;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one factory of the configured command line, used by {@code Main}, by the shell and by every
 * CLI test: it wires the output streams, the error handlers and the exit codes.
 */
public final class Cli {
    private Cli() {}

    /** Runs {@code args} and returns the exit code; never calls {@code System.exit}. */
    public static int run(CliContext context, String... args) {
        return create(context, languageOf(context, args), commandNamed(args)).execute(args);
    }

    /** A command line for {@code context} with help texts in the environment's language, ready to {@code execute}. */
    public static CommandLine create(CliContext context) {
        return create(context, Lang.fromEnvironment(context.env()));
    }

    /** A command line whose help texts are in {@code helpLanguage} (the code's English, or the zh help bundle). */
    public static CommandLine create(CliContext context, Lang helpLanguage) {
        return create(context, helpLanguage, null);
    }

    /**
     * A command line with every top-level command, or with only the one named {@code only}: a
     * one-off run pays picocli's reflection for the command it runs, not for the whole tree.
     */
    private static CommandLine create(CliContext context, Lang helpLanguage, String only) {
        RootCommand root = new RootCommand(context);
        CommandLine cmd = new CommandLine(root);
        for (Class<?> command : CommandTree.commands()) {
            if (only == null || only.equals(command.getAnnotation(CommandLine.Command.class).name())) {
                cmd.addSubcommand(command);
            }
        }
        if (cmd.getSubcommands().isEmpty()) {
            // Not a command name (a typo, or an option value): build the whole tree for suggestions and help.
            return create(context, helpLanguage, null);
        }
        if (helpLanguage == Lang.ZH) {
            cmd.setResourceBundle(ResourceBundle.getBundle("okpay.support.i18n.help", Locale.CHINESE,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // "@name" is a social handle to check, not a file of arguments to read.
        cmd.setExpandAtFiles(false);
        // The width comes from COLUMNS when the shell exports it; picocli's own detection would start an stty process.
        cmd.setUsageHelpWidth(helpWidth(context));
        cmd.setExecutionStrategy(parseResult -> {
            root.resetSession();
            return new CommandLine.RunLast().execute(parseResult);
        });
        cmd.setParameterExceptionHandler(new UsageErrorHandler(context));
        cmd.setExecutionExceptionHandler(new FailureHandler(root, context));
        return cmd;
    }

    /** Bad command lines: one line saying what is wrong, one saying where to read the usage. */
    private record UsageErrorHandler(CliContext context) implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            Messages messages = Messages.of("core", languageOf(context, args));
            String message = ex.getMessage().strip();
            if (ex instanceof UnmatchedArgumentException unmatched) {
                List<String> suggestions = unmatched.getSuggestions();
                if (suggestions.isEmpty() && !unmatched.getUnmatched().isEmpty()) {
                    // picocli suggests only for some typos ("serch"); a swapped pair ("fqa") gets a suggestion too.
                    suggestions = DidYouMean.closest(unmatched.getUnmatched().get(0), ex.getCommandLine().getSubcommands().keySet())
                            .map(List::of).orElse(List.of());
                }
                if (!suggestions.isEmpty()) {
                    message += " (" + messages.get("hint.did-you-mean", String.join(", ", suggestions)).replaceAll("[?？]$", "") + "?)";
                }
            }
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            printError(context.err(), messages, message, messages.get("hint.usage", command), List.of());
            return ExitCode.USAGE.code();
        }
    }

    /** Failures while running: the tool's own errors as one message, anything else as an internal error. */
    private record FailureHandler(RootCommand root, CliContext context) implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            Session session = root.session();
            Messages messages = session.messages();
            PrintWriter err = context.err();
            context.out().flush();
            if (ex instanceof SupportException failure) {
                printError(err, messages, failure.getMessage(), failure.hint(), failure.details());
                if (session.verbose() && failure.getCause() != null) {
                    err.print(stackTrace(failure.getCause()));
                }
                err.flush();
                return failure.exitCode().code();
            }
            printError(err, messages, messages.get("error.internal", String.valueOf(ex)),
                    session.verbose() ? null : messages.get("hint.verbose"), List.of());
            if (session.verbose()) {
                err.print(stackTrace(ex));
            }
            err.flush();
            return ExitCode.INTERNAL.code();
        }
    }

    static void printError(PrintWriter err, Messages messages, String message, String hint, List<String> details) {
        err.println(messages.get("label.error") + ": " + message);
        for (String detail : details) {
            err.println(detail);
        }
        if (hint != null && !hint.isBlank()) {
            err.println(messages.get("label.hint") + ": " + hint);
        }
        err.flush();
    }

    /**
     * The command a one-off run names: the first argument that is neither a global option nor the
     * value of one; null when there is none (help, or no arguments).
     */
    static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--kb") || arg.equals("--lang") || arg.equals("--format")) {
                i++;
            } else if (arg.equals("--")) {
                return null;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static int helpWidth(CliContext context) {
        try {
            int columns = Integer.parseInt(context.env().getOrDefault("COLUMNS", "80").strip());
            return Math.max(55, Math.min(columns, 160));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** The language of a run whose options may not have parsed: --lang if it is readable, else the environment. */
    static Lang languageOf(CliContext context, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            Lang lang = Lang.parse(value);
            if (lang != null) {
                return lang;
            }
        }
        return Lang.fromEnvironment(context.env());
    }

    private static String stackTrace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
