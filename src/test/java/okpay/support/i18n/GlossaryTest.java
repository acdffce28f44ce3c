package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import okpay.support.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * GLOSSARY.md is followed: no Chinese text (the zh bundles, the zh help of every command, faq.yaml's zh text) uses a
 * term of its "avoid (zh)" column, and no English text one of "avoid (en)". Customers' own words in the knowledge base
 * (examples, keywords, synonyms, the words of answer choices) are exempt, as the glossary says.
 */
class GlossaryTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Set<String> CUSTOMER_WORDS = Set.of("examples", "keywords", "synonyms", "words");
    private static final List<String> COMMANDS = List.of("", "ask", "contact", "contact verify", "contact draft", "faq", "faq list",
            "faq show", "faq search", "diagnose", "diagnose describe", "security-check", "kb", "kb validate", "kb stats", "kb export",
            "kb compile", "kb schema", "config", "config set", "config get", "config list", "config unset", "shell", "completion");

    /** One row: the English term, the Chinese, the terms to avoid in each language. */
    record Term(String en, String zh, List<String> avoidZh, List<String> avoidEn) {}

    static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("GLOSSARY.md"))) {
            if (!line.startsWith("| ") || line.startsWith("| English") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split(" \\| ");
            terms.add(new Term(cells[0].substring(2).strip(), cells[1].strip(), split(cells[2], "、"), split(cells[3], ", ")));
        }
        return terms;
    }

    private static List<String> split(String cell, String separator) {
        String value = cell.strip();
        return value.equals("—") ? List.of() : List.of(value.split(separator));
    }

    @Test
    void theGlossaryCoversTheTermsTheIssueNames() throws IOException {
        List<String> english = glossary().stream().map(Term::en).toList();
        for (String term : List.of("decline code", "declined payment", "chargeback", "refund", "transfer", "top-up", "withdrawal",
                "hotline", "ticket", "one-time code", "seed phrase", "private key", "phishing", "lookalike", "official channel", "escalate")) {
            assertTrue(english.contains(term), term + " in " + english);
        }
        Term decline = glossary().stream().filter(t -> t.en().equals("decline code")).findFirst().orElseThrow();
        assertTrue(decline.zh().equals("拒绝代码") && decline.avoidZh().contains("拒付代码"), decline.toString());
    }

    @Test
    void chineseTextsUseNoAvoidedTerm() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        bundles(true).forEach(texts::put);
        knowledgeBase("zh").forEach(texts::put);
        for (String command : COMMANDS) {
            texts.put("help zh: " + command, help(command, "zh"));
        }
        List<String> found = new ArrayList<>();
        for (Term term : glossary()) {
            for (String avoid : term.avoidZh()) {
                texts.forEach((where, text) -> {
                    if (text.contains(avoid)) {
                        found.add(where + ": " + avoid + " (use " + term.zh() + ")");
                    }
                });
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    @Test
    void englishTextsUseNoAvoidedTerm() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        bundles(false).forEach(texts::put);
        knowledgeBase("en").forEach(texts::put);
        for (String command : COMMANDS) {
            texts.put("help en: " + command, help(command, "en"));
        }
        List<String> found = new ArrayList<>();
        for (Term term : glossary()) {
            for (String avoid : term.avoidEn()) {
                Pattern word = Pattern.compile("\\b" + Pattern.quote(avoid) + "\\b", Pattern.CASE_INSENSITIVE);
                texts.forEach((where, text) -> {
                    if (word.matcher(text).find()) {
                        found.add(where + ": " + avoid + " (use " + term.en() + ")");
                    }
                });
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /**
     * faq.yaml's Chinese says in the glossary's words what its English says: a text whose English uses a term (addresses
     * and command lines aside, such as phishing@... or diagnose wrong-transfer) holds one of the term's Chinese forms.
     */
    @Test
    void knowledgeBaseTextsUseTheGlossarysChineseTerms() throws IOException {
        Map<String, String> english = knowledgeBase("en");
        Map<String, String> chinese = knowledgeBase("zh");
        List<String> found = new ArrayList<>();
        for (Term term : glossary()) {
            List<String> forms = List.of(term.zh().split("[、（）]")).stream().filter(f -> !f.isEmpty()).toList();
            Pattern word = Pattern.compile("\\b" + Pattern.quote(term.en()) + "s?\\b", Pattern.CASE_INSENSITIVE);
            english.forEach((path, text) -> {
                String zh = chinese.get(path.substring(0, path.length() - "en".length()) + "zh");
                String prose = text.replaceAll("okpay-support [^.;,)]*|\\S+@\\S+", "");
                if (zh != null && word.matcher(prose).find() && forms.stream().noneMatch(zh::contains)) {
                    found.add(path + ": \"" + term.en() + "\" without " + forms + ": " + zh);
                }
            });
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
        assertTrue(english.size() > 1000 && english.size() == chinese.size(), english.size() + " English texts, " + chinese.size() + " Chinese");
    }

    private static String help(String command, String lang) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.addAll(List.of("--help", "--lang", lang));
        CliRunner.Result result = CliRunner.runEn(args.toArray(String[]::new));
        assertTrue(result.exitCode() == 0, command + ": " + result);
        return result.out();
    }

    /** Every message of the Chinese ({@code zh}) or English bundles (help texts included), by file and key. */
    private static Map<String, String> bundles(boolean zh) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(RESOURCES)) {
            files = walk.filter(f -> f.toString().endsWith(".properties") && f.getFileName().toString().endsWith("_zh.properties") == zh)
                    .sorted().toList();
        }
        for (Path file : files) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                out.put(RESOURCES.relativize(file) + " " + key, properties.getProperty(key));
            }
        }
        return out;
    }

    /** The text of faq.yaml in {@code lang}, by path, without customers' own words. */
    static Map<String, String> knowledgeBase(String lang) throws IOException {
        Object tree;
        try (Reader reader = Files.newBufferedReader(Path.of("faq.yaml"), StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            tree = new Yaml(options).load(reader);
        }
        Map<String, String> out = new LinkedHashMap<>();
        walk(tree, "faq.yaml", false, lang, out);
        return out;
    }

    private static void walk(Object node, String path, boolean inLang, String lang, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (!CUSTOMER_WORDS.contains(key)) {
                    walk(entry.getValue(), path + "." + key, inLang || key.equals(lang), lang, out);
                }
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", inLang, lang, out);
            }
        } else if (node instanceof String text && inLang) {
            out.put(path, text);
        }
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
