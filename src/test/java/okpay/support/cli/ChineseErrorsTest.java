package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every error path, run with {@code --lang zh}, speaks Chinese: the {@code 错误：}/{@code 提示：} lines hold no English word
 * except what the user types or reads as is: quoted values, options, commands, ids, codes, product and standard names.
 */
public class ChineseErrorsTest {
    /** The error cases: a fixture and a command line (usage errors, picocli's parse errors, not found, input required). */
    private static final List<String> CASES = List.of(
            "contact.yaml|contact draft",
            "contact.yaml|contact --bogus",
            "contact.yaml|contact --topic a --topic b",
            "contact.yaml|contact --format xml",
            "contact.yaml|contact --topic fund",
            "contact.yaml|contact --region Atlantis",
            "contact.yaml|contact verify",
            "contact.yaml|contact verify %%%",
            "contact.yaml|contact draft --topic funds --amount abc",
            "contact.yaml|contact draft --topic funds --currency dollars",
            "contact.yaml|frob",
            "contact.yaml|fqa list",
            "contact.yaml|--no-color=true faq list",
            "search.yaml|faq show",
            "search.yaml|faq show a b",
            "search.yaml|faq show forgot-pasword",
            "search.yaml|faq list --tag nosuchtag",
            "search.yaml|faq search x --limit abc",
            "search.yaml|faq search x --limit 0",
            "ask.yaml|ask",
            "flows.yaml|diagnose nosuchflow",
            "flows.yaml|diagnose describe",
            "flows.yaml|diagnose missing-funds --no-input",
            "flows.yaml|diagnose declined-tx --code nosuch",
            "security.yaml|security-check --no-input",
            "security.yaml|security-check --only nosuch",
            "contact.yaml|completion fish",
            // The knowledge-base loader's own errors and problems (files that cannot be read, kb validate's file:line:column
            // messages, SnakeYAML's texts): kb.ChineseProblemsTest and kb.YamlTextsTest.
            "contact.yaml|--kb nosuchfile.yaml faq list",
            "contact.yaml|--kb-max-size lots faq list",
            "contact.yaml|config set colour red",
            "contact.yaml|config set lang fr",
            "contact.yaml|config get region");
    /** Words that stay as they are in Chinese text: names, standards, units and what is typed literally. */
    private static final Set<String> ALLOWED = Set.of("okpay", "support", "OKPay", "App", "ID", "ISO", "PIN", "CVV", "URL", "JSON",
            "YAML", "KYC", "FA", "XDG_CONFIG_HOME", "HOME", "LANG", "LC_ALL", "OKPAY_SUPPORT_LANG", "OKPAY_SUPPORT_KB",
            "OKPAY_SUPPORT_KB_MAX_SIZE", "US", "GB", "SG", "CN", "VALUE", "FILE", "M", "MiB", "K", "G", "Ctrl", "bash", "zsh", "json",
            "yaml", "text", "CNY", "USD", "EUR", "HKD", "zh", "en", "region", "lang", "audience", "format", "customer", "agent", "faq", "list", "search", "show",
            "contact", "diagnose", "describe", "security", "check", "kb", "validate", "config", "set", "get", "unset", "funds",
            "technical", "mistake", "feedback", "password", "verify", "draft", "shell", "completion", "ask", "help", "true");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|“[^”]*”|\"[^\"]*\"|【[^】]*】|(?<![\\w-])--?[a-zA-Z][\\w-]*(=\\S*)?|\\S*/\\S*|\\S*@\\S+|\\w+=\\S*");
    /** A list of two or more ids or values to type ({@code declined-tx, password-reset}; {@code 2fa、account}). */
    private static final Pattern VALUES = Pattern.compile("[a-z0-9][a-z0-9_-]*(?:(?:、|, )[a-z0-9][a-z0-9_-]*)+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z_]*");

    @TestFactory
    Stream<DynamicTest> everyErrorIsInChinese() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c, () -> {
            String[] parts = c.split("\\|");
            List<String> args = new ArrayList<>(List.of(parts[1].split(" ")));
            args.add("--lang");
            args.add("zh");
            CliRunner.Result result = Fixtures.cli(parts[0]).run(args.toArray(String[]::new));
            assertFalse(result.exitCode() == 0, c + " is an error case: " + result);
            assertTrue(result.err().startsWith("错误："), result.err());
            Set<String> english = new TreeSet<>();
            for (String line : result.err().split("\n")) {
                if (line.startsWith("错误：") || line.startsWith("提示：")) {
                    english.addAll(englishWords(line));
                }
            }
            assertTrue(english.isEmpty(), "English words " + english + " in\n" + result.err());
        }));
    }

    /** The words of {@code line} outside quotes, options, paths and addresses that are not in {@link #ALLOWED}. */
    public static Set<String> englishWords(String line) {
        String bare = VALUES.matcher(QUOTED.matcher(line).replaceAll(" ")).replaceAll(" ");
        Set<String> found = new TreeSet<>();
        Matcher word = WORD.matcher(bare);
        while (word.find()) {
            if (!ALLOWED.contains(word.group())) {
                found.add(word.group());
            }
        }
        return found;
    }
}
