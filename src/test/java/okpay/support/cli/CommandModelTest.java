package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import okpay.support.i18n.Lang;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The two models of the command tree agree: the one a one-off run rebuilds from the stored {@link CommandModel}
 * and the one picocli reads from the annotations (which help, the shell and completion use), command by command,
 * argument by argument, and in what they make of the same command lines.
 */
class CommandModelTest {
    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());

    private static CliContext context() {
        return new CliContext(NOWHERE, NOWHERE, InputStream.nullInputStream(), Map.of(), false);
    }

    /** The annotation model of the whole tree. */
    private static CommandLine annotated() {
        return Cli.create(context(), Lang.EN);
    }

    /** The stored model of the whole tree: the root plus every top-level command, as one-off runs build them one at a time. */
    private static CommandLine stored() {
        CommandModel model = CommandModel.embedded();
        assertNotNull(model, "the build stored " + CommandModel.RESOURCE);
        CommandLine root = ModelCommandLine.root(model, new RootCommand(context()));
        for (String command : model.commands()) {
            ModelCommandLine.add(model, root, command, new String[] {command});
        }
        return root;
    }

    @Test
    void theStoredModelIsTheOneTheAnnotationsGiveNow() throws Exception {
        ByteArrayOutputStream now = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(now)) {
            EmbedCommandModel.write(annotated(), out);
        }
        try (InputStream stored = CommandModel.class.getClassLoader().getResourceAsStream(CommandModel.RESOURCE)) {
            assertArrayEquals(now.toByteArray(), stored.readAllBytes(), "rebuild: mvn process-classes writes the model");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandHasTheSameArgumentsInBothModels() {
        Map<String, CommandSpec> fromAnnotations = commands(annotated().getCommandSpec(), new TreeMap<>());
        Map<String, CommandSpec> fromModel = commands(stored().getCommandSpec(), new TreeMap<>());
        assertEquals(fromAnnotations.keySet(), fromModel.keySet(), "the same commands");
        assertTrue(fromAnnotations.size() > 10, "the whole tree: " + fromAnnotations.keySet());
        return fromAnnotations.keySet().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            assertEquals(describe(fromAnnotations.get(name)), describe(fromModel.get(name)), name);
        }));
    }

    @TestFactory
    Stream<DynamicTest> bothModelsParseACommandLineAlike() {
        List<String> lines = List.of(
                "faq search 钱没到账 --limit 3 --format json",
                "--lang zh faq show forgot-password",
                "contact --topic funds --region de --no-color",
                "contact draft --topic funds --tx-id T1 --amount 12 --tried a --tried b --message hi",
                "contact verify +1 555 0100",
                "diagnose declined-tx --code 51 --answer a=b --answer c=d --no-input",
                "diagnose describe declined-tx",
                "security-check --only a,b --no-input --answers x.yaml --check-password --password-stdin",
                "kb validate faq.yaml --kb other.yaml --verbose",
                "completion zsh",
                "shell --no-history");
        return lines.stream().map(line -> DynamicTest.dynamicTest(line, () -> {
            String[] args = line.split(" ");
            assertEquals(parsed(annotated(), args), parsed(stored(), args));
            // and as a one-off run builds it: only the commands the line names
            assertEquals(parsed(annotated(), args), parsed(CommandLines.create(context(), Lang.EN, args), args));
        }));
    }

    /** Every command of the tree under {@code spec}, by qualified name. */
    private static Map<String, CommandSpec> commands(CommandSpec spec, Map<String, CommandSpec> into) {
        into.put(spec.qualifiedName(), spec);
        for (CommandLine sub : spec.subcommands().values()) {
            commands(sub.getCommandSpec(), into);
        }
        return into;
    }

    /** What parsing sees of a command: its subcommands and, for each argument, every attribute the parser uses. */
    private static List<String> describe(CommandSpec spec) {
        List<String> lines = new ArrayList<>(List.of("subcommands " + spec.subcommands().keySet()));
        for (ArgSpec arg : spec.args()) {
            String name = arg instanceof OptionSpec option ? String.join("|", option.names())
                    + (option.usageHelp() ? " usage-help" : "") + (option.versionHelp() ? " version-help" : "")
                    + (option.negatable() ? " negatable" : "") : "position " + ((PositionalParamSpec) arg).index();
            lines.add(name + " arity=" + arg.arity() + " label=" + arg.paramLabel() + " type=" + arg.type().getName()
                    + " aux=" + Arrays.stream(arg.auxiliaryTypes()).map(Class::getName).toList() + " split=" + arg.splitRegex()
                    + " required=" + arg.required() + " default=" + arg.defaultValue() + " scope=" + arg.scopeType()
                    + " inherited=" + arg.inherited() + " initial=" + arg.initialValue());
        }
        lines.sort(null);
        return lines;
    }

    /** The commands a parse of {@code args} reached and the value of each argument it matched. */
    private static List<String> parsed(CommandLine cmd, String[] args) {
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        List<String> seen = new ArrayList<>();
        for (CommandLine.ParseResult result = cmd.parseArgs(args); result != null; result = result.subcommand()) {
            seen.add(result.commandSpec().qualifiedName());
            for (ArgSpec arg : result.matchedArgs()) {
                seen.add("  " + arg.paramLabel() + " = " + arg.getValue());
            }
        }
        return seen;
    }
}
