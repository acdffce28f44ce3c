package okpay.support.cli;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import okpay.support.i18n.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * Build step (run by Maven after compiling): stores the parsing model of the command tree, read from the
 * annotations, beside the classes ({@link CommandModel}), so that a one-off run need not read the annotations.
 */
public final class EmbedCommandModel {
    private EmbedCommandModel() {}

    /** {@code args[0]}: the classes folder. */
    public static void main(String[] args) throws IOException {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        CliContext context = new CliContext(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), false);
        Path model = Path.of(args[0]).resolve(CommandModel.RESOURCE);
        Files.createDirectories(model.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(model)))) {
            write(Cli.create(context, Lang.EN), out);
        }
    }

    /** Writes the model of {@code tree}, the whole command tree built from the annotations. */
    static void write(CommandLine tree, DataOutputStream out) throws IOException {
        out.writeInt(CommandModel.MAGIC);
        write(tree.getCommandSpec(), out);
    }

    private static void write(CommandSpec spec, DataOutputStream out) throws IOException {
        Object user = spec.userObject();
        Class<?> type = user.getClass();
        if (!spec.argGroups().isEmpty()) {
            throw new IllegalStateException(spec.qualifiedName() + ": argument groups are not in the command model; add them to CommandModel");
        }
        out.writeUTF(spec.name());
        out.writeUTF(type.getName());
        writeList(specFields(type, false), out);
        Map<String, String> mixins = new LinkedHashMap<>();
        spec.mixins().forEach((name, mixin) -> {
            if (!name.equals(CommandModel.STANDARD_HELP_MIXIN)) {
                mixins.put(name, mixin.userObject().getClass().getName());
            }
        });
        writeList(new ArrayList<>(mixins.keySet()), out);
        writeList(new ArrayList<>(mixins.values()), out);
        for (String mixin : mixins.values()) {
            writeList(specFields(CommandModel.type(mixin), true), out);
        }
        out.writeUTF(spec.versionProvider() == null ? "" : spec.versionProvider().getClass().getName());
        List<ArgSpec> args = spec.args().stream().filter(a -> !a.inherited()).toList();
        out.writeShort(args.size());
        for (ArgSpec arg : args) {
            writeArg(spec, arg, mixins, out);
        }
        out.writeShort(spec.subcommands().size());
        for (CommandLine sub : new LinkedHashSet<>(spec.subcommands().values())) {
            write(sub.getCommandSpec(), out);
        }
    }

    private static void writeArg(CommandSpec spec, ArgSpec arg, Map<String, String> mixins, DataOutputStream out) throws IOException {
        String where = spec.qualifiedName() + " " + arg.paramLabel();
        OptionSpec option = arg.isOption() ? (OptionSpec) arg : null;
        if (arg.interactive() || arg.converters().length > 0 || option != null && (option.negatable() || !option.fallbackValue().isEmpty())) {
            throw new IllegalStateException(where + ": interactive, negatable, fallback and converter attributes are not in the command model");
        }
        if (!(arg.userObject() instanceof Field f)) {
            throw new IllegalStateException(where + ": only fields are bound in the command model");
        }
        String owner = "";
        String field = f.getName();
        if (f.getDeclaringClass().getName().equals("picocli.CommandLine$AutoHelpMixin")) {
            field = "";
        }
        for (Map.Entry<String, String> mixin : mixins.entrySet()) {
            if (mixin.getValue().equals(f.getDeclaringClass().getName())) {
                owner = mixin.getKey();
            }
        }
        out.writeBoolean(arg.isOption());
        writeList(arg.isOption() ? List.of(((OptionSpec) arg).names()) : List.of(), out);
        out.writeUTF(arg.isOption() ? "" : ((PositionalParamSpec) arg).index().toString());
        out.writeUTF(arg.arity().toString());
        out.writeUTF(arg.paramLabel());
        out.writeUTF(arg.type().getName());
        writeList(List.of(arg.auxiliaryTypes()).stream().map(Class::getName).toList(), out);
        out.writeUTF(arg.splitRegex());
        out.writeBoolean(arg.required());
        out.writeBoolean(arg.defaultValue() != null);
        out.writeUTF(arg.defaultValue() == null ? "" : arg.defaultValue());
        out.writeBoolean(arg.scopeType() == ScopeType.INHERIT);
        out.writeBoolean(option != null && option.usageHelp());
        out.writeBoolean(option != null && option.versionHelp());
        out.writeUTF(owner);
        out.writeUTF(field);
    }

    /**
     * The fields of {@code type} (and its superclasses) that picocli gives the spec of the command (@Spec in a
     * command, @Spec(MIXEE) in a mixin: a mixin's own spec is not in the model).
     */
    private static List<String> specFields(Class<?> type, boolean mixin) {
        List<String> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Spec spec = f.getAnnotation(Spec.class);
                if (spec != null && mixin != (spec.value() == Spec.Target.MIXEE)) {
                    throw new IllegalStateException(type.getName() + "." + f.getName()
                            + ": the command model gives a command its own spec (@Spec) and a mixin its command's (@Spec(MIXEE))");
                } else if (spec != null) {
                    fields.add(f.getName());
                }
            }
        }
        return fields;
    }

    private static void writeList(List<String> values, DataOutputStream out) throws IOException {
        out.writeShort(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }
}

