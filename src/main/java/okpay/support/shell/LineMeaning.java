package okpay.support.shell;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okpay.support.cli.Cli;
import okpay.support.cli.CliContext;
import okpay.support.i18n.DidYouMean;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a line typed at the shell prompt means. People type commands, the tool's own hints copied whole
 * ({@code okpay-support contact --topic funds}), Chinese or everyday names for the shell's commands ({@code 帮助},
 * {@code 退出}, {@code 清屏}, {@code clear}, {@code ?}), a number or {@code go} after an answer, and sentences: a line
 * that is not a command goes to {@code ask}. A line that starts like a command but reads as a sentence
 * ({@code contact support please}) is a sentence, unless its odd word is a typo of a subcommand ({@code faq shwo}).
 *
 * @param words the words to run (without a leading {@code okpay-support}); for {@link Intent#ASK} the text, as typed
 * @param number the line number for {@link Intent#ITEM}
 */
record LineMeaning(Intent intent, List<String> words, int number) {
    /** The kinds of line. */
    enum Intent { EMPTY, EXIT, HELP, SET, CLEAR, GO, ITEM, COMMAND, ASK }

    private static final Set<String> PREFIXES = Set.of("okpay-support", "./okpay-support");
    private static final Set<String> EXIT = Set.of("exit", "quit", "退出");
    private static final Set<String> HELP = Set.of("help", "帮助", "?", "？");
    private static final Set<String> CLEAR = Set.of("clear", "cls", "清屏");
    private static final Set<String> GO = Set.of("go", "开始");
    private static final Set<String> SETTINGS = Set.of("lang", "format");

    /** The meaning of {@code line}, which JLine split into {@code words}, for the commands of {@code tree}. */
    static LineMeaning of(String line, List<String> words, CommandSpec tree) {
        String text = line.strip();
        List<String> rest = words;
        if (!rest.isEmpty() && PREFIXES.contains(rest.get(0))) {
            rest = rest.subList(1, rest.size());
            text = text.substring(text.indexOf(words.get(0)) + words.get(0).length()).strip();
            if (rest.isEmpty()) {
                return new LineMeaning(Intent.HELP, List.of(), 0);
            }
        }
        if (rest.isEmpty() || text.isEmpty()) {
            return new LineMeaning(Intent.EMPTY, List.of(), 0);
        }
        String first = rest.get(0).toLowerCase(Locale.ROOT);
        List<String> args = rest.subList(1, rest.size());
        if (EXIT.contains(first)) {
            return new LineMeaning(Intent.EXIT, rest, 0);
        }
        if (HELP.contains(first) && (args.isEmpty() || tree.subcommands().containsKey(args.get(0)))) {
            return new LineMeaning(Intent.HELP, args, 0);
        }
        if (args.isEmpty() && CLEAR.contains(first)) {
            return new LineMeaning(Intent.CLEAR, rest, 0);
        }
        if (args.isEmpty() && GO.contains(first)) {
            return new LineMeaning(Intent.GO, rest, 0);
        }
        if (args.isEmpty() && first.matches("\\d{1,3}")) {
            return new LineMeaning(Intent.ITEM, rest, Integer.parseInt(first));
        }
        // "set color off" is a setting (an unknown one); "set up two-step verification" is a question.
        if (first.equals("set") && (args.size() <= 2 || SETTINGS.contains(args.get(0).toLowerCase(Locale.ROOT)))) {
            return new LineMeaning(Intent.SET, args, 0);
        }
        boolean command = tree.subcommands().containsKey(rest.get(0));
        if (first.startsWith("-") || (command && !readsAsSentence(rest)) || (!command && rest.size() <= 3 && typoOfCommand(first, tree))) {
            return new LineMeaning(Intent.COMMAND, rest, 0);
        }
        return new LineMeaning(Intent.ASK, List.of(text), 0);
    }

    /**
     * Whether a line that starts with a command name is a sentence rather than a command: it has no option, and the
     * command cannot place one of its words, which is no typo of a subcommand either ("contact support please").
     */
    private static boolean readsAsSentence(List<String> words) {
        if (words.stream().anyMatch(w -> w.startsWith("-"))) {
            return false;
        }
        CommandLine line = Cli.create(quiet());
        try {
            line.parseArgs(words.toArray(new String[0]));
            return false;
        } catch (CommandLine.UnmatchedArgumentException e) {
            List<String> unmatched = e.getUnmatched();
            CommandLine where = e.getCommandLine();
            return !unmatched.isEmpty() && where.getSubcommands().keySet().stream()
                    .noneMatch(sub -> DidYouMean.distance(unmatched.get(0).toLowerCase(Locale.ROOT), sub) <= 1);
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /** Whether {@code word} is one edit (or a swap of neighbours) from a command's name: "fqa", "contcat". */
    private static boolean typoOfCommand(String word, CommandSpec tree) {
        if (word.length() < 3 || !word.chars().allMatch(c -> c < 128)) {
            return false;
        }
        return tree.subcommands().keySet().stream().anyMatch(name -> DidYouMean.distance(word, name) <= 1);
    }

    private static CliContext quiet() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return new CliContext(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), false);
    }
}
