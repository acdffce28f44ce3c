package okpay.support.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import okpay.support.cli.Cli;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.render.Format;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab completion in the shell. Commands, subcommands, options and their declared values come from picocli's
 * completer over the whole command tree, so every registered command is covered without listing it here.
 * On top of that: the shell's own commands, knowledge-base values ({@link KnowledgeBaseValues}), lower-case
 * enum values, and file names for file parameters.
 *
 * <p>The tree must belong to a command line used only for completion: picocli's completer parses the words
 * into that tree's command objects, which must not be the ones a running command uses.
 */
final class ShellCompleter implements Completer {
    /** The words the shell handles itself. */
    static final List<String> BUILTINS = List.of("help", "set", "exit", "quit");

    private final CommandSpec tree;
    private final Completer picocli;
    private final Supplier<KnowledgeBase> kb;
    private final Supplier<Lang> lang;
    private final Completer files = new Completers.FileNameCompleter();

    /**
     * @param completionLine a command line from {@code Cli.create} used for nothing else
     * @param kb the knowledge base, loaded on first use; may supply null when it cannot be loaded
     */
    ShellCompleter(CommandLine completionLine, Supplier<KnowledgeBase> kb, Supplier<Lang> lang) {
        this.tree = completionLine.getCommandSpec();
        this.picocli = new PicocliJLineCompleter(tree);
        this.kb = kb;
        this.lang = lang;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int index = line.wordIndex();
        String first = words.isEmpty() ? "" : words.get(0);
        if (index == 0) {
            for (String builtin : BUILTINS) {
                candidates.add(new Candidate(builtin));
            }
            picocli.complete(reader, line, candidates);
            return;
        }
        if (first.equals("set")) {
            completeSet(words, index, candidates);
            return;
        }
        if (first.equals("help")) {
            CommandPosition position = CommandPosition.of(tree, words.subList(1, words.size()), index - 1);
            position.command().subcommands().keySet().forEach(name -> candidates.add(new Candidate(name)));
            return;
        }
        completeArgument(reader, line, CommandPosition.of(tree, words, index), candidates);
    }

    private void completeArgument(LineReader reader, ParsedLine line, CommandPosition position, List<Candidate> candidates) {
        String prefix = position.prefix();
        if (KnowledgeBaseValues.covers(position)) {
            for (okpay.support.cli.KbValueLists.Value value : KnowledgeBaseValues.values(position, line.words(), kb.get(), lang.get())) {
                candidates.add(new Candidate(prefix + value.value(), value.value(), null, value.description(),
                        null, null, !isList(position) && !value.value().endsWith("=")));
            }
            if (position.positional() == 0) {
                // A command may take both an id and subcommands (diagnose FLOW | diagnose describe FLOW).
                position.command().subcommands().keySet().forEach(name -> candidates.add(new Candidate(name)));
            }
            return;
        }
        ArgSpec arg = position.arg();
        if (arg != null && takesFiles(arg) && prefix.isEmpty()) {
            files.complete(reader, line, candidates);
            return;
        }
        if (arg != null && arg.completionCandidates() != null) {
            // Declared values (enums: lower case when typed so); also after "--option=".
            for (String value : arg.completionCandidates()) {
                String shown = arg.type().isEnum() ? value.toLowerCase(java.util.Locale.ROOT) : value;
                candidates.add(new Candidate(prefix + shown, shown, null, null, null, null, true));
            }
            return;
        }
        if (arg == null || position.optionName()) {
            picocli.complete(reader, line, candidates);
        }
    }

    /** Whether the word takes comma-separated values, so completing one value should not end the word. */
    private static boolean isList(CommandPosition position) {
        return position.option() != null && ",".equals(position.option().splitRegex());
    }

    private static void completeSet(List<String> words, int index, List<Candidate> candidates) {
        if (index == 1) {
            candidates.add(new Candidate("lang"));
            candidates.add(new Candidate("format"));
            candidates.add(new Candidate("audience"));
            candidates.add(new Candidate("pager"));
        } else if (index == 2 && words.get(1).equals("pager")) {
            candidates.add(new Candidate("on"));
            candidates.add(new Candidate("off"));
        } else if (index == 2 && words.get(1).equals("audience")) {
            for (okpay.support.kb.Audience audience : okpay.support.kb.Audience.values()) {
                candidates.add(new Candidate(audience.id()));
            }
        } else if (index == 2 && words.get(1).equals("lang")) {
            for (Lang lang : Lang.values()) {
                candidates.add(new Candidate(lang.code()));
            }
        } else if (index == 2 && words.get(1).equals("format")) {
            for (okpay.support.render.Format format : okpay.support.render.Format.values()) {
                candidates.add(new Candidate(format.id()));
            }
        }
    }

    /** Whether {@code arg} takes a file, or a list of them (--kb, kb validate FILE...). */
    private static boolean takesFiles(ArgSpec arg) {
        Class<?> type = arg.auxiliaryTypes().length > 0 && arg.isMultiValue() ? arg.auxiliaryTypes()[0] : arg.type();
        return type == Path.class || type == File.class;
    }
}
