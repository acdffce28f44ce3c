package okpay.support.shell;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Where a word of a command line stands in the picocli command tree: which (sub)command it belongs to,
 * and whether it is an option name, the value of an option, or the n-th positional parameter. Found by
 * walking the words before it, so it works for every command registered in the tree.
 *
 * @param command the innermost command named so far
 * @param path that command's names below the root joined by spaces ({@code "faq show"}; {@code ""} for the root)
 * @param option the option whose value the word is, or null
 * @param positional the word's index among the command's positional parameters, or -1 if it is not one
 * @param optionName true if the word is (the start of) an option name
 * @param prefix text before the value inside the word: {@code "--topic="} for {@code --topic=fu}, {@code "a,b,"} for
 *     {@code a,b,c} of a comma-separated option; else {@code ""}
 */
record CommandPosition(CommandSpec command, String path, OptionSpec option, int positional, boolean optionName, String prefix) {

    /** The position of {@code words.get(index)}; {@code index} may be {@code words.size()} for a new word. */
    static CommandPosition of(CommandSpec root, List<String> words, int index) {
        CommandSpec command = root;
        List<String> path = new ArrayList<>();
        OptionSpec pending = null;
        int positional = 0;
        for (int i = 0; i < index && i < words.size(); i++) {
            String word = words.get(i);
            if (pending != null) {
                pending = null;
                continue;
            }
            if (word.startsWith("-") && word.length() > 1) {
                OptionSpec option = command.findOption(word.contains("=") ? word.substring(0, word.indexOf('=')) : word);
                if (option != null && option.arity().max() > 0 && !word.contains("=")) {
                    pending = option;
                }
                continue;
            }
            CommandLine sub = positional == 0 ? command.subcommands().get(word) : null;
            if (sub != null) {
                command = sub.getCommandSpec();
                path.add(word);
            } else {
                positional++;
            }
        }
        String current = index < words.size() ? words.get(index) : "";
        String joined = String.join(" ", path);
        if (pending != null) {
            return new CommandPosition(command, joined, pending, -1, false, listPrefix(pending, current));
        }
        if (current.startsWith("--") && current.contains("=")) {
            OptionSpec option = command.findOption(current.substring(0, current.indexOf('=')));
            String prefix = current.substring(0, current.indexOf('=') + 1);
            return new CommandPosition(command, joined, option, -1, false, prefix + listPrefix(option, current.substring(prefix.length())));
        }
        if (current.startsWith("-")) {
            return new CommandPosition(command, joined, null, -1, true, "");
        }
        return new CommandPosition(command, joined, null, positional, false, "");
    }

    /** For a comma-separated option ({@code --only a,b,c}), the values already typed before the one being completed. */
    private static String listPrefix(OptionSpec option, String value) {
        if (option == null || !",".equals(option.splitRegex())) {
            return "";
        }
        return value.substring(0, value.lastIndexOf(',') + 1);
    }

    /** The option or positional parameter the word fills, or null (a subcommand name, or nothing declared). */
    ArgSpec arg() {
        if (option != null) {
            return option;
        }
        if (positional < 0) {
            return null;
        }
        for (var parameter : command.positionalParameters()) {
            if (parameter.index().contains(positional)) {
                return parameter;
            }
        }
        return null;
    }
}
