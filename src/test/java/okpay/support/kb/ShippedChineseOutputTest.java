package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.contact.ChannelsReader;
import okpay.support.contact.ContactKind;
import okpay.support.contact.HotlineReader;
import okpay.support.contact.Region;
import okpay.support.contact.draft.TicketFact;
import okpay.support.diagnose.DeclineCode;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowQuestion;
import okpay.support.diagnose.FlowsReader;
import okpay.support.diagnose.Outcome;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.faq.FaqTag;
import okpay.support.faq.TagsReader;
import okpay.support.i18n.Lang;
import okpay.support.prompt.ScriptedTerminal;
import okpay.support.security.CheckStatus;
import okpay.support.security.SecurityChecks;
import okpay.support.security.SecurityChecksReader;
import okpay.support.shell.ShellDriver;
import okpay.support.testing.FlowExplorer;
import okpay.support.testing.LatinWords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Complete Chinese, on the shipped knowledge base (content, so it sits beside {@link ShippedKnowledgeBaseTest}): the text
 * output of every normal command, run with {@code --lang zh} through the real CLI, holds no Latin-letter word outside
 * {@link LatinWords}' allow-list and what is shown to type; and the English output never puts an internal id (such as
 * {@code tx-id} or {@code password-unique}) inside a sentence.
 */
class ShippedChineseOutputTest {
    private static final KnowledgeBase KB = KnowledgeBaseFormat.LOADER.load(null);
    /** English compounds that are also ids of the knowledge base: in an English sentence they are words, not ids. */
    private static final Set<String> ENGLISH_COMPOUNDS = Set.of("two-step", "top-up", "one-time", "not-sure", "screen-lock",
            "sign-in", "e-mail", "follow-up", "password-reset", "risk-control");
    private static LatinWords words;
    private static int runs;

    @TempDir
    static Path home;

    /** One command line, with its standard input (or null) and the replies typed on a terminal (or null: no terminal). */
    record Run(List<String> args, String stdin, List<String> replies) {
        Run(List<String> args, String stdin) {
            this(args, stdin, null);
        }

        String name() {
            return (args.isEmpty() ? "(no arguments)" : String.join(" ", args)) + (stdin == null ? "" : " <<< " + stdin.replace("\n", "\\n"))
                    + (replies == null ? "" : " typing " + replies);
        }
    }

    @BeforeAll
    static void ids() {
        Set<String> ids = new TreeSet<>();
        KB.get(FaqReader.SECTION).forEach(f -> ids.add(f.id()));
        KB.get(TopicsReader.SECTION).forEach(t -> ids.add(t.id()));
        KB.get(TagsReader.SECTION).forEach(t -> ids.add(t.id()));
        for (Flow flow : KB.get(FlowsReader.SECTION)) {
            ids.add(flow.id());
            flow.outcomes().forEach(o -> ids.add(o.id()));
            for (FlowQuestion q : flow.questions()) {
                ids.add(q.id());
                q.question().choices().forEach(c -> ids.add(c.value()));
            }
        }
        for (SecurityChecks.SecurityCheck check : KB.get(SecurityChecksReader.SECTION).checks()) {
            ids.add(check.id());
            if (check.question() != null) {
                check.question().choices().forEach(c -> ids.add(c.value()));
            }
        }
        ids.add(okpay.support.kb.Question.UNKNOWN);
        KnowledgeBaseFormat.sections().forEach(s -> ids.add(s.key())); // the knowledge base's own keys, for kb stats
        Set<String> anywhere = new TreeSet<>();
        KB.get(DeclineCodesReader.SECTION).codes().forEach(c -> anywhere.addAll(c.codes()));
        KB.get(HotlineReader.SECTION).regions().forEach(r -> anywhere.add(r.code()));
        KB.get(SecurityChecksReader.SECTION).grades().forEach(g -> anywhere.add(g.grade()));
        words = new LatinWords(ids, anywhere);
    }

    /** Every normal command line: each FAQ entry, outcome, decline code, topic, region, check answer, help... */
    static List<Run> runs() throws IOException {
        List<Run> out = new ArrayList<>();
        List<String> topics = KB.get(TopicsReader.SECTION).stream().map(Topic::id).toList();
        List<String> regions = KB.get(HotlineReader.SECTION).regions().stream().map(Region::code).toList();
        line(out, "contact");
        line(out, "contact", "--all");
        topics.forEach(t -> line(out, "contact", "--topic", t));
        regions.forEach(r -> line(out, "contact", "--region", r));
        line(out, "contact", "--region", "FR");
        for (int i = 0; i < topics.size(); i++) {
            line(out, "contact", "--topic", topics.get(i), "--region", regions.get(i % regions.size()));
            line(out, "contact", "--topic", topics.get(i), "--region", regions.get((i + 3) % regions.size()), "--all");
        }
        for (ContactKind kind : ContactKind.values()) {
            KB.get(ChannelsReader.SECTION).stream().flatMap(c -> c.values().stream()).filter(v -> v.kind() == kind).findFirst()
                    .ifPresent(v -> line(out, "contact", "verify", v.value()));
        }
        line(out, "contact", "verify", "okpay.example");
        line(out, "contact", "verify", "--incoming", "+1-555-0100");
        line(out, "contact", "verify", "https://okpay-help.test/login");
        line(out, "contact", "verify", "okpay.example.co.uk");
        line(out, "contact", "verify", "+1-555-0199");
        line(out, "contact", "verify", "alice@gmail.com");
        line(out, "contact", "verify", "refund@help.okpay.example");
        line(out, "contact", "verify", "support@okpay.example", "okpay-help.test", "+1-555-0199", "alice@gmail.com", "hello!world");
        out.add(new Run(List.of("contact", "verify", "-", "--incoming"), "support@okpay.example\n@OKPay_Support_Sample\nhello world\n"));
        topics.forEach(t -> line(out, "contact", "draft", "--topic", t));
        line(out, "contact", "draft", "--topic", "funds", "--tx-id", "TX-20250308-0042", "--amount", "120.00", "--currency", "CNY",
                "--time", "2025-03-08 14:20 UTC+8", "--error", "E1004", "--account", "alice@example.com", "--device", "Pixel 8",
                "--message", "钱没到账，验证码是 123456", "--tried", "重启了 App");
        line(out, "faq", "list");
        KB.get(TagsReader.SECTION).stream().map(FaqTag::id).forEach(t -> line(out, "faq", "list", "--tag", t));
        KB.get(FaqReader.SECTION).stream().map(Faq::id).forEach(id -> line(out, "faq", "show", id));
        KB.get(FaqReader.SECTION).stream().filter(f -> f.agent() != null).forEach(f -> line(out, "faq", "show", f.id(), "--audience", "agent"));
        for (String query : List.of("忘记密码", "钱没到账", "付款被拒", "2FA", "payment failed", "转错账了", "客服电话", "xyzzy")) {
            line(out, "faq", "search", query);
        }
        for (String text : List.of("我的转账一天了还没到账", "提现三天了还没到", "付款被拒 错误码51", "有人打电话说是客服要验证码",
                "my withdrawal is stuck", "你好", "App 闪退")) {
            line(out, "ask", text);
        }
        line(out, "diagnose");
        line(out, "diagnose", "list");
        for (Flow flow : KB.get(FlowsReader.SECTION)) {
            line(out, "diagnose", "describe", flow.id());
            Map<String, Map<String, String>> reached = FlowExplorer.reachableOutcomes(flow);
            boolean first = true;
            for (Outcome outcome : flow.outcomes()) {
                List<String> args = new ArrayList<>(List.of("diagnose", flow.id(), "--no-input", "--region", "CN"));
                Map<String, String> answers = reached.getOrDefault(outcome.id(), Map.of());
                if (first) { // once per flow through an answers file, as runbooks give them
                    Path file = Files.writeString(home.resolve(flow.id() + ".yaml"), answers.entrySet().stream()
                            .map(e -> e.getKey() + ": \"" + e.getValue() + "\"\n").collect(Collectors.joining()), StandardCharsets.UTF_8);
                    args.addAll(List.of("--answers", file.toString()));
                } else {
                    answers.forEach((id, value) -> args.addAll(List.of("--answer", id + "=" + value)));
                }
                first = false;
                out.add(new Run(args, null));
                if (outcome.agent() != null) {
                    List<String> agent = new ArrayList<>(args);
                    agent.addAll(List.of("--audience", "agent"));
                    out.add(new Run(agent, null));
                }
            }
        }
        for (DeclineCode code : KB.get(DeclineCodesReader.SECTION).codes()) {
            for (String c : code.codes()) {
                line(out, "diagnose", "declined-tx", "--code", c);
                line(out, "diagnose", "declined-tx", "--code", c, "--audience", "agent");
            }
        }
        line(out, "security-check", "--list-checks");
        for (CheckStatus status : List.of(CheckStatus.PASS, CheckStatus.FAIL)) {
            List<String> args = new ArrayList<>(List.of("security-check", "--no-input"));
            for (SecurityChecks.SecurityCheck check : KB.get(SecurityChecksReader.SECTION).checks()) {
                if (check.rule() instanceof SecurityChecks.AnswerRule rule) {
                    String answer = rule.statuses().entrySet().stream().filter(e -> e.getValue() == status).findFirst().orElseThrow().getKey();
                    args.addAll(List.of("--answer", check.id() + "=" + answer));
                } else if (check.rule() instanceof SecurityChecks.NumberRule) {
                    args.addAll(List.of("--answer", check.id() + "=" + (status == CheckStatus.PASS ? "0" : "3650")));
                }
            }
            out.add(new Run(args, null));
            List<String> withPassword = new ArrayList<>(args);
            withPassword.add("--password-stdin");
            out.add(new Run(withPassword, status == CheckStatus.PASS ? "Tq7#mZp2vL-fern-otter-quay\n" : "okpay123\n"));
        }
        line(out, "kb", "stats");
        line(out, "kb", "validate");
        line(out, "kb", "validate", "faq.yaml");
        line(out, "config", "set", "region", "CN");
        line(out, "config", "set", "audience", "agent");
        line(out, "config", "list");
        line(out, "config", "get", "region");
        line(out, "config", "unset", "audience");
        for (String command : List.of("", "ask", "contact", "contact verify", "contact draft", "faq", "faq list", "faq show",
                "faq search", "diagnose", "diagnose describe", "diagnose list", "security-check", "kb", "kb validate", "kb stats",
                "kb export", "kb compile", "kb schema", "config", "config set", "config get", "config list", "config unset", "shell",
                "completion")) {
            List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
            args.add("--help");
            out.add(new Run(args, null));
        }
        line(out, "--version");
        line(out);
        // questions asked on a terminal: a flow's and the checklist's, with their help (?), an answer that is not one, then
        // the first choice until the replies run out (the end of input is then an error, whose words are Chinese too)
        List<String> replies = new ArrayList<>(List.of("?", "xyz"));
        replies.addAll(java.util.Collections.nCopies(12, "1"));
        for (Flow flow : KB.get(FlowsReader.SECTION)) {
            out.add(new Run(List.of("diagnose", flow.id()), null, replies));
        }
        out.add(new Run(List.of("security-check", "--check-password"), null, List.of("Tq7#mZp2vL-fern-otter-quay", "?", "xyz", "是", "1",
                "1", "1", "1", "是", "是", "1", "是")));
        // the shell on a terminal (its welcome, help and settings; a question, and a number that opens a line of the answer)
        out.add(new Run(List.of("shell"), "help\nset\nhelp faq\nfaq list\n忘记密码\n1\n我的转账一天了还没到账\n1"));
        return out;
    }

    private static void line(List<Run> out, String... args) {
        out.add(new Run(List.of(args), null));
    }

    private static CliRunner.Result run(Run run, String lang) {
        if (run.args().equals(List.of("shell"))) {
            runs++;
            try {
                return new CliRunner.Result(0, ShellDriver.session(home.resolve("shell-" + lang), Lang.parse(lang),
                        List.of(run.stdin().split("\n"))), "");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        List<String> args = new ArrayList<>(run.args());
        args.addAll(List.of("--lang", lang));
        CliRunner runner = new CliRunner().env("XDG_CONFIG_HOME", home.resolve("config-" + lang).toString()).env("NO_COLOR", "1");
        if (run.stdin() != null) {
            runner.stdin(run.stdin());
        }
        runs++;
        if (run.replies() == null) {
            return runner.run(args.toArray(String[]::new));
        }
        ScriptedTerminal terminal = ScriptedTerminal.replying(run.replies().toArray(String[]::new));
        CliRunner.Result result = runner.terminal(terminal).run(args.toArray(String[]::new));
        return new CliRunner.Result(result.exitCode(), String.join("\n", terminal.transcript()).replace("<end of input>", "") + "\n" + result.out(), result.err());
    }

    /** The scan itself: what the issue found is caught, what the user types is not. */
    @Test
    void theScanFindsAnIdInASentenceAndLeavesWhatIsTypedAlone() {
        assertEquals(List.of("password-unique"), found("输入在 password-unique 回答之前就结束了。"));
        assertEquals(List.of("tx-id", "time"), found("待补充：tx-id, time"));
        assertEquals(List.of("removed"), found("验证码是 [removed]"));
        assertEquals(List.of("yes_no"), found("password-unique  密码未在别处使用  [yes_no]"));
        assertEquals(List.of("Knows", "support", "never", "asks"), found("✗ Knows support never asks 是"));
        assertEquals(List.of(), found("password-unique  密码未在别处使用"));
        assertEquals(List.of(), found("运行：okpay-support diagnose missing-funds --answer kind=withdrawal"));
        assertEquals(List.of("is", "the", "tool"), found("okpay-support is the tool"));
        assertEquals(List.of(), found("bash：在 ~/.bashrc 中加入 source <(okpay-support completion bash)。"));
        assertEquals(List.of(), found("问题类型：funds（资金）、security（账户安全）、technical"));
        assertEquals(List.of(), found("请发邮件到 support@okpay.example 或访问 https://www.okpay.example/support。"));
        assertEquals(List.of("stuck"), found("匹配：stuck"));
        assertEquals(List.of("tx-id"), words.idsInEnglish("Still missing: the tx-id of the payment.", Set.of(), Set.of("tx-id")).stream()
                .map(LatinWords.Finding::word).toList());
        assertEquals(List.of(), words.inChinese("匹配：stuck", words.userWords(List.of("ask", "my withdrawal is stuck"))).stream()
                .map(LatinWords.Finding::word).toList());
    }

    private static List<String> found(String text) {
        return words.inChinese(text, Set.of()).stream().map(LatinWords.Finding::word).toList();
    }

    @TestFactory
    Stream<DynamicTest> theChineseOutputOfEveryNormalCommandHasNoEnglishWord() throws IOException {
        return runs().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            CliRunner.Result result = run(r, "zh");
            List<String> given = new ArrayList<>(r.args());
            if (r.args().equals(List.of("--version"))) {
                given.add("development"); // the version of classes run in place; the jar shows its number (okpay-support 0.1.0)
            }
            if (r.stdin() != null) {
                given.addAll(List.of(r.stdin().split("\n")));
            }
            if (r.replies() != null) {
                given.addAll(r.replies());
            }
            List<LatinWords.Finding> found = words.inChinese(result.out() + result.err(), words.userWords(given));
            assertTrue(found.isEmpty(), "English in the Chinese output: " + found.stream().map(f -> f.word() + "  ⟵  " + f.line())
                    .collect(Collectors.joining("\n")) + "\n" + result);
        }));
    }

    @TestFactory
    Stream<DynamicTest> theEnglishOutputPutsNoInternalIdInASentence() throws IOException {
        return runs().stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            CliRunner.Result result = run(r, "en");
            List<LatinWords.Finding> found = words.idsInEnglish(result.out() + result.err(), ENGLISH_COMPOUNDS,
                    Stream.of(TicketFact.values()).map(TicketFact::id).collect(Collectors.toSet()));
            assertTrue(found.isEmpty(), "internal ids in English sentences: " + found.stream().map(f -> f.word() + "  ⟵  " + f.line())
                    .collect(Collectors.joining("\n")) + "\n" + result);
        }));
    }

    @AfterAll
    static void report() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        words.allowedCounts().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        System.out.println("ShippedChineseOutputTest: " + runs + " runs; allowed Latin words in the Chinese output, by count: " + counts);
    }
}
