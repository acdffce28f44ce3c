package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import okpay.support.cli.CommandModel.Arg;
import okpay.support.cli.CommandModel.Command;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DirectParser} reads a command line exactly as picocli would, or leaves it to picocli: for command lines
 * generated from the stored model (seeded; every command's options, valid and invalid values, global options anywhere,
 * subcommand names, "--", help and unknown options), a run through {@link Cli#run} and a run parsed by picocli give the
 * same exit code, stdout and stderr. The shell is left out (it reads its own lines, through picocli).
 */
class DirectParserTest {
    private static final long SEED = 20261201L;
    private static final int LINES = 1200;
    private static final List<String> FIXTURES = List.of("ask.yaml", "flows.yaml", "security.yaml", "contact.yaml");
    private static final List<String> WORDS = List.of("钱没到账", "payment", "failed", "2fa", "forgot-password", "declined-tx",
            "missing-funds", "funds", "security", "US", "de", "51", "do_not_honor", "support@okpay.example", "+1", "555", "0100",
            "@OKPay_Support_Sample", "https://okpay-help.test/login", "x", "", " ", "a,b", "a=b", "two-step=app", "password-unique=yes",
            "\"q,r\"", "-", "-x", "--", "--bogus", "-5", "list", "verify", "describe", "show", "json", "zh", "钱", "Tq7#mZp2vL");
    private static final List<String> CLEAN_WORDS = List.of("钱没到账", "payment", "failed", "2fa", "forgot-password", "declined-tx",
            "missing-funds", "funds", "security", "US", "de", "51", "do_not_honor", "support@okpay.example", "+1", "555",
            "@OKPay_Support_Sample", "x", "", "a,b", "a=b", "two-step=app", "password-unique=yes", "钱", "Tq7#mZp2vL");
    private static final List<String> NUMBERS = List.of("3", "1", "0", "-1", "07", "+2", "x", "99999999999", "", "50", "100");
    private static final List<String> NOISE = List.of("--bogus", "-x", "-h", "--help", "-V", "--version", "-hV", "--", "--lang=zh",
            "--format=json", "--no-color=true", "--verbose", "faq", "list", "show", "verify", "describe", "search", "kb", "contact");

    @TempDir
    static Path temp;

    @TestFactory
    Stream<DynamicTest> generatedCommandLinesRunAlikeWithAndWithoutPicocli() {
        CommandModel model = CommandModel.embedded();
        assertNotNull(model, "the build stored " + CommandModel.RESOURCE);
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            List<String> line = line(model, random);
            String fixture = FIXTURES.get(random.nextInt(FIXTURES.size()));
            String[] args = line.toArray(String[]::new);
            tests.add(DynamicTest.dynamicTest(i + ": " + String.join(" ", line) + " [" + fixture + "]", () -> {
                CliRunner runner = Fixtures.cli(fixture).stdin("Tq7#mZp2vL\n");
                assertEquals(runner.runWithPicocli(args).toString(), runner.run(args).toString());
            }));
        }
        return tests.stream();
    }

    /** With settings (config): the defaults they give to --region, --format and --lang are the same on both paths. */
    @TestFactory
    Stream<DynamicTest> settingsApplyAlikeWithAndWithoutPicocli() throws java.io.IOException {
        Path xdg = temp.resolve("xdg");
        java.nio.file.Files.createDirectories(xdg.resolve("okpay-support"));
        java.nio.file.Files.writeString(xdg.resolve("okpay-support/config"), "region=DE\nformat=yaml\nlang=zh\n");
        CommandModel model = CommandModel.embedded();
        Random random = new Random(SEED + 1);
        List<DynamicTest> tests = new ArrayList<>();
        while (tests.size() < 200) {
            List<String> line = line(model, random);
            String fixture = FIXTURES.get(random.nextInt(FIXTURES.size()));
            if (line.contains("config")) {
                continue; // config set/unset change the file between the two runs
            }
            String[] args = line.toArray(String[]::new);
            tests.add(DynamicTest.dynamicTest(tests.size() + ": " + String.join(" ", line) + " [" + fixture + ", settings]", () -> {
                CliRunner runner = Fixtures.cli(fixture).env("XDG_CONFIG_HOME", xdg.toString()).stdin("Tq7#mZp2vL\n");
                assertEquals(runner.runWithPicocli(args).toString(), runner.run(args).toString());
            }));
        }
        return tests.stream();
    }

    @Test
    void theGeneratedLinesMostlyTakeTheDirectPathAndReachEveryCommand() {
        CommandModel model = CommandModel.embedded();
        Random random = new Random(SEED);
        int direct = 0;
        Set<String> commands = new TreeSet<>();
        for (int i = 0; i < LINES; i++) {
            String[] args = line(model, random).toArray(String[]::new);
            random.nextInt(FIXTURES.size());
            if (DirectParser.parse(new RootCommand(context()), args) != null) {
                direct++;
                commands.add(args.length == 0 ? "" : named(model.root(), args));
            }
        }
        assertTrue(direct > LINES / 2, direct + " of " + LINES + " lines parsed directly");
        for (String command : model.commands()) {
            assertTrue(command.equals("shell") || commands.contains(command), command + " parsed directly in " + commands);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"faq search 钱没到账", "faq search x --limit 3 --format json", "--lang zh contact --topic funds",
        "--format=json diagnose declined-tx --code 51", "diagnose declined-tx --lang=zh --answer a=b --answer c=d --no-input",
        "security-check --only a,b --list-checks", "kb validate a.yaml b.yaml", "contact draft --topic funds --tried a --tried b",
        "faq search -- -x --limit", "contact verify +1 555 0100", "--version", "-V", "ask 钱没到账 --limit=2", "faq", "kb",
        "contact --topic= ", "--kb a.yaml --kb b.yaml faq list"})
    void takesThePlainSyntax(String line) {
        assertNotNull(DirectParser.parse(new RootCommand(context()), line.split(" ")), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--help", "faq -h", "faq search --help x", "faq show", "faq search", "contact --topic",
        "contact --topic verify", "contact --topic --lang", "--lang zh --lang en faq list", "--format xml faq list", "faq search -x",
        "--no-color=true faq list", "security-check --only \"a,b\"", "faq show a b", "--kb a.yaml faq --kb b.yaml list",
        "faq -V", "--version faq", "--lang zh --version", "fqa list", "--lang", "contact draft", "kb compile x.yaml", "faq search x --limit 1e3"})
    void leavesTheRestToPicocli(String line) {
        assertNull(DirectParser.parse(new RootCommand(context()), line.isEmpty() ? new String[0] : line.split(" ")), line);
    }

    /**
     * A command line: a path of commands, their options and positionals (picked from the model), and some noise; two
     * lines in three are clean (values of the right type, required arguments given, no option twice), so that both the
     * direct parser and picocli's fallback are well covered.
     */
    private static List<String> line(CommandModel model, Random random) {
        boolean clean = random.nextInt(3) > 0;
        List<String> args = new ArrayList<>();
        List<Command> path = new ArrayList<>(List.of(model.root()));
        if (clean || random.nextInt(10) > 0) {
            List<Command> top = model.root().subcommands().stream().filter(c -> !c.name().equals("shell")).toList();
            path.add(top.get(random.nextInt(top.size())));
            Command last = path.get(1);
            if (!last.subcommands().isEmpty() && random.nextBoolean()) {
                path.add(last.subcommands().get(random.nextInt(last.subcommands().size())));
            }
        }
        Set<Arg> given = new java.util.HashSet<>();
        for (int level = 0; level < path.size(); level++) {
            Command command = path.get(level);
            if (level > 0) {
                args.add(command.name());
            }
            boolean last = level == path.size() - 1;
            if (clean && last) {
                for (Arg arg : command.args()) {
                    if (arg.option() && arg.required()) {
                        option(List.of(arg), random, args, true, given);
                    }
                }
            }
            int tokens = last ? random.nextInt(6) : random.nextInt(3);
            int positionals = 0;
            for (int t = 0; t < tokens; t++) {
                int kind = random.nextInt(100);
                if (kind < 45) {
                    option(own(command), random, args, clean, given);
                } else if (kind < 60) {
                    option(own(model.root()), random, args, clean, given);
                } else if (kind < 88 && (!clean || last)) {
                    positionals += positional(command, random, args, clean, positionals) ? 1 : 0;
                } else if (!clean) {
                    args.add(NOISE.get(random.nextInt(NOISE.size())));
                }
            }
            while (clean && last && positionals < minPositionals(command)) {
                positionals += positional(command, random, args, true, positionals) ? 1 : 0;
            }
        }
        return args;
    }

    private static List<Arg> own(Command command) {
        return command.args().stream().filter(a -> a.option() && !a.usageHelp() && !a.versionHelp()).toList();
    }

    private static void option(List<Arg> options, Random random, List<String> args, boolean clean, Set<Arg> given) {
        if (options.isEmpty()) {
            return;
        }
        Arg option = options.get(random.nextInt(options.size()));
        if (clean && !option.type().equals("java.util.List") && !given.add(option)) {
            return;
        }
        String name = option.names().get(random.nextInt(option.names().size()));
        if (option.arity().equals("0")) {
            args.add(!clean && random.nextInt(12) == 0 ? name + "=true" : name);
        } else if (random.nextInt(4) == 0) {
            args.add(name + "=" + value(option, random, clean));
        } else {
            args.add(name);
            if (clean || random.nextInt(15) > 0) {
                args.add(value(option, random, clean));
            }
        }
    }

    /** Adds a positional argument for {@code command} (a clean one only when it takes another); whether it did. */
    private static boolean positional(Command command, Random random, List<String> args, boolean clean, int before) {
        for (Arg arg : command.args()) {
            if (!arg.option()) {
                if (clean && (arg.arity().equals("1") || arg.arity().equals("0..1")) && before > 0) {
                    return false;
                }
                args.add(value(arg, random, clean));
                return true;
            }
        }
        if (!clean) {
            args.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return false;
    }

    private static int minPositionals(Command command) {
        for (Arg arg : command.args()) {
            if (!arg.option() && arg.arity().startsWith("1")) {
                return 1;
            }
        }
        return 0;
    }

    /** A value for {@code arg}: of its type when {@code clean}, else sometimes not. */
    private static String value(Arg arg, Random random, boolean clean) {
        String type = arg.type().equals("java.util.List") ? arg.auxiliaryTypes().get(0) : arg.type();
        if (!clean && random.nextInt(8) == 0) {
            return WORDS.get(random.nextInt(WORDS.size()));
        }
        return switch (type) {
            case "int", "java.lang.Integer" -> clean ? pick(random, "3", "1", "0", "50", "100", "+2", "07") : NUMBERS.get(random.nextInt(NUMBERS.size()));
            case "okpay.support.i18n.Lang" -> clean ? pick(random, "zh", "en", "ZH", "En") : pick(random, "zh", "en", "fr", "");
            case "okpay.support.render.Format" -> clean ? pick(random, "json", "yaml", "text", "JSON", "Yaml") : pick(random, "json", "xml");
            case "okpay.support.cli.CompletionCommand$TargetShell" -> clean ? pick(random, "bash", "zsh", "BASH") : pick(random, "zsh", "fish");
            case "java.nio.file.Path" -> arg.names().contains("--output") ? temp.resolve("out.kbc").toString()
                    : pick(random, Fixtures.path("minimal.yaml").toString(), Fixtures.path("overlay-contacts.yaml").toString(),
                            "missing.yaml", clean ? "missing.kbc" : "");
            default -> clean ? CLEAN_WORDS.get(random.nextInt(CLEAN_WORDS.size())) : WORDS.get(random.nextInt(WORDS.size()));
        };
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    /** The top-level command {@code args} name (after global options and their values), or "". */
    private static String named(Command root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            for (Command command : root.subcommands()) {
                if (command.name().equals(args[i])) {
                    return command.name();
                }
            }
            if (args[i].startsWith("--") && !args[i].contains("=") && !List.of("--no-color", "--verbose").contains(args[i])) {
                i++;
            }
        }
        return "";
    }

    private static CliContext context() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        return new CliContext(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), false);
    }
}
