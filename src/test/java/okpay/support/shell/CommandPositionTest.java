package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okpay.support.cli.KbValues;
import okpay.support.i18n.Lang;
import org.jline.reader.Candidate;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    /** A command declaring its knowledge-base values as the tool's commands do. */
    @Command(name = "run", subcommands = Describe.class)
    @KbValues(KbValues.Kind.FLOW_QUESTIONS)
    static final class Run {
        @KbValues(KbValues.Kind.FLOW)
        @Parameters(arity = "0..1")
        String flow;

        @KbValues(KbValues.Kind.SECURITY_CHECK)
        @Option(names = "--only", split = ",")
        List<String> only;

        @KbValues(KbValues.Kind.ANSWER)
        @Option(names = "--answer")
        List<String> answers;
    }

    /** {@code run describe FLOW}. */
    @Command(name = "describe")
    static final class Describe {
        @Parameters
        String flow;
    }

    private static CommandLine declared() {
        return new CommandLine(CommandSpec.create()).addSubcommand(new CommandLine(new Run()));
    }

    @Test
    void declaredValuesCompleteSuchATree() {
        ShellCompleter completer = new ShellCompleter(declared(), () -> null, () -> Lang.EN);
        assertEquals(List.of("describe"), complete(completer, "run ").stream().map(Candidate::value).toList(),
                "no knowledge base: subcommands only");
        ShellCompleter withKb = new ShellCompleter(declared(), ShellCompleterTest::knowledgeBase, () -> Lang.EN);
        List<String> flows = complete(withKb, "run ").stream().map(Candidate::value).toList();
        assertTrue(flows.containsAll(List.of("declined-tx", "describe")), flows.toString());
        List<Candidate> only = complete(withKb, "run --only two-step,ac");
        assertTrue(only.stream().map(Candidate::value).toList().contains("two-step,activity"), only.toString());
        assertTrue(only.stream().noneMatch(Candidate::complete), "no space after a value of a list: another may follow");
    }

    @Test
    void answersDependOnTheFlowNamedOnTheLine() {
        ShellCompleter completer = new ShellCompleter(declared(), ShellCompleterTest::knowledgeBase, () -> Lang.EN);
        List<String> declined = complete(completer, "run declined-tx --answer ").stream().map(Candidate::value).toList();
        List<String> missing = complete(completer, "run password-reset --answer ").stream().map(Candidate::value).toList();
        assertTrue(declined.contains("message=limit"), declined.toString());
        assertTrue(!missing.contains("message=limit") && !missing.isEmpty(), missing.toString());
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
