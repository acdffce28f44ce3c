package okpay.support.cli;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import okpay.support.cli.CommandModel.Arg;
import okpay.support.cli.CommandModel.Command;

/**
 * Parses a one-off command line with the stored {@link CommandModel} and binds its values to fresh command objects,
 * without picocli: initialising picocli and building its model cost a cold JVM more than most commands take to run.
 * It reads the plain syntax the tool's commands use (options with a value as {@code --x v} or {@code --x=v}, flags,
 * repeated and comma-split options, positionals within their arity, subcommands, {@code --}, global options anywhere,
 * the root's {@code --version}) and gives up on anything else: help, a value or word that starts with '-' but is no
 * option, a value picocli would not convert, a single-valued option given twice, a missing value or argument, no
 * command at all. picocli then parses the line as always, so every error and help text is picocli's own;
 * {@code DirectParserTest} checks that both give the same exit code and output for generated command lines.
 */
final class DirectParser {
    private static final String END_OF_OPTIONS = "--";

    /** One command of the line: its model and its object. */
    private record Level(Command command, Object object) {}

    private final List<Level> levels = new ArrayList<>();
    // By identity: a record's hashCode is linked through invokedynamic, which a cold JVM pays milliseconds for.
    /** What each argument given holds (a List for multi-valued ones), at which level it was given, and its object. */
    private final Map<Arg, Object> values = new IdentityHashMap<>();
    private final Map<Arg, Integer> givenAt = new IdentityHashMap<>();
    private final Map<Arg, Object> owners = new IdentityHashMap<>();
    private int positionals;
    private boolean version;

    private DirectParser() {}

    /**
     * The command {@code args} run, its options bound, ready to call; null when picocli must parse them (see above).
     * {@code root} gets the global options; when this returns null it may hold some and must not be used.
     */
    static Callable<Integer> parse(RootCommand root, String[] args) {
        CommandModel model = CommandModel.embedded();
        if (model == null) {
            return null;
        }
        try {
            return new DirectParser().run(model, root, args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // whatever it is, picocli reports it
        }
    }

    private Callable<Integer> run(CommandModel model, RootCommand root, String[] args) throws ReflectiveOperationException {
        if (!enter(model.root(), root)) {
            return null;
        }
        boolean endOfOptions = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Level current = levels.get(levels.size() - 1);
            Command sub = endOfOptions ? null : subcommand(current.command(), arg);
            if (endOfOptions) {
                if (!positional(current, arg)) {
                    return null;
                }
            } else if (arg.equals(END_OF_OPTIONS)) {
                endOfOptions = true;
            } else if (sub != null) {
                positionals = 0;
                if (!enter(sub, CommandModel.instantiate(sub.type(), root))) {
                    return null;
                }
            } else if (arg.startsWith("-")) {
                int eq = arg.indexOf('=');
                Arg option = option(eq > 0 ? arg.substring(0, eq) : arg);
                if (option == null || option.usageHelp() || option.arity().equals("0") != isBoolean(option.type())) {
                    return null;
                }
                if (option.versionHelp()) {
                    if (levels.size() > 1 || version || eq > 0) {
                        return null;
                    }
                    version = true;
                } else if (option.arity().equals("0")) {
                    if (eq > 0 || !bind(option, Boolean.TRUE)) {
                        return null;
                    }
                } else if (!option.arity().equals("1")) {
                    return null;
                } else {
                    String value = eq > 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                    // picocli takes no option, "--" or subcommand name as a value, and reports one that looks like an option
                    if (value == null || value.startsWith("-") || subcommand(current.command(), value) != null || !bind(option, value)) {
                        return null;
                    }
                }
            } else if (!positional(current, arg)) {
                return null;
            }
        }
        return complete();
    }

    /** Enters {@code command} (its object {@code object}): its mixins made and set; false when it needs picocli's spec. */
    private boolean enter(Command command, Object object) throws ReflectiveOperationException {
        if (!command.specFields().isEmpty() && !levels.isEmpty()) {
            return false;
        }
        Map<String, Object> objects = new HashMap<>();
        objects.put("", object);
        for (Map.Entry<String, String> mixin : command.mixins().entrySet()) {
            if (!command.mixinSpecFields().get(mixin.getKey()).isEmpty()) {
                return false;
            }
            Object made = CommandModel.instantiate(mixin.getValue(), null);
            CommandModel.field(object.getClass(), mixin.getKey()).set(object, made);
            objects.put(mixin.getKey(), made);
        }
        int positionalArgs = 0;
        for (Arg arg : command.args()) {
            positionalArgs += arg.option() ? 0 : 1;
            owners.put(arg, objects.get(arg.owner()));
        }
        levels.add(new Level(command, object));
        return positionalArgs <= 1;
    }

    private static Command subcommand(Command command, String name) {
        for (Command sub : command.subcommands()) {
            if (sub.name().equals(name)) {
                return sub;
            }
        }
        return null;
    }

    /** The option {@code name} of the current command, or a global one of a command above it; null if none. */
    private Arg option(String name) {
        for (int level = levels.size() - 1; level >= 0; level--) {
            for (Arg arg : levels.get(level).command().args()) {
                if (arg.option() && (level == levels.size() - 1 || arg.inherit()) && arg.names().contains(name)) {
                    return arg;
                }
            }
        }
        return null;
    }

    /** Binds the next positional argument of {@code level}; false when the command takes no more of them. */
    private boolean positional(Level level, String value) {
        for (Arg arg : level.command().args()) {
            if (!arg.option()) {
                return ++positionals <= max(arg.arity()) && bind(arg, value);
            }
        }
        return false;
    }

    /**
     * Converts {@code value} and binds it to {@code arg}; false when picocli must decide: a value it would not convert,
     * a single value given twice, a multi-valued global option given at two levels.
     */
    private boolean bind(Arg arg, Object value) {
        Integer before = givenAt.put(arg, levels.size());
        boolean multiple = arg.type().equals("java.util.List");
        if (before != null && (!multiple || before != levels.size())) {
            return false;
        }
        if (!multiple) {
            Object converted = value instanceof String text ? convert(arg.type(), text) : value;
            values.put(arg, converted);
            return converted != null;
        }
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) values.get(arg);
        if (list == null) {
            list = new ArrayList<>();
            values.put(arg, list);
        }
        String text = (String) value;
        if (!arg.split().isEmpty()) {
            if (!arg.split().equals(",") || text.indexOf('"') >= 0 || text.indexOf('\\') >= 0) {
                return false; // picocli's splitting of quoted values, and regular expressions, are its own
            }
            for (String part : text.split(",")) {
                list.add(convert(arg.auxiliaryTypes().get(0), part));
            }
        } else {
            list.add(convert(arg.auxiliaryTypes().get(0), text));
        }
        return !list.contains(null);
    }

    /** Checks what was given against what each command needs, applies defaults and sets the fields: the command to run. */
    private Callable<Integer> complete() throws ReflectiveOperationException {
        Level last = levels.get(levels.size() - 1);
        if (version) {
            return levels.size() == 1 && values.isEmpty() ? versionPrinter(last) : null;
        }
        if (levels.size() == 1 || !(last.object() instanceof Callable<?>)) {
            return null; // no command: the usage or the shell, picocli's to decide
        }
        for (int i = 0; i < levels.size(); i++) {
            for (Arg arg : levels.get(i).command().args()) {
                boolean given = values.containsKey(arg);
                int count = !given ? 0 : values.get(arg) instanceof List<?> list ? list.size() : 1;
                if (!arg.option() && count < min(arg.arity()) || arg.required() && !given) {
                    return null;
                }
                String setting = given || !arg.option() ? null : setting(arg);
                String defaultValue = setting != null ? setting : arg.defaultValue();
                if (!given && defaultValue != null) {
                    Object converted = convert(arg.type(), defaultValue);
                    if (converted == null) {
                        return null;
                    }
                    values.put(arg, converted);
                }
            }
        }
        for (Map.Entry<Arg, Object> value : values.entrySet()) {
            Object owner = owners.get(value.getKey());
            CommandModel.field(owner.getClass(), value.getKey().field()).set(owner, value.getValue());
        }
        @SuppressWarnings("unchecked")
        Callable<Integer> command = (Callable<Integer>) last.object();
        return command;
    }

    /** The user's setting that is the default of option {@code arg} (picocli's default-value provider in {@link Cli}), or null. */
    private String setting(Arg arg) {
        RootCommand root = (RootCommand) levels.get(0).object();
        String longest = "";
        for (String name : arg.names()) {
            longest = name.length() > longest.length() ? name : longest;
        }
        return root.config().defaultOf(longest);
    }

    /**
     * The root's {@code --version}, printed as picocli prints it (each line through {@code String.format}), for lines
     * without a format specifier or colour markup; null for the others, which picocli prints.
     */
    private static Callable<Integer> versionPrinter(Level root) throws ReflectiveOperationException {
        if (root.command().versionProvider().isEmpty()) {
            return null;
        }
        String[] lines = ((VersionProvider) CommandModel.instantiate(root.command().versionProvider(), null)).getVersion();
        for (String line : lines) {
            if (line.contains("%") || line.contains("@|")) {
                return null;
            }
        }
        RootCommand command = (RootCommand) root.object();
        return new VersionLines(command.context(), lines);
    }

    /** Prints the version lines. Not a lambda: a one-off run links as few as it can. */
    private record VersionLines(CliContext context, String[] lines) implements Callable<Integer> {
        @Override
        public Integer call() {
            for (String line : lines) {
                context.out().println(line);
            }
            context.out().flush();
            return 0;
        }
    }

    /**
     * {@code text} as a value of {@code type}, converted as picocli converts it (with this tool's {@code Path}
     * converter and case-insensitive enum values); null when picocli would refuse it or the type is not one of these.
     */
    static Object convert(String type, String text) {
        try {
            return switch (type) {
                case "java.lang.String" -> text;
                case "int", "java.lang.Integer" -> Integer.valueOf(text);
                case "java.nio.file.Path" -> Path.of(text);
                default -> enumValue(CommandModel.type(type), text);
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** picocli's enum conversion: the exact name, else a name or {@code toString()} equal ignoring case. */
    private static Object enumValue(Class<?> type, String text) {
        if (!type.isEnum()) {
            return null;
        }
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            String shown = constant.toString();
            if (text.equals(shown) || text.equalsIgnoreCase(shown) || text.equalsIgnoreCase(name)) {
                return constant;
            }
        }
        return null;
    }

    private static boolean isBoolean(String type) {
        return type.equals("boolean") || type.equals("java.lang.Boolean");
    }

    /** The least of an arity ({@code 1}, {@code 0..1}, {@code 1..*}). */
    private static int min(String arity) {
        int dots = arity.indexOf("..");
        return Integer.parseInt(dots < 0 ? arity : arity.substring(0, dots));
    }

    /** The most of an arity; {@code *} is any number. */
    private static int max(String arity) {
        int dots = arity.indexOf("..");
        String max = dots < 0 ? arity : arity.substring(dots + 2);
        return max.equals("*") ? Integer.MAX_VALUE : Integer.parseInt(max);
    }
}
