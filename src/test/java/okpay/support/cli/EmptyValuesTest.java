package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One rule for empty values (README, "JSON and YAML output"): a field with no value is left out, never null and never
 * an empty string; an empty list is left out too, except where the list being empty is itself the answer
 * ({@link #EMPTY_IS_THE_ANSWER}); data keep their entries (an answers map, and {@code kb export}'s tree, which is the
 * knowledge-base file as it is). Every command, in both formats and both languages, over the fixture knowledge bases,
 * and the error documents.
 */
class EmptyValuesTest {
    /** The fields whose empty list is an answer a script reads: nothing fits, nothing wrong, nothing official. */
    static final List<String> EMPTY_IS_THE_ANSWER = List.of("faqs", "problems", "official", "fixes", "untranslated", "fewExamples");

    @TempDir
    static Path dir;

    static Stream<Arguments> commands() {
        List<List<String>> commands = List.of(
                List.of("ask.yaml", "ask", "my withdrawal hasn't arrived after 3 days"),
                List.of("ask.yaml", "ask", "hello there"),
                List.of("ask.yaml", "ask", "payment declined code 51"),
                List.of("minimal.yaml", "faq", "list"),
                List.of("minimal.yaml", "faq", "show", "funds-not-received"),
                List.of("minimal.yaml", "faq", "search", "money", "not", "arrived"),
                List.of("minimal.yaml", "faq", "search", "zzzqqq"),
                List.of("contact.yaml", "contact"),
                List.of("contact.yaml", "contact", "--topic", "funds", "--region", "US"),
                List.of("contact.yaml", "contact", "--region", "ZZ"),
                List.of("contact.yaml", "contact", "verify", "support@okpay.example"),
                List.of("contact.yaml", "contact", "verify", "https://okpay.example.support-desk.test/login"),
                List.of("contact.yaml", "contact", "verify", "help@unrelated.test"),
                List.of("contact.yaml", "contact", "draft", "--topic", "funds"),
                List.of("contact.yaml", "contact", "draft", "--topic", "funds", "--tx-id", "TX-1", "--amount", "5", "--currency", "USD",
                        "--error", "E1", "--account", "a@b.test", "--device", "phone", "--time", "now", "--message", "m", "--tried", "t"),
                List.of("flow.yaml", "diagnose"),
                List.of("flow.yaml", "diagnose", "describe", "payment-failed"),
                List.of("flow.yaml", "diagnose", "payment-failed", "--no-input", "--answer", "kind=send", "--answer", "amount=120",
                        "--answer", "balance=500", "--answer", "retried=yes", "--answer", "error=E51"),
                List.of("flow.yaml", "diagnose", "payment-failed", "--no-input", "--answer", "kind=send", "--answer", "amount=120",
                        "--answer", "balance=50"),
                List.of("flow.yaml", "diagnose", "payment-failed", "--code", "51"),
                List.of("flow.yaml", "diagnose", "payment-failed", "--code", "fraudulent"),
                List.of("flow.yaml", "diagnose", "payment-failed", "--code", "zz99"),
                List.of("flow.yaml", "diagnose", "payment-failed", "--no-input"),
                List.of("flows.yaml", "diagnose"),
                List.of("security.yaml", "security-check", "--list-checks"),
                List.of("security.yaml", "security-check", "--no-input", "--answer", "password-unique=yes", "--answer", "two-step=sms",
                        "--answer", "recovery-contacts=not-sure", "--answer", "activity-reviewed=45", "--answer", "alerts=both",
                        "--answer", "app-updated=yes", "--answer", "system-updated=no", "--answer", "screen-lock=strong",
                        "--answer", "support-never-asks=no"),
                List.of("security.yaml", "security-check", "--no-input"),
                List.of("minimal.yaml", "kb", "validate"),
                List.of("minimal.yaml", "kb", "stats"),
                List.of("minimal.yaml", "kb", "export"),
                List.of("search.yaml", "faq", "show", "no-such-entry"),
                List.of("search.yaml", "faq", "--bogus"));
        List<Arguments> cases = new ArrayList<>();
        for (List<String> command : commands) {
            for (String format : List.of("json", "yaml")) {
                for (String lang : List.of("en", "zh")) {
                    cases.add(Arguments.of(command.get(0), command.subList(1, command.size()), format, lang));
                }
            }
        }
        cases.add(Arguments.of("minimal.yaml", List.of("kb", "compile", Fixtures.path("minimal.yaml").toString(), "-o", "OUT"), "json", "en"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} --format {2} --lang {3}")
    @MethodSource("commands")
    void noDocumentHoldsAnEmptyValue(String kb, List<String> command, String format, String lang) throws IOException {
        List<String> args = new ArrayList<>(command.stream().map(a -> a.equals("OUT") ? dir.resolve("out.kbc").toString() : a).toList());
        args.addAll(List.of("--format", format, "--lang", lang));
        CliRunner.Result result = Fixtures.run(kb, args.toArray(String[]::new));

        assertTrue(!result.out().isBlank(), result::toString);
        Object document = format.equals("json") ? JSON.std.anyFrom(result.out())
                : new Yaml(new SafeConstructor(new LoaderOptions())).load(result.out());
        List<String> empty = new ArrayList<>();
        walk(document, "$", empty);
        assertEquals(List.of(), empty, result::toString);
    }

    /** Notes in {@code empty} the path of every null, empty string, empty map and (outside the exceptions) empty list. */
    static void walk(Object node, String path, List<String> empty) {
        if (node == null || node instanceof String s && s.isEmpty()) {
            empty.add(path);
        } else if (node instanceof Map<?, ?> map) {
            if (map.isEmpty() && !path.equals("$")) {
                empty.add(path);
            }
            map.forEach((key, value) -> {
                if (value instanceof List<?> list && list.isEmpty() && EMPTY_IS_THE_ANSWER.contains(String.valueOf(key))
                        || path.equals("$") && key.equals("knowledgeBase")) {
                    return;  // kb export's knowledgeBase is the merged file's own tree, written as it is
                }
                walk(value, path + "." + key, empty);
            });
        } else if (node instanceof List<?> list) {
            if (list.isEmpty() && !path.equals("$")) {
                empty.add(path);
            }
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", empty);
            }
        }
    }
}
