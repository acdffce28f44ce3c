package okpay.support.cli;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;

/**
 * The parsing model of the command tree, written by the build from the annotations ({@link #write}) and rebuilt
 * from that data by a one-off run ({@link #embedded}, {@link #root}, {@link #add}); {@link EmbedCommandModel} writes it. Reading picocli's annotations costs
 * a cold JVM most of its start-up (an annotation is a proxy class generated at run time, which no class-data
 * archive holds); this model needs none. It carries what parsing needs (names, arity, types, defaults, bindings to
 * the command's fields), not help texts: help and usage come from the annotations ({@link Cli}).
 */
final class CommandModel {
    /** Where the build puts the model, beside the classes. */
    static final String RESOURCE = "okpay/support/cli/commands.model";
    static final int MAGIC = 0x4f4b4331; // "OKC1"
    /** The name picocli gives the mixin of -h and -V (mixinStandardHelpOptions): not ours to bind to. */
    static final String STANDARD_HELP_MIXIN = "mixinStandardHelpOptions";

    /** One command: its class, where its @Spec goes, its mixins (field name → class), arguments and subcommands. */
    record Command(String name, String type, List<String> specFields, Map<String, String> mixins, Map<String, List<String>> mixinSpecFields,
            String versionProvider, List<Arg> args, List<Command> subcommands) {}

    /** One option or positional parameter; {@code owner} is the mixin field its field is in, "" for the command's own. */
    record Arg(boolean option, List<String> names, String index, String arity, String paramLabel, String type, List<String> auxiliaryTypes,
            String split, boolean required, String defaultValue, boolean inherit, boolean usageHelp, boolean versionHelp,
            String owner, String field) {}

    private final Command root;

    private CommandModel(Command root) {
        this.root = root;
    }

    /** The model the build stored, or null when there is none (a build without the step, an IDE run). */
    static CommandModel embedded() {
        InputStream in = CommandModel.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return null;
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            return read(data);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt " + RESOURCE, e);
        }
    }

    /** The names of the top-level commands, in help order. */
    List<String> commands() {
        List<String> names = new ArrayList<>();
        for (Command command : root.subcommands()) {
            names.add(command.name());
        }
        return names;
    }

    /** The root command line, without subcommands, for {@code rootCommand}. */
    CommandLine root(RootCommand rootCommand) {
        return new CommandLine(spec(root, rootCommand));
    }

    /**
     * Adds the top-level command {@code name} to {@code root}. At each level below it, only the subcommand that
     * {@code args} name next is built, when they name one (else all of them, for picocli's suggestions).
     */
    void add(CommandLine root, String name, String[] args) {
        CommandSpec rootSpec = root.getCommandSpec();
        for (Command command : this.root.subcommands()) {
            if (command.name().equals(name)) {
                int at = Cli.commandAt(rootSpec, rootSpec, args, 0);
                root.addSubcommand(name, new CommandLine(spec(command, instantiate(command.type()), rootSpec, args, at + 1)));
            }
        }
    }

    /** {@code command}'s spec with all its subcommands, or, given {@code args}, those they name from {@code from} on. */
    private static CommandSpec spec(Command command, Object userObject, CommandSpec rootSpec, String[] args, int from) {
        CommandSpec spec = spec(command, userObject);
        int at = args == null || command.subcommands().isEmpty() ? -1 : Cli.commandAt(spec, rootSpec, args, from);
        String next = at < 0 ? null : args[at];
        boolean named = false;
        for (Command sub : command.subcommands()) {
            named |= sub.name().equals(next);
        }
        for (Command sub : command.subcommands()) {
            if (!named || sub.name().equals(next)) {
                spec.addSubcommand(sub.name(), spec(sub, instantiate(sub.type()), rootSpec, named ? args : null, at + 1));
            }
        }
        return spec;
    }

    /** {@code command}'s spec, without subcommands, for {@code userObject}. */
    private static CommandSpec spec(Command command, Object userObject) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(userObject);
        spec.name(command.name());
        Map<String, Object> owners = new LinkedHashMap<>();
        owners.put("", userObject);
        for (Map.Entry<String, String> field : command.mixins().entrySet()) {
            Object mixin = instantiate(field.getValue());
            set(userObject, field.getKey(), mixin);
            owners.put(field.getKey(), mixin);
            for (String specField : command.mixinSpecFields().get(field.getKey())) {
                set(mixin, specField, spec);
            }
        }
        for (String field : command.specFields()) {
            set(userObject, field, spec);
        }
        if (!command.versionProvider().isEmpty()) {
            spec.versionProvider((IVersionProvider) instantiate(command.versionProvider()));
        }
        for (Arg arg : command.args()) {
            spec.add(arg(arg, owners.get(arg.owner())));
        }
        return spec;
    }

    private static ArgSpec arg(Arg arg, Object owner) {
        // loops, not streams, here and above: each lambda a cold JVM links costs more than the loop runs
        Class<?>[] auxiliaryTypes = new Class<?>[arg.auxiliaryTypes().size()];
        for (int i = 0; i < auxiliaryTypes.length; i++) {
            auxiliaryTypes[i] = type(arg.auxiliaryTypes().get(i));
        }
        ScopeType scope = arg.inherit() ? ScopeType.INHERIT : ScopeType.LOCAL;
        FieldAccess access = arg.field().isEmpty() ? null : new FieldAccess(owner, field(owner.getClass(), arg.field()));
        // the two builders share no public type: the same calls, twice
        if (arg.option()) {
            OptionSpec.Builder builder = OptionSpec.builder(arg.names().toArray(new String[0])).usageHelp(arg.usageHelp())
                    .versionHelp(arg.versionHelp()).arity(arg.arity()).paramLabel(arg.paramLabel()).type(type(arg.type()))
                    .auxiliaryTypes(auxiliaryTypes).splitRegex(arg.split()).required(arg.required()).defaultValue(arg.defaultValue())
                    .scopeType(scope);
            // -h and -V live in no field of ours: picocli keeps their value, false until given
            return access == null ? builder.initialValue(arg.type().equals("boolean") ? false : null).build()
                    : builder.getter(access).setter(access).initialValue(access.value()).build();
        }
        PositionalParamSpec.Builder builder = PositionalParamSpec.builder().index(arg.index()).arity(arg.arity())
                .paramLabel(arg.paramLabel()).type(type(arg.type())).auxiliaryTypes(auxiliaryTypes).splitRegex(arg.split())
                .required(arg.required()).defaultValue(arg.defaultValue()).scopeType(scope);
        return access == null ? builder.build() : builder.getter(access).setter(access).initialValue(access.value()).build();
    }

    /** A field of the command (or mixin) object as picocli's getter and setter. */
    private record FieldAccess(Object owner, Field field) implements IGetter, ISetter {
        /** The field's value now: the initial value picocli resets it to. */
        Object value() {
            try {
                return field.get(owner);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() throws IllegalAccessException {
            return (T) field.get(owner);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) throws IllegalAccessException {
            T previous = (T) field.get(owner);
            field.set(owner, value);
            return previous;
        }
    }

    private static CommandModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a command model");
        }
        return new CommandModel(readCommand(in));
    }

    private static Command readCommand(DataInputStream in) throws IOException {
        String name = in.readUTF();
        String type = in.readUTF();
        List<String> specFields = readList(in);
        List<String> mixinFields = readList(in);
        List<String> mixinTypes = readList(in);
        Map<String, String> mixins = new LinkedHashMap<>();
        Map<String, List<String>> mixinSpecFields = new LinkedHashMap<>();
        for (int i = 0; i < mixinFields.size(); i++) {
            mixins.put(mixinFields.get(i), mixinTypes.get(i));
            mixinSpecFields.put(mixinFields.get(i), readList(in));
        }
        String versionProvider = in.readUTF();
        List<Arg> args = new ArrayList<>();
        for (int i = in.readShort(); i > 0; i--) {
            boolean option = in.readBoolean();
            List<String> names = readList(in);
            String index = in.readUTF();
            String arity = in.readUTF();
            String paramLabel = in.readUTF();
            String argType = in.readUTF();
            List<String> aux = readList(in);
            String split = in.readUTF();
            boolean required = in.readBoolean();
            boolean hasDefault = in.readBoolean();
            String defaultValue = in.readUTF();
            args.add(new Arg(option, names, index, arity, paramLabel, argType, aux, split, required, hasDefault ? defaultValue : null,
                    in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readUTF(), in.readUTF()));
        }
        List<Command> subcommands = new ArrayList<>();
        for (int i = in.readShort(); i > 0; i--) {
            subcommands.add(readCommand(in));
        }
        return new Command(name, type, specFields, mixins, mixinSpecFields, versionProvider, args, subcommands);
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = in.readShort(); i > 0; i--) {
            values.add(in.readUTF());
        }
        return values;
    }

    static Class<?> type(String name) {
        return switch (name) {
            case "boolean" -> boolean.class;
            case "int" -> int.class;
            case "long" -> long.class;
            case "double" -> double.class;
            default -> {
                try {
                    yield Class.forName(name, false, CommandModel.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("the command model names a missing type; rebuild: " + name, e);
                }
            }
        };
    }

    private static Object instantiate(String type) {
        try {
            var constructor = type(type).getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type + " from the command model", e);
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new IllegalStateException("the command model names a missing field; rebuild: " + type.getName() + "." + name);
    }

    private static void set(Object target, String fieldName, Object value) {
        try {
            field(target.getClass(), fieldName).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
