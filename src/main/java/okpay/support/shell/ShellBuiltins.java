package okpay.support.shell;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Audience;
import okpay.support.render.Format;
import okpay.support.render.Style;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The commands the shell answers itself: {@code help} (without a command name) and {@code set}. */
final class ShellBuiltins {
    private final ShellSettings settings;
    private final Path historyFile;

    ShellBuiltins(ShellSettings settings, Path historyFile) {
        this.settings = settings;
        this.historyFile = historyFile;
    }

    /** The shell's own commands, then every top-level command of {@code tree} (help texts in the session's language) with its header. */
    void help(PrintWriter out, Messages messages, Style style, CommandSpec tree) {
        out.println(style.heading(messages.get("help.heading")));
        for (String key : List.of("help.ask", "help.number", "help.go", "help.help", "help.set", "help.set.change", "help.prefix",
                "help.clear", "help.exit")) {
            out.println("  " + messages.get(key));
        }
        out.println(style.dim(messages.get("help.keys")));
        out.println();
        out.println(style.heading(messages.get("help.commands")));
        int width = 0;
        for (String name : tree.subcommands().keySet()) {
            width = Math.max(width, name.length());
        }
        for (Map.Entry<String, CommandLine> entry : tree.subcommands().entrySet()) {
            CommandSpec command = entry.getValue().getCommandSpec();
            if (command.usageMessage().hidden()) {
                continue;
            }
            String[] header = command.usageMessage().header();
            String name = entry.getKey() + " ".repeat(width - entry.getKey().length());
            out.println("  " + style.bold(name) + "  " + (header.length > 0 ? header[0] : ""));
        }
        out.flush();
    }

    /**
     * {@code set}: no argument shows the settings; {@code lang X}, {@code format X}, {@code audience X} and
     * {@code pager on|off} change them.
     *
     * @throws SupportException {@link ExitCode#USAGE} for an unknown setting or value
     */
    void set(List<String> args, PrintWriter out, Messages messages) {
        if (args.isEmpty()) {
            out.println(messages.get("set.lang", settings.lang().code()));
            out.println(messages.get("set.format", settings.format().id()));
            out.println(messages.get("set.audience", settings.audience().id()));
            out.println(messages.get("set.color", messages.get(settings.noColor() ? "set.off" : "set.on")));
            out.println(messages.get("set.pager", messages.get(settings.pager() ? "set.on" : "set.off")));
            out.println(messages.get("set.history", historyFile == null ? messages.get("set.history.off") : historyFile));
            out.flush();
            return;
        }
        String name = args.get(0).toLowerCase(Locale.ROOT);
        if (!List.of("lang", "format", "audience", "pager").contains(name) || args.size() != 2) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.set", String.join(" ", args)), messages.get("hint.set"));
        }
        String value = args.get(1);
        if (name.equals("lang")) {
            Lang lang = Lang.parse(value);
            if (lang == null || !value.equalsIgnoreCase(lang.code())) {
                throw new SupportException(ExitCode.USAGE, messages.get("error.set-value", name, value), messages.get("hint.set-value", "zh, en"));
            }
            settings.lang(lang);
            out.println(Messages.of(ShellBuiltins.class, lang).get("set.lang", lang.code()));
        } else if (name.equals("audience")) {
            Audience audience = Audience.parse(value);
            if (audience == null) {
                throw new SupportException(ExitCode.USAGE, messages.get("error.set-value", name, value),
                        messages.get("hint.set-value", "customer, agent"));
            }
            settings.audience(audience);
            out.println(messages.get("set.audience", audience.id()));
        } else if (name.equals("pager")) {
            settings.pager(onOff(value, messages));
            out.println(messages.get("set.pager", messages.get(settings.pager() ? "set.on" : "set.off")));
        } else {
            settings.format(format(value, messages));
            out.println(messages.get("set.format", settings.format().id()));
        }
        out.flush();
    }

    /** {@code on} or {@code off}, as {@code set pager} takes them (also 开 and 关, as {@code set} shows them in Chinese). */
    private static boolean onOff(String value, Messages messages) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "开" -> {
                return true;
            }
            case "off", "关" -> {
                return false;
            }
            default -> throw new SupportException(ExitCode.USAGE, messages.get("error.set-value", "pager", value),
                    messages.get("hint.set-value", "on, off"));
        }
    }

    private static Format format(String value, Messages messages) {
        for (Format format : Format.values()) {
            if (format.id().equalsIgnoreCase(value)) {
                return format;
            }
        }
        throw new SupportException(ExitCode.USAGE, messages.get("error.set-value", "format", value),
                messages.get("hint.set-value", "text, json, yaml"));
    }
}
