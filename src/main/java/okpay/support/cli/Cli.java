package okpay.support.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okpay.support.Main;
import okpay.support.config.ConfigKey;
import okpay.support.config.UserConfig;
import okpay.support.contact.redact.Redactor;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.render.Format;
import okpay.support.render.Sanitizer;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

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
        return CommandLines.create(context, languageOf(List.of(args), defaultLang(config, context.env())), args, config).execute(args);
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
        return CommandLines.create(context, helpLanguage, null, null);
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

    /** Prints the failure {@code ex} of a command of {@code root}'s tree; returns the exit code. */
    static int failed(RootCommand root, CliContext context, Exception ex) {
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
