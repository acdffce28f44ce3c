package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okpay.support.i18n.Lang;
import org.jline.reader.Candidate;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Where a word stands in a command tree, on a tree shaped like the ones features add: a command taking an id
 * beside subcommands, a value option, a comma-separated option.
 */
class CommandPositionTest {
    /** {@code tool run [FLOW] [--code CODE] [--only A,B] [--quiet]} with subcommand {@code run describe FLOW}. */
    private static CommandLine tree() {
        CommandSpec describe = CommandSpec.create()
                .addPositional(PositionalParamSpec.builder().paramLabel("FLOW").index("0").type(String.class).build());
        CommandSpec run = CommandSpec.create()
                .addPositional(PositionalParamSpec.builder().paramLabel("FLOW").index("0").arity("0..1").type(String.class).build())
                .addOption(OptionSpec.builder("--code").type(String.class).build())
                .addOption(OptionSpec.builder("--only").type(List.class).auxiliaryTypes(String.class).splitRegex(",").build())
                .addOption(OptionSpec.builder("--quiet").type(boolean.class).build())
                .addSubcommand("describe", describe);
        return new CommandLine(CommandSpec.create().addSubcommand("run", run));
    }

    private static CommandPosition at(String typed) {
        List<String> words = new ArrayList<>(Arrays.asList(typed.split(" ", -1)));
        return CommandPosition.of(tree().getCommandSpec(), words, words.size() - 1);
    }

    @Test
    void positionalBesideSubcommands() {
        CommandPosition flow = at("run dec");
        assertEquals("run", flow.path());
        assertEquals(0, flow.positional());
        CommandPosition described = at("run describe dec");
        assertEquals("run describe", described.path());
        assertEquals(0, described.positional());
        CommandPosition afterFlow = at("run declined-tx describe");
        assertEquals("run", afterFlow.path(), "after an id, a subcommand's name is just a word");
        assertEquals(1, afterFlow.positional());
    }

    @Test
    void optionValuesAndNames() {
        assertEquals("--code", at("run declined-tx --code 5").option().longestName());
        assertEquals("--code", at("run --code=5").option().longestName());
        assertEquals("--code=", at("run --code=5").prefix());
        assertTrue(at("run --co").optionName());
        assertEquals(0, at("run --quiet dec").positional(), "a flag takes no value");
        assertEquals(1, at("run --code 51 declined-tx x").positional());
        assertNull(at("run --code 51 declined-tx x").option());
    }

    @Test
    void commaSeparatedValuesKeepWhatIsTyped() {
        assertEquals("a,b,", at("run --only a,b,c").prefix());
        assertEquals("--only=a,", at("run --only=a,b").prefix());
        assertEquals("", at("run --only a").prefix());
    }

    @Test
    void registeredValuesCompleteSuchATree() {
        KnowledgeBaseValues values = new KnowledgeBaseValues()
                .positional("run", 0, (kb, lang) -> List.of(new KnowledgeBaseValues.Value("declined-tx", "Declined payment")))
                .option("run", "--only", (kb, lang) -> List.of(new KnowledgeBaseValues.Value("two-factor", null),
                        new KnowledgeBaseValues.Value("recovery-email", null)));
        ShellCompleter completer = new ShellCompleter(tree(), values, () -> null, () -> Lang.EN);
        assertEquals(List.of("describe"), complete(completer, "run ").stream().map(Candidate::value).toList(),
                "no knowledge base: subcommands only");
        ShellCompleter withKb = new ShellCompleter(tree(), values, ShellCompleterTest::knowledgeBase, () -> Lang.EN);
        assertEquals(List.of("declined-tx", "describe"), complete(withKb, "run ").stream().map(Candidate::value).sorted().toList());
        List<Candidate> only = complete(withKb, "run --only two-factor,re");
        assertEquals(List.of("two-factor,recovery-email", "two-factor,two-factor"), only.stream().map(Candidate::value).sorted().toList());
        assertTrue(only.stream().noneMatch(Candidate::complete), "no space after a value of a list: another may follow");
    }

    @Test
    void valuesMayDependOnTheRestOfTheLine() {
        KnowledgeBaseValues values = new KnowledgeBaseValues().optionFromLine("run", "--code", (kb, lang, words) ->
                List.of(new KnowledgeBaseValues.Value(words.contains("declined-tx") ? "51" : "none", null)));
        ShellCompleter completer = new ShellCompleter(tree(), values, ShellCompleterTest::knowledgeBase, () -> Lang.EN);
        assertEquals(List.of("51"), complete(completer, "run declined-tx --code ").stream().map(Candidate::value).toList());
        assertEquals(List.of("none"), complete(completer, "run other --code ").stream().map(Candidate::value).toList());
    }

    private static List<Candidate> complete(ShellCompleter completer, String typed) {
        List<Candidate> candidates = new ArrayList<>();
        var reader = LineReaderBuilder.builder().terminal(uncheckedDumb()).build();
        completer.complete(reader, new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates;
    }

    private static DumbTerminal uncheckedDumb() {
        try {
            return new DumbTerminal(InputStream.nullInputStream(), new ByteArrayOutputStream());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
