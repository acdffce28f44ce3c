package okpay.support.contact.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.contact.redact.RedactorTableTest.Row;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A sample of the redactor's table (every fourth row) through the entry points users have: {@code contact draft} (free
 * text as {@code --message}, error rows as {@code --error}, transaction ids as {@code --tx-id}) and a {@code diagnose}
 * ticket (free text as the device answer, error rows as the error-message answer, ids as {@code --tx-id}), in Chinese
 * for Chinese rows. A secret shows neither on stdout nor on stderr (also when the run fails, such as a text answer with
 * a line break); a fact is in the JSON.
 */
class RedactorTableCliTest {
    private static final int EVERY = 4;

    private static Stream<Row> sample(List<Row> rows) {
        return IntStream.range(0, rows.size()).filter(i -> i % EVERY == 0).mapToObj(rows::get);
    }

    @TestFactory
    Stream<DynamicTest> secretsDoNotSurviveATicket() {
        return sample(RedactorTableTest.secrets()).flatMap(row -> Stream.of(
                DynamicTest.dynamicTest("contact draft " + row, () -> {
                    CliRunner.Result result = Fixtures.run("contact.yaml", draft(row));
                    assertEquals(0, result.exitCode(), result.toString());
                    assertFalse(RedactorTableTest.shows(result.out() + "\n" + result.err(), row.probe()), result::toString);
                    assertFalse(RedactorTableTest.shows(String.join("\n", strings(result.out())), row.probe()), result::toString);
                }),
                DynamicTest.dynamicTest("diagnose " + row, () -> {
                    CliRunner.Result result = Fixtures.run("flows.yaml", diagnose(row));
                    assertFalse(RedactorTableTest.shows(result.out() + "\n" + result.err(), row.probe()), result::toString);
                    if (result.exitCode() == 0) {
                        assertFalse(RedactorTableTest.shows(String.join("\n", strings(result.out())), row.probe()), result::toString);
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> factsSurviveATicket() {
        return sample(RedactorTableTest.keep()).flatMap(row -> Stream.of(
                DynamicTest.dynamicTest("contact draft " + row, () -> {
                    CliRunner.Result result = Fixtures.run("contact.yaml", draft(row));
                    assertEquals(0, result.exitCode(), result.toString());
                    assertTrue(String.join("\n", strings(result.out())).contains(fact(row)), result::toString);
                }),
                DynamicTest.dynamicTest("diagnose " + row, () -> {
                    CliRunner.Result result = Fixtures.run("flows.yaml", diagnose(row));
                    assertEquals(0, result.exitCode(), result.toString());
                    assertTrue(String.join("\n", strings(result.out())).contains(fact(row)), result::toString);
                })));
    }

    private static String fact(Row row) {
        return row.probe().isEmpty() ? row.input() : row.probe();
    }

    private static String[] draft(Row row) {
        String flag = switch (row.kind()) {
            case TEXT -> "--message";
            case ERROR -> "--error";
            case IDENTIFIER -> "--tx-id";
        };
        return new String[] {"contact", "draft", "--topic", "funds", flag, row.input(), "--format", "json", "--lang", lang(row)};
    }

    private static String[] diagnose(Row row) {
        List<String> args = new ArrayList<>(List.of("diagnose", "app-error", "--no-input", "--format", "json", "--lang", lang(row),
                "--answer", "where=app", "--answer", "symptom=error-message", "--answer", "status-page=no",
                "--answer", "updated=yes", "--answer", "restarted=yes"));
        switch (row.kind()) {
            case TEXT -> args.addAll(List.of("--answer", "device-info=" + row.input(), "--answer", "error-text=E51"));
            case ERROR -> args.addAll(List.of("--answer", "error-text=" + row.input(), "--answer", "device-info=Pixel 8"));
            case IDENTIFIER -> args.addAll(List.of("--tx-id", row.input(), "--answer", "error-text=E51",
                    "--answer", "device-info=Pixel 8"));
        }
        return args.toArray(String[]::new);
    }

    private static String lang(Row row) {
        return row.chinese() ? "zh" : "en";
    }

    /** Every string in a JSON document, so a fact is found whatever JSON escapes. */
    private static List<String> strings(String json) {
        List<String> out = new ArrayList<>();
        try {
            collect(JSON.std.anyFrom(json), out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
        return out;
    }

    private static void collect(Object node, List<String> out) {
        if (node instanceof String s) {
            out.add(s);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        }
    }
}
