package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okpay.support.cli.Cli;
import okpay.support.cli.CliContext;
import okpay.support.cli.KbValues;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.contact.HotlineReader;
import okpay.support.contact.Region;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;
import okpay.support.security.SecurityChecksReader;
import okpay.support.testing.KbValidation;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shell's Tab completion, asked directly with a parsed line as JLine would ask it. */
class ShellCompleterTest {
    private static KnowledgeBase kb;
    private static LineReader reader;

    @BeforeAll
    static void setUp() throws Exception {
        knowledgeBase();
        reader = LineReaderBuilder.builder()
                .terminal(new DumbTerminal(InputStream.nullInputStream(), new ByteArrayOutputStream())).build();
    }

    /**
     * The fixture kb/flows.yaml with the small security section in front, loaded once for these tests: completion
     * serves FAQ ids, topics, regions, tags, flows, decline codes and security checks, so it needs every section.
     */
    static KnowledgeBase knowledgeBase() {
        if (kb == null) {
            try {
                Path file = Files.createTempFile("completion-kb", ".yaml");
                file.toFile().deleteOnExit();
                Files.writeString(file, KbValidation.fixture("security-section.yaml") + KbValidation.fixture("flows.yaml"));
                kb = KnowledgeBaseFormat.LOADER.load(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return kb;
    }

    static CommandLine completionLine() {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        return Cli.create(new CliContext(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), false));
    }

    private static List<Candidate> candidates(String typed, Lang lang) {
        ShellCompleter completer = new ShellCompleter(completionLine(), () -> kb, () -> lang);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, new DefaultParser().parse(typed, typed.length(), Parser.ParseContext.COMPLETE), candidates);
        return candidates;
    }

    /** The values offered after {@code typed} (what Tab would insert), sorted. */
    static Set<String> complete(String typed) {
        Set<String> values = new TreeSet<>();
        candidates(typed, Lang.EN).forEach(c -> values.add(c.value()));
        return values;
    }

    @Test
    void firstWordOffersEveryCommandOfTheTreeAndTheShellsOwn() {
        Set<String> offered = complete("");
        assertTrue(offered.containsAll(completionLine().getSubcommands().keySet()), offered.toString());
        assertTrue(offered.containsAll(List.of("contact", "faq", "kb", "shell", "completion", "help", "set", "exit", "quit")),
                offered.toString());
    }

    @Test
    void subcommandsAndOptionsOfEveryCommand() {
        assertTrue(complete("faq ").containsAll(List.of("list", "show", "search")));
        assertTrue(complete("kb ").contains("validate"));
        assertTrue(complete("contact --").containsAll(List.of("--topic", "--region", "--lang", "--format", "--no-color")));
        assertTrue(complete("faq search money --").contains("--limit"));
        assertTrue(complete("shell --").contains("--no-history"));
        assertEquals(Set.of("bash", "zsh"), complete("completion "));
    }

    @Test
    void faqIdsWithTheirTitlesInTheSessionLanguage() {
        Set<String> ids = new TreeSet<>(kb.get(FaqReader.SECTION).stream().map(Faq::id).toList());
        assertEquals(ids, complete("faq show "));
        assertEquals(ids, complete("faq show forg"), "JLine filters by what is typed; the completer offers all");
        Candidate forgot = candidates("faq show ", Lang.ZH).stream()
                .filter(c -> c.value().equals("forgot-password")).findFirst().orElseThrow();
        assertEquals(FaqReader.find(kb, "forgot-password").orElseThrow().title().get(Lang.ZH), forgot.descr());
    }

    @Test
    void topicsRegionsAndTagsFromTheKnowledgeBase() {
        assertEquals(new TreeSet<>(kb.get(TopicsReader.SECTION).stream().map(Topic::id).toList()), complete("contact --topic "));
        assertEquals(new TreeSet<>(kb.get(TopicsReader.SECTION).stream().map(t -> "--topic=" + t.id()).toList()), complete("contact --topic=fu"));
        assertEquals(complete("contact --topic "), complete("contact draft --account u1 --topic "));
        assertTrue(complete("contact ").containsAll(List.of("draft", "verify")));
        Set<String> regions = complete("contact --region ");
        assertEquals(new TreeSet<>(kb.get(HotlineReader.SECTION).regions().stream().map(Region::code).toList()), regions);
        assertTrue(regions.contains("US"), regions.toString());
        Set<String> tags = complete("faq list --tag ");
        assertTrue(tags.contains("security") && tags.contains("password"), tags.toString());
        assertEquals(new TreeSet<>(kb.get(FaqReader.SECTION).stream().flatMap(f -> f.tags().stream()).toList()), tags);
    }

    @Test
    void securityChecksAndTheirAnswers() {
        Set<String> checks = complete("security-check --only ");
        assertEquals(new TreeSet<>(kb.get(SecurityChecksReader.SECTION).checks().stream().map(c -> c.id()).toList()), checks);
        assertTrue(checks.containsAll(List.of("two-step", "password-strength")), checks.toString());
        assertTrue(complete("security-check --only two-step,ac").contains("two-step,activity"));
        Set<String> answers = complete("security-check --answer ");
        assertTrue(answers.containsAll(List.of("two-step=app", "two-step=none", "updated=yes", "updated=no", "activity=")),
                answers.toString());
        assertTrue(answers.stream().noneMatch(a -> a.startsWith("password-strength")), "the password is never an --answer");
    }

    @Test
    void enumValuesInLowerCaseAsTyped() {
        assertEquals(Set.of("zh", "en"), complete("faq show --lang "));
        assertEquals(Set.of("text", "json", "yaml"), complete("--format "));
        assertEquals(Set.of("customer", "agent"), complete("faq show --audience "));
        assertEquals(Set.of("--format=text", "--format=json", "--format=yaml"), complete("contact --format="));
    }

    @Test
    void theShellsOwnCommands() {
        assertEquals(Set.of("lang", "format", "audience", "pager"), complete("set "));
        assertEquals(Set.of("on", "off"), complete("set pager "));
        assertEquals(Set.of("customer", "agent"), complete("set audience "));
        assertEquals(Set.of("zh", "en"), complete("set lang "));
        assertEquals(Set.of("text", "json", "yaml"), complete("set format "));
        assertTrue(complete("help ").containsAll(List.of("faq", "contact", "kb")));
        assertEquals(Set.of("list", "show", "search"), complete("help faq "));
    }

    @Test
    void fileNamesForFileParameters(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("my-faq.yaml"), "version: 1\n", StandardCharsets.UTF_8);
        Set<String> offered = complete("kb validate " + dir + "/my");
        assertTrue(offered.stream().anyMatch(v -> v.endsWith("my-faq.yaml")), offered.toString());
        assertTrue(complete("--kb " + dir + "/").stream().anyMatch(v -> v.endsWith("my-faq.yaml")));
    }

    @Test
    void everyDeclaredKindOfValueIsServedFromTheKnowledgeBase() {
        List<String> declared = new ArrayList<>();
        walk(completionLine().getCommandSpec(), declared);
        assertTrue(declared.size() >= 10, declared.toString());
        for (String line : declared) {
            assertTrue(!complete(line).isEmpty(), "no values for '" + line + "'");
        }
    }

    /** A line ending at each option or parameter that declares knowledge-base values, below {@code command}. */
    private static void walk(picocli.CommandLine.Model.CommandSpec command, List<String> lines) {
        String path = command.qualifiedName(" ").replaceFirst("^\\S+ ?", "");
        String flow = path.startsWith("diagnose") ? " declined-tx" : "";
        for (picocli.CommandLine.Model.OptionSpec option : command.options()) {
            if (option.userObject() instanceof java.lang.reflect.Field field && field.isAnnotationPresent(okpay.support.cli.KbValues.class)) {
                lines.add(path + flow + " " + option.longestName() + " ");
            }
        }
        for (picocli.CommandLine.Model.PositionalParamSpec parameter : command.positionalParameters()) {
            if (parameter.userObject() instanceof java.lang.reflect.Field field && field.isAnnotationPresent(okpay.support.cli.KbValues.class)) {
                lines.add(path + " ");
            }
        }
        command.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), lines));
    }

    @Test
    void withoutAKnowledgeBaseCommandsStillComplete() {
        ShellCompleter completer = new ShellCompleter(completionLine(), () -> null, () -> Lang.EN);
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(reader, new DefaultParser().parse("faq show ", 9, Parser.ParseContext.COMPLETE), candidates);
        assertEquals(List.of(), candidates);
        completer.complete(reader, new DefaultParser().parse("fa", 2, Parser.ParseContext.COMPLETE), candidates);
        assertTrue(candidates.stream().anyMatch(c -> c.value().equals("faq")));
    }
}
