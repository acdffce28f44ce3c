package okpay.support.cli;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okpay.support.resource.Resources;

/**
 * The parsing model of the command tree, written by the build from the annotations ({@link EmbedCommandModel}) and
 * read by a one-off run ({@link #embedded}): {@link DirectParser} parses with it, and {@link ModelCommandLine} builds
 * picocli's model from it for what the direct parser hands back. Reading picocli's annotations costs a cold JVM most
 * of its start-up (an annotation is a proxy class generated at run time, which no class-data archive holds); this
 * model needs none. It carries what parsing needs (names, arity, types, defaults, bindings to the command's fields),
 * not help texts: help and usage come from the annotations ({@link Cli}). It uses no picocli type.
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
        try {
            byte[] bytes = Resources.read(RESOURCE);
            return bytes == null ? null : read(new Input(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt " + RESOURCE, e);
        }
    }

    /** The root command, with the whole tree below it. */
    Command root() {
        return root;
    }

    /** The names of the top-level commands, in help order. */
    List<String> commands() {
        List<String> names = new ArrayList<>();
        for (Command command : root.subcommands()) {
            names.add(command.name());
        }
        return names;
    }

    /**
     * The model's bytes as {@link java.io.DataInputStream} would read them, but with a string of ASCII made in one
     * copy: {@code readUTF} decodes character by character, which a cold JVM interprets at a cost of milliseconds.
     */
    private static final class Input {
        private final byte[] bytes;
        private int at;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        int readInt() throws IOException {
            return readShort() << 16 | readShort() & 0xffff;
        }

        short readShort() throws IOException {
            if (at + 2 > bytes.length) {
                throw new EOFException();
            }
            at += 2;
            return (short) ((bytes[at - 2] & 0xff) << 8 | bytes[at - 1] & 0xff);
        }

        boolean readBoolean() throws IOException {
            if (at >= bytes.length) {
                throw new EOFException();
            }
            return bytes[at++] != 0;
        }

        String readUTF() throws IOException {
            int start = at;
            int length = readShort() & 0xffff;
            if (at + length > bytes.length) {
                throw new EOFException();
            }
            at += length;
            for (int i = start + 2; i < at; i++) {
                if (bytes[i] < 0) {
                    return new DataInputStream(new ByteArrayInputStream(bytes, start, length + 2)).readUTF();
                }
            }
            return new String(bytes, start + 2, length, StandardCharsets.ISO_8859_1);
        }
    }

    private static CommandModel read(Input in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a command model");
        }
        return new CommandModel(readCommand(in));
    }

    private static Command readCommand(Input in) throws IOException {
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

    private static List<String> readList(Input in) throws IOException {
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

    /** A new object of {@code type} (a command or a mixin); a command is told {@code root}, the root of its tree. */
    static Object instantiate(String type, RootCommand root) {
        try {
            var constructor = type(type).getDeclaredConstructor();
            constructor.setAccessible(true);
            Object made = constructor.newInstance();
            if (made instanceof Subcommand command) {
                command.root = root;
            }
            return made;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type + " from the command model", e);
        }
    }

    static Field field(Class<?> type, String name) {
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

    static void set(Object target, String fieldName, Object value) {
        try {
            field(target.getClass(), fieldName).set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
