package okpay.support.cli;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import okpay.support.cli.CommandModel.Arg;
import okpay.support.cli.CommandModel.Command;
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
 * picocli's model of a one-off command line built from the stored {@link CommandModel} rather than from the
 * annotations, for the command lines {@link DirectParser} hands to picocli (usage errors, {@code --version} of a
 * subcommand...): the root and the command named, and at each level below it only the subcommand named.
 */
final class ModelCommandLine {
    private ModelCommandLine() {}

    /** The root command line of {@code model}, without subcommands, for {@code rootCommand}. */
    static CommandLine root(CommandModel model, RootCommand rootCommand) {
        return new CommandLine(spec(model.root(), rootCommand));
    }

    /**
     * Adds the top-level command {@code name} to {@code root}. At each level below it, only the subcommand that
     * {@code args} name next is built, when they name one (else all of them, for picocli's suggestions).
     */
    static void add(CommandModel model, CommandLine root, String name, String[] args) {
        CommandSpec rootSpec = root.getCommandSpec();
        for (Command command : model.root().subcommands()) {
            if (command.name().equals(name)) {
                int at = Cli.commandAt(rootSpec, rootSpec, args, 0);
                Object made = CommandModel.instantiate(command.type(), (RootCommand) rootSpec.userObject());
                root.addSubcommand(name, new CommandLine(spec(command, made, rootSpec, args, at + 1)));
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
                Object made = CommandModel.instantiate(sub.type(), (RootCommand) rootSpec.userObject());
                spec.addSubcommand(sub.name(), spec(sub, made, rootSpec, named ? args : null, at + 1));
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
            Object mixin = CommandModel.instantiate(field.getValue(), null);
            CommandModel.set(userObject, field.getKey(), mixin);
            owners.put(field.getKey(), mixin);
            for (String specField : command.mixinSpecFields().get(field.getKey())) {
                CommandModel.set(mixin, specField, spec);
            }
        }
        for (String field : command.specFields()) {
            CommandModel.set(userObject, field, spec);
        }
        if (!command.versionProvider().isEmpty()) {
            spec.versionProvider((IVersionProvider) CommandModel.instantiate(command.versionProvider(), null));
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
            auxiliaryTypes[i] = CommandModel.type(arg.auxiliaryTypes().get(i));
        }
        ScopeType scope = arg.inherit() ? ScopeType.INHERIT : ScopeType.LOCAL;
        FieldAccess access = arg.field().isEmpty() ? null : new FieldAccess(owner, CommandModel.field(owner.getClass(), arg.field()));
        // the two builders share no public type: the same calls, twice
        if (arg.option()) {
            OptionSpec.Builder builder = OptionSpec.builder(arg.names().toArray(new String[0])).usageHelp(arg.usageHelp())
                    .versionHelp(arg.versionHelp()).arity(arg.arity()).paramLabel(arg.paramLabel()).type(CommandModel.type(arg.type()))
                    .auxiliaryTypes(auxiliaryTypes).splitRegex(arg.split()).required(arg.required()).defaultValue(arg.defaultValue())
                    .scopeType(scope);
            // -h and -V live in no field of ours: picocli keeps their value, false until given
            return access == null ? builder.initialValue(arg.type().equals("boolean") ? false : null).build()
                    : builder.getter(access).setter(access).initialValue(access.value()).build();
        }
        PositionalParamSpec.Builder builder = PositionalParamSpec.builder().index(arg.index()).arity(arg.arity())
                .paramLabel(arg.paramLabel()).type(CommandModel.type(arg.type())).auxiliaryTypes(auxiliaryTypes).splitRegex(arg.split())
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
}
