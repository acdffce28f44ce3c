package okpay.support.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import okpay.support.Main;
import okpay.support.contact.redact.Redactor;
import okpay.support.config.ConfigKey;
import okpay.support.config.UserConfig;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.render.Format;
import okpay.support.render.Sanitizer;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
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

    /**
     * Runs {@code args} and returns the exit code; never calls {@code System.exit}. A one-off command line in the plain
     * syntax runs without picocli ({@link DirectParser}); any other goes through picocli as always.
     */
    public static int run(CliContext context, String... args) {
        args = lastLanguageOnly(args);
        RootCommand root = new RootCommand(context);
        Callable<Integer> command = DirectParser.parse(root, args);
        return command != null ? execute(command, root, context) : runWithPicocli(context, root.config(), args);
    }

    /** Runs {@code args} through picocli, whatever they are (the direct parser's tests compare the two). */
    static int runWithPicocli(CliContext context, String... args) {
        return runWithPicocli(context, UserConfig.load(context.env()), args);
    }

    private static int runWithPicocli(CliContext context, UserConfig config, String... args) {
        args = lastLanguageOnly(args);
        return create(context, languageOf(List.of(args), defaultLang(config, context.env())), args, config).execute(args);
    }

    /**
     * The language of a run whose command line gives none: the {@code lang} setting, else the environment's
     * (flags win over settings, settings over the environment).
     */
    public static Lang defaultLang(Map<String, String> env) {
        return defaultLang(UserConfig.load(env), env);
    }

    private static Lang defaultLang(UserConfig config, Map<String, String> env) {
        Lang set = Lang.parse(config.get(ConfigKey.LANG));
        return set != null ? set : Lang.fromEnvironment(env);
    }

    /** Calls a command {@link DirectParser} bound, and reports its failure as picocli's run would ({@link FailureHandler}). */
    private static int execute(Callable<Integer> command, RootCommand root, CliContext context) {
        try {
            Integer code = command.call();
            return code == null ? 0 : code;
        } catch (Exception e) {
            try {
                return failed(root, context, e);
            } catch (Exception unhandled) {
                context.err().print(stackTrace(unhandled));
                context.err().flush();
                return ExitCode.INTERNAL.code();
            }
        }
    }

    /** A command line for {@code context} with help texts in the environment's language, ready to {@code execute}. */
    public static CommandLine create(CliContext context) {
        return create(context, defaultLang(context.env()));
    }

    /** A command line whose help texts are in {@code helpLanguage} (the code's English, or the zh help bundle). */
    public static CommandLine create(CliContext context, Lang helpLanguage) {
        return create(context, helpLanguage, (String[]) null, null);
    }

    /**
     * A command line with every top-level command, or, given the {@code args} of a one-off run, with only the
     * command they name: a one-off run builds the model of the command it runs, not of the whole tree, and builds
     * it from the {@link CommandModel} the build stored rather than from the annotations, unless it asks for help.
     */
    static CommandLine create(CliContext context, Lang helpLanguage, String[] args) {
        return create(context, helpLanguage, args, null);
    }

    /** As {@link #create(CliContext, Lang, String[])}, with the settings the run has already read (null: read when needed). */
    static CommandLine create(CliContext context, Lang helpLanguage, String[] args, UserConfig config) {
        RootCommand root = new RootCommand(context);
        if (config != null) {
            root.config(config);
        }
        CommandLine cmd = args == null || asksFor(args, 'h', "--help") ? null : fromModel(root, args);
        if (cmd == null) {
            cmd = new CommandLine(root, new Factory(root));
            String only = args == null ? null : commandNamed(cmd.getCommandSpec(), args);
            for (Class<?> command : CommandTree.commands()) {
                if (args == null || command.getAnnotation(CommandLine.Command.class).name().equals(only)) {
                    cmd.addSubcommand(command);
                }
            }
            if (cmd.getSubcommands().isEmpty()) {
                // Not a command name (a typo, or an option value): build the whole tree for suggestions and help.
                return create(context, helpLanguage, (String[]) null, config);
            }
            if (helpLanguage == Lang.ZH) {
                cmd.setResourceBundle(ResourceBundle.getBundle("okpay.support.cli.help", Locale.CHINESE,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            }
        }
        return configure(cmd, root, context);
    }

    /**
     * The one-off command line of {@code args} from the stored model: the root and the command named, or the root
     * alone for {@code --version}; null when the annotations are needed (no model, no or an unknown command name,
     * the version of a subcommand).
     */
    private static CommandLine fromModel(RootCommand root, String[] args) {
        CommandModel model = CommandModel.embedded();
        if (model == null) {
            return null;
        }
        CommandLine cmd = ModelCommandLine.root(model, root);
        String only = commandNamed(cmd.getCommandSpec(), args);
        boolean version = asksFor(args, 'V', "--version");
        if (only == null ? !version : version || !model.commands().contains(only)) {
            return null;
        }
        if (only != null) {
            ModelCommandLine.add(model, cmd, only, args);
        }
        return cmd;
    }

    /** Whether {@code args} hold the option {@code -letter} (also among clustered short options) or {@code longName}. */
    static boolean asksFor(String[] args, char letter, String longName) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals(longName) || standardShortOptions(arg) && arg.indexOf(letter) > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code -h}, {@code -V} or a cluster of both ({@code -hV}), the short options every command has. */
    private static boolean standardShortOptions(String arg) {
        if (arg.length() < 2 || arg.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < arg.length(); i++) {
            if (arg.charAt(i) != 'h' && arg.charAt(i) != 'V') {
                return false;
            }
        }
        return true;
    }

    /**
     * Prints the usage help of the command {@code names} (below the root) in the session's language, from the
     * annotations (a one-off run's model carries no help texts).
     */
    static void usage(Session session, String... names) {
        CommandLine cmd = create(session.context(), session.lang());
        for (String name : names) {
            cmd = cmd.getSubcommands().get(name);
        }
        cmd.usage(session.out());
    }

    /** Makes the objects of the annotated tree, each command told its root. */
    private record Factory(RootCommand root) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            K made = CommandLine.defaultFactory().create(type);
            if (made instanceof Subcommand command) {
                command.root = root;
            }
            return made;
        }
    }

    private static CommandLine configure(CommandLine cmd, RootCommand root, CliContext context) {
        cmd.setOut(context.out());
        cmd.setErr(context.err());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's own Path converter is off in the jar (see Main): --kb FILE is the one Path option
        cmd.registerConverter(Path.class, new PathConverter());
        // "@name" is a social handle to check, not a file of arguments to read.
        cmd.setExpandAtFiles(false);
        // The width comes from COLUMNS when the shell exports it; picocli's own detection would start an stty process.
        cmd.setUsageHelpWidth(helpWidth(context));
        cmd.setExecutionStrategy(new FreshSession(root));
        cmd.setDefaultValueProvider(new SettingDefaults(root));
        cmd.setParameterExceptionHandler(new UsageErrorHandler(context));
        cmd.setExecutionExceptionHandler(new FailureHandler(root, context));
        return cmd;
    }

    /** Runs the command with a session made from this parse's options (the shell runs many). Not a lambda: see CommandModel. */
    private record FreshSession(RootCommand root) implements CommandLine.IExecutionStrategy {
        @Override
        public int execute(ParseResult parseResult) {
            root.resetSession();
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                root.forgetConfig(); // the shell's next line may follow a 'config set'
            }
        }
    }

    /** The user's settings as the defaults of the options of the same name (config set region CN: --region CN). */
    private record SettingDefaults(RootCommand root) implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            return arg instanceof OptionSpec option ? root.config().defaultOf(option.longestName()) : null;
        }
    }

    /** The {@code Path} of an option value ({@code --kb FILE}). */
    private static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            return Path.of(value);
        }
    }

    /** Bad command lines: one line saying what is wrong, one saying where to read the usage. */
    private record UsageErrorHandler(CliContext context) implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            Lang lang = languageOf(List.of(args), defaultLang(context.env()));
            Messages messages = Messages.core(lang);
            String message = ParseErrors.message(ex, messages);
            if (ex instanceof UnmatchedArgumentException unmatched) {
                List<String> suggestions = unmatched.getSuggestions();
                if (suggestions.isEmpty() && !unmatched.getUnmatched().isEmpty()) {
                    // picocli suggests only for some typos ("serch"); a swapped pair ("fqa") gets a suggestion too.
                    suggestions = DidYouMean.closest(unmatched.getUnmatched().get(0), ex.getCommandLine().getSubcommands().keySet())
                            .map(List::of).orElse(List.of());
                }
                message += messages.suggestion(suggestions);
            }
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            SupportException failure = new SupportException(ExitCode.USAGE, message, messages.get("hint.usage", command))
                    .withCode(ErrorReport.usageCode(ex));
            return printError(context.err(), context.out(), ErrorReport.formatOf(List.of(args)), lang, failure, false);
        }
    }

    /** Failures while running: the tool's own errors as one message, anything else as an internal error. */
    private record FailureHandler(RootCommand root, CliContext context) implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            return failed(root, context, ex);
        }
    }

    /** Prints the failure {@code ex} of a command of {@code root}'s tree; returns the exit code. */
    private static int failed(RootCommand root, CliContext context, Exception ex) {
        Session session = root.session();
        context.out().flush();
        // A command that wrote its document already (with the error in it) gets no second document.
        Format format = session.documentWritten() ? Format.TEXT : session.format();
        return printError(context.err(), context.out(), format, session.lang(), ex, session.verbose());
    }

    /**
     * Prints a failure the one way every failure is printed, on the command line and in the shell:
     * {@code error: ...}, the detail lines, {@code hint: ...}, and the stack trace only when {@code verbose}.
     * The tool's own errors keep their exit code; anything else is an internal error. Returns the exit code.
     */
    public static int printError(PrintWriter err, Lang lang, Exception ex, boolean verbose) {
        return printError(err, null, Format.TEXT, lang, ex, verbose);
    }

    /**
     * {@link #printError(PrintWriter, Lang, Exception, boolean)}, and with {@code --format json|yaml} ({@code format})
     * the same failure as one error document on {@code out} ({@link ErrorReport}).
     */
    public static int printError(PrintWriter err, PrintWriter out, Format format, Lang lang, Exception ex, boolean verbose) {
        Messages messages = Messages.core(lang);
        SupportException failure = ex instanceof SupportException known ? known
                : new SupportException(ExitCode.INTERNAL, messages.get("error.internal", String.valueOf(ex)),
                        verbose ? null : messages.get("hint.verbose"), List.of(), ex);
        // Messages echo arguments, answers and paths as typed: secrets out first, then made terminal-safe.
        Redactor redactor = new Redactor(lang);
        err.println(messages.get("label.error") + messages.get("label.separator") + Sanitizer.text(redactor.apply(failure.getMessage()), false));
        for (String detail : failure.details()) {
            err.println(Sanitizer.text(redactor.apply(detail), false));
        }
        if (failure.hint() != null && !failure.hint().isBlank()) {
            err.println(messages.get("label.hint") + messages.get("label.separator") + Sanitizer.text(redactor.apply(failure.hint()), false));
        }
        if (verbose && failure.getCause() != null) {
            err.print(stackTrace(failure.getCause()));
        }
        err.flush();
        if (out != null) {
            ErrorReport.print(out, format, failure, lang);
        }
        return failure.exitCode().code();
    }

    /**
     * The command a one-off run names: the first argument that is neither an option of the root command nor
     * the value of one (which options take a value is read from {@code root}); null when there is none.
     */
    static String commandNamed(CommandSpec root, String[] args) {
        int at = commandAt(root, root, args, 0);
        return at < 0 ? null : args[at];
    }

    /**
     * Where in {@code args}, from {@code from} on, the next command word is: the first argument that is neither an
     * option of {@code command} or of {@code root} nor the value of one; -1 when there is none (or after "--").
     */
    static int commandAt(CommandSpec command, CommandSpec root, String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            OptionSpec option = command.findOption(arg);
            option = option != null ? option : root.findOption(arg);
            if (option != null && option.arity().max() > 0) {
                i++;
            } else if (arg.equals("--")) {
                return -1;
            } else if (!arg.startsWith("-")) {
                return i;
            }
        }
        return -1;
    }

    private static int helpWidth(CliContext context) {
        try {
            int columns = Integer.parseInt(context.env().getOrDefault("COLUMNS", "80").strip());
            return Math.max(55, Math.min(columns, 160));
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /**
     * The language of a command line whose options may not have parsed (for its help and usage errors): the
     * last readable {@code --lang} among {@code args}, else {@code fallback}.
     */
    public static Lang languageOf(List<String> args, Lang fallback) {
        Lang lang = fallback;
        for (int i = 0; i < args.size(); i++) {
            String value = args.get(i).startsWith("--lang=") ? args.get(i).substring(7)
                    : args.get(i).equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (Lang.parse(value) != null) {
                lang = Lang.parse(value);
            }
        }
        return lang;
    }

    /**
     * {@code args} without the {@code --lang} options a later one overrides: the last language given wins, as it does
     * when the two are given before and after the command's name, rather than picocli's "specified only once" error in
     * one language with its hint in the other. A value that is no language is kept for picocli to report.
     */
    static String[] lastLanguageOnly(String[] args) {
        int last = -1;
        int given = 0;
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (languageValue(args, i) != null) {
                last = i;
                given++;
            }
        }
        if (given < 2 || Lang.parse(languageValue(args, last)) == null) {
            return args;
        }
        List<String> kept = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            String value = i < last ? languageValue(args, i) : null;
            if (value != null && Lang.parse(value) != null) {
                i += args[i].equals("--lang") ? 1 : 0;
            } else {
                kept.add(args[i]);
            }
        }
        return kept.toArray(new String[0]);
    }

    /** The value of a {@code --lang} option at {@code i}, or null when there is none. */
    private static String languageValue(String[] args, int i) {
        return args[i].startsWith("--lang=") ? args[i].substring(7) : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
    }

    private static String stackTrace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }
}
