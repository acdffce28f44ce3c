package okpay.support.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import okpay.support.config.UserConfig;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds picocli's command line of a run, configured as {@link Cli} runs it: streams, converters, the user's settings as
 * defaults, the error handlers. Apart from {@code Cli} because a one-off command line {@link DirectParser} reads never
 * needs picocli, and verifying a class that hands its objects to picocli's interfaces loads those interfaces: six
 * classes of a {@code java -jar} start, about 2 ms, when this code was part of {@code Cli}.
 */
final class CommandLines {
    private CommandLines() {}

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
        CommandLine cmd = args == null || Cli.asksFor(args, 'h', "--help") ? null : fromModel(root, args);
        if (cmd == null) {
            cmd = new CommandLine(root, new Factory(root));
            String only = args == null ? null : Cli.commandNamed(cmd.getCommandSpec(), args);
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
        String only = Cli.commandNamed(cmd.getCommandSpec(), args);
        boolean version = Cli.asksFor(args, 'V', "--version");
        if (only == null ? !version : version || !model.commands().contains(only)) {
            return null;
        }
        if (only != null) {
            ModelCommandLine.add(model, cmd, only, args);
        }
        return cmd;
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

    /**
     * The user's settings as the defaults of the options of the same name (config set region CN: --region CN). A class,
     * not a record: picocli writes the provider into its trace messages, and a record's first {@code toString} links
     * {@code ObjectMethods}, a dozen method-handle classes made at run time, 10 to 15 ms of a cold start.
     */
    private static final class SettingDefaults implements CommandLine.IDefaultValueProvider {
        private final RootCommand root;

        SettingDefaults(RootCommand root) {
            this.root = root;
        }

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
            Lang lang = Cli.languageOf(List.of(args), Cli.defaultLang(context.env()));
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
            return Cli.printError(context.err(), context.out(), ErrorReport.formatOf(List.of(args)), lang, failure, false);
        }
    }

    /** Failures while running: the tool's own errors as one message, anything else as an internal error. */
    private record FailureHandler(RootCommand root, CliContext context) implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
            return Cli.failed(root, context, ex);
        }
    }

    private static int helpWidth(CliContext context) {
        try {
            int columns = Integer.parseInt(context.env().getOrDefault("COLUMNS", "80").strip());
            return Math.max(55, Math.min(columns, 160));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
