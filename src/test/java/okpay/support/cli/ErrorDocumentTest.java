package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okpay.support.prompt.ScriptedTerminal;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Machine-readable errors: with {@code --format json|yaml} every failure prints one document on stdout, valid against
 * {@code src/test/resources/schema/error.schema.json}, with its stable code, and the stderr lines stay as they are.
 */
class ErrorDocumentTest {
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(Files.readString(Path.of("src/test/resources/schema/error.schema.json")), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failing command line: the fixture it runs on, its arguments, the exit code and error code expected. */
    record Failure(String kb, String stdin, int exit, String code, List<String> args) {
        static Failure of(String kb, int exit, String code, String... args) {
            return new Failure(kb, "", exit, code, List.of(args));
        }

        CliRunner.Result run(String format) {
            String[] line = args.stream().map(a -> a.replace("FORMAT", format)).toArray(String[]::new);
            return Fixtures.cli(kb).stdin(stdin).run(line);
        }

        @Override
        public String toString() {
            return code + ": " + String.join(" ", args);
        }
    }

    static Stream<Arguments> failures() {
        List<Failure> failures = List.of(
                Failure.of("search.yaml", 2, "unknown-option", "faq", "--format", "FORMAT", "--bogus"),
                Failure.of("search.yaml", 2, "unknown-command", "--format=FORMAT", "fqa"),
                Failure.of("search.yaml", 2, "unexpected-argument", "faq", "list", "extra", "--format", "FORMAT"),
                Failure.of("search.yaml", 2, "missing-argument", "faq", "show", "--format", "FORMAT"),
                Failure.of("search.yaml", 2, "bad-value", "faq", "list", "--lang", "xx", "--format", "FORMAT"),
                Failure.of("search.yaml", 2, "usage", "faq", "search", "x", "--limit", "0", "--format", "FORMAT"),
                Failure.of("flow.yaml", 2, "invalid-answer", "diagnose", "payment-failed", "--no-input", "--answer", "kind=zzz",
                        "--format", "FORMAT"),
                Failure.of("search.yaml", 3, "faq-not-found", "faq", "show", "no-such-entry", "--format", "FORMAT"),
                Failure.of("search.yaml", 3, "tag-not-found", "faq", "list", "--tag", "no-such-tag", "--format", "FORMAT"),
                Failure.of("contact.yaml", 3, "topic-not-found", "contact", "--topic", "fnuds", "--format", "FORMAT"),
                Failure.of("flow.yaml", 3, "flow-not-found", "diagnose", "no-such-flow", "--format", "FORMAT"),
                Failure.of("flow.yaml", 3, "decline-code-not-found", "diagnose", "payment-failed", "--code", "zz99", "--format", "FORMAT"),
                Failure.of("flow.yaml", 3, "unknown-answer-id", "diagnose", "payment-failed", "--no-input", "--answer", "knid=send",
                        "--format", "FORMAT"),
                Failure.of("search.yaml", 4, "kb-unreadable", "faq", "list", "--kb", "/no/such/okpay.yaml", "--format", "FORMAT"),
                Failure.of("flow.yaml", 5, "input-required", "diagnose", "payment-failed", "--no-input", "--answer", "kind=send",
                        "--format", "FORMAT"),
                Failure.of("security.yaml", 5, "input-required", "security-check", "--no-input", "--format", "FORMAT"),
                new Failure("security.yaml", "Tq7#mZp2vL\n", 6, "check-failed", List.of("security-check", "--password-stdin",
                        "--answer", "password-unique=yes", "--answer", "two-step=sms", "--answer", "recovery-contacts=not-sure",
                        "--answer", "activity-reviewed=45", "--answer", "alerts=both", "--answer", "app-updated=yes",
                        "--answer", "system-updated=no", "--answer", "screen-lock=strong", "--answer", "support-never-asks=no",
                        "--fail-under", "100", "--format", "FORMAT")));
        List<Arguments> cases = new ArrayList<>();
        for (Failure failure : failures) {
            cases.add(Arguments.of(failure, "json"));
            cases.add(Arguments.of(failure, "yaml"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("failures")
    void everyFailurePrintsOneErrorDocument(Failure failure, String format) {
        CliRunner.Result result = failure.run(format);

        assertEquals(failure.exit(), result.exitCode(), result::toString);
        Map<String, Object> error = error(result, format);
        assertEquals(failure.code(), error.get("code"), result::toString);
        assertEquals(failure.exit(), ((Number) error.get("exit")).intValue());
        // The stderr lines are those of a text run: the document is beside them, never instead.
        assertTrue(result.err().startsWith("error: " + error.get("message")), result::toString);
        if (error.containsKey("hint")) {
            assertTrue(result.err().contains("hint: " + error.get("hint")), result::toString);
        }
        assertEquals(failure.run("text").err(), result.err());
    }

    /**
     * Every golden JSON or YAML case: a failure's stdout is an error document valid against the schema (or a result with
     * one as its member {@code error}); a success or an answer (exit 0, 7, 8, 9, 10) has no error in it.
     */
    @Test
    void goldenDocumentsOfFailuresAreValidErrorDocuments() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            cases = files.filter(f -> f.toString().endsWith(".json.out") || f.toString().endsWith(".yaml.out")).sorted().toList();
        }
        java.util.Set<Integer> exits = new java.util.TreeSet<>();
        for (Path file : cases) {
            String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            int exit = Integer.parseInt(text.substring("exit ".length(), text.indexOf('\n')));
            int stderr = text.indexOf("\n--- stderr\n");
            String out = text.substring(text.indexOf('\n') + 1, stderr < 0 ? text.length() : stderr + 1);
            String format = file.toString().endsWith(".json.out") ? "json" : "yaml";
            CliRunner.Result result = new CliRunner.Result(exit, out, stderr < 0 ? "" : text.substring(stderr));
            if (List.of(0, 7, 8, 9, 10).contains(exit)) {
                assertFalse(out.startsWith("{") && parse(out, format).containsKey("error"), file + ": an answer is not an error");
            } else {
                assertEquals(exit, ((Number) error(result, format).get("exit")).intValue(), file.toString());
                exits.add(exit);
            }
        }
        assertEquals(java.util.Set.of(2, 3, 4, 5, 6), exits, "golden error documents for every failing exit code a run can give in-process");
    }

    @Test
    void missingAnswersAreListedWithTheirPromptTypeAndChoices() {
        Map<String, Object> error = error(Fixtures.run("flow.yaml", "diagnose", "payment-failed", "--no-input", "--answer", "kind=send",
                "--lang", "zh", "--format", "json"), "json");
        List<?> missing = (List<?>) error.get("missing");
        Map<?, ?> first = (Map<?, ?>) missing.get(0);
        assertEquals("amount", first.get("id"));
        assertEquals("number", first.get("type"));
        assertFalse(first.containsKey("choices"), "a number takes no list of values");
        assertEquals("always", first.get("needed"));
        assertTrue(((String) first.get("prompt")).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the prompt is in the user's language: " + first);
        Map<?, ?> depending = (Map<?, ?>) missing.stream().filter(m -> ((Map<?, ?>) m).get("id").equals("retried")).findFirst().orElseThrow();
        assertEquals("depending", depending.get("needed"));
        assertEquals(List.of("yes", "no"), depending.get("choices"));
        assertEquals("--answer retried=yes|no", depending.get("answer"));
    }

    @Test
    void anInvalidKnowledgeBaseListsItsProblemsAsObjects(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Fixtures.path("minimal.yaml")).replaceFirst("faqs:", "faqs: 3\nunused:"));
        CliRunner.Result result = new CliRunner().run("faq", "list", "--kb", broken.toString(), "--format", "json");

        assertEquals(4, result.exitCode(), result::toString);
        Map<String, Object> error = error(result, "json");
        assertEquals("kb-invalid", error.get("code"));
        List<?> problems = (List<?>) error.get("problems");
        assertFalse(problems.isEmpty());
        for (Object problem : problems) {
            Map<?, ?> p = (Map<?, ?>) problem;
            assertTrue(result.err().contains(p.get("file") + ":" + p.get("line") + ":" + p.get("column") + ": " + p.get("message")),
                    "each problem is also a file:line:column: message line on stderr: " + p + "\n" + result);
        }
    }

    @Test
    void aResultThatComesWithAnErrorKeepsOneDocument() {
        CliRunner.Result result = Fixtures.run("flow.yaml", "diagnose", "payment-failed", "--code", "zz99", "--format", "json");

        Map<String, Object> document = parse(result.out(), "json");
        assertEquals(false, document.get("found"), "the general steps are still the result");
        assertEquals("decline-code-not-found", ((Map<?, ?>) document.get("error")).get("code"));
    }

    @Test
    void theDocumentEchoesWhatWasTypedRedactedAsStderrDoes() {
        CliRunner.Result result = Fixtures.run("flow.yaml", "diagnose", "payment-failed", "--no-input", "--answer",
                "kind=password is hunter2 card 4111111111111111", "--format", "json");

        assertEquals(2, result.exitCode(), result::toString);
        assertFalse(result.out().contains("4111111111111111") || result.out().contains("hunter2"), result.out());
        assertTrue(((String) error(result, "json").get("message")).contains("411111******1111"), result.out());
    }

    @Test
    void textRunsPrintNoDocument() {
        CliRunner.Result result = Fixtures.run("search.yaml", "faq", "show", "no-such-entry");
        assertEquals(3, result.exitCode());
        assertEquals("", result.out());
    }

    @Test
    void ctrlCWhileAskingIsInterruptedExit130() {
        CliRunner.Result result = Fixtures.cli("flow.yaml").terminal(ScriptedTerminal.replying(ScriptedTerminal.CTRL_C))
                .run("diagnose", "payment-failed", "--format", "json");

        assertEquals(130, result.exitCode(), result::toString);
        Map<String, Object> error = error(result, "json");
        assertEquals("interrupted", error.get("code"));
        assertEquals(130, ((Number) error.get("exit")).intValue());
    }

    @Test
    void formatIsReadFromTheRawArguments() {
        assertEquals("JSON", ErrorReport.formatOf(List.of("faq", "--format", "json", "--bogus")).name());
        assertEquals("YAML", ErrorReport.formatOf(List.of("--format=json", "--format=YAML")).name());
        assertEquals("TEXT", ErrorReport.formatOf(List.of("--format", "xml")).name());
        assertEquals("TEXT", ErrorReport.formatOf(List.of("contact", "verify", "--", "--format", "json")).name());
        assertEquals("TEXT", ErrorReport.formatOf(List.of("faq", "--format")).name());
    }

    /** The error object of the one document on stdout, checked against the schema. */
    static Map<String, Object> error(CliRunner.Result result, String format) {
        Map<String, Object> document = parse(result.out(), format);
        try {
            assertEquals(List.of(), SCHEMA.validate(JSON.std.asString(document), InputFormat.JSON).stream().map(Object::toString).toList(),
                    result::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) document.get("error");
        return error;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String out, String format) {
        try {
            Object document = format.equals("json") ? JSON.std.anyFrom(out) : new Yaml(new SafeConstructor(new LoaderOptions())).load(out);
            assertTrue(document instanceof Map, "one document on stdout: " + out);
            return (Map<String, Object>) document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
