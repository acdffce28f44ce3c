package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okpay.support.diagnose.DeclineCode;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowsReader;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.Fixtures;
import okpay.support.testing.FlowExplorer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code --audience}: agent-only text reaches support staff and never a customer. The fixture kb/audience.yaml gives
 * every FAQ entry, flow outcome and decline code an {@code agent:} block whose every text is marked AGENT-ONLY
 * (仅客服可见); every command that answers from the knowledge base runs over it in both languages, as text and JSON,
 * for both audiences. The {@code kb} commands are left out: they show operators the knowledge base itself.
 */
class AudienceTest {
    private static final String KB = "audience.yaml";
    private static final KnowledgeBase FIXTURE = Fixtures.load(KB);

    /** Every command line that answers from the knowledge base, without the global options. */
    private static List<List<String>> commands() {
        List<List<String>> lines = new ArrayList<>();
        for (Faq faq : FIXTURE.get(FaqReader.SECTION)) {
            lines.add(List.of("faq", "show", faq.id()));
        }
        lines.add(List.of("faq", "list"));
        lines.add(List.of("faq", "search", "declined payment"));
        lines.add(List.of("faq", "search", "付款被拒"));
        lines.add(List.of("ask", "my payment was declined with code 59"));
        lines.add(List.of("ask", "付款被拒"));
        lines.add(List.of("contact"));
        lines.add(List.of("contact", "--topic", "funds", "--region", "US"));
        lines.add(List.of("contact", "draft", "--topic", "funds", "--message", "payment declined"));
        lines.add(List.of("diagnose"));
        for (Flow flow : FIXTURE.get(FlowsReader.SECTION)) {
            lines.add(List.of("diagnose", "describe", flow.id()));
            for (Map<String, String> answers : FlowExplorer.reachableOutcomes(flow).values()) {
                List<String> line = new ArrayList<>(List.of("diagnose", flow.id(), "--no-input"));
                answers.forEach((id, value) -> line.addAll(List.of("--answer", id + "=" + value)));
                lines.add(line);
            }
        }
        for (DeclineCode code : FIXTURE.get(DeclineCodesReader.SECTION).codes()) {
            lines.add(List.of("diagnose", "declined-tx", "--code", code.code()));
        }
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> customersNeverSeeAgentOnlyText() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> command : commands()) {
            tests.add(DynamicTest.dynamicTest(String.join(" ", command), () -> {
                // text in both languages, JSON in one (its fields are the same in both), and --audience customer once
                for (List<String> options : List.of(List.of("--lang", "en"), List.of("--lang", "zh"), List.of("--format", "json"),
                        List.of("--audience", "customer"))) {
                    List<String> args = new ArrayList<>(command);
                    args.addAll(options);
                    CliRunner.Result customer = Fixtures.run(KB, args.toArray(String[]::new));
                    assertFalse(marked(customer.out() + customer.err()), args + "\n" + customer);
                    assertFalse(customer.out().contains("\"agent\""), args + "\n" + customer.out());
                    if (options.get(0).equals("--audience")) {
                        assertEquals(Fixtures.run(KB, command.toArray(String[]::new)), customer, "the customer is the default audience");
                    }
                }
            }));
        }
        assertTrue(tests.size() > 50, "command lines: " + tests.size());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> agentsSeeEveryAgentBlock() {
        List<DynamicTest> tests = new ArrayList<>();
        for (List<String> command : commands()) {
            boolean answers = command.get(0).equals("faq") && command.get(1).equals("show")
                    || command.get(0).equals("diagnose") && command.size() > 2 && !command.get(1).equals("describe");
            if (!answers) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(String.join(" ", command), () -> {
                for (String lang : List.of("en", "zh")) {
                    List<String> args = new ArrayList<>(command);
                    args.addAll(List.of("--lang", lang, "--audience", "agent"));
                    CliRunner.Result text = Fixtures.run(KB, args.toArray(String[]::new));
                    String marker = lang.equals("en") ? "AGENT-ONLY" : "仅客服可见";
                    for (String field : List.of("reason", "tell", "escalate", "note")) {
                        String expected = lang.equals("en") ? marker + " " + (field.equals("tell") ? "tell for" : field.equals("note")
                                ? "note on" : field.equals("reason") ? "reason of" : "escalate") : marker;
                        assertTrue(text.out().contains(expected), args + "\n" + text.out());
                    }
                    args.addAll(List.of("--format", "json"));
                    CliRunner.Result json = Fixtures.run(KB, args.toArray(String[]::new));
                    assertTrue(json.out().matches("(?s).*\"agent\" : \\{\\s*\"reason\" : \"" + marker + ".*"), args + "\n" + json.out());
                }
            }));
        }
        assertEquals(FIXTURE.get(FaqReader.SECTION).size() + FIXTURE.get(DeclineCodesReader.SECTION).codes().size()
                + FIXTURE.get(FlowsReader.SECTION).stream().mapToInt(f -> FlowExplorer.reachableOutcomes(f).size()).sum(), tests.size());
        return tests.stream();
    }

    @Test
    void anUnknownAudienceIsAUsageError() {
        CliRunner.Result result = Fixtures.run(KB, "faq", "list", "--audience", "staff");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("--audience"), result.err());
    }

    private static boolean marked(String output) {
        return output.contains("AGENT-ONLY") || output.contains("仅客服可见");
    }
}
