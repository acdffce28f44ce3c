package okpay.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Latin-letter words of a text that a reader of its language should not meet: in Chinese text every word
 * outside a short allow-list, in English text the tool's internal ids used inside a sentence. What the user types is
 * left alone wherever it is shown as something to type (a command line, an option and its value, {@code id=value}, a
 * quoted literal, a list of values, a table cell), and so are addresses; what remains is judged word by word.
 */
public final class LatinWords {
    /** Product, brand and standard names, which Chinese text writes as they are (the sample channels' platforms too). */
    static final Set<String> BRANDS = Set.of("OKPay", "Visa", "Mastercard", "UnionPay", "Facebook", "Weibo", "X", "Twitter",
            "Android", "iOS", "Pixel", "JSON", "YAML", "Schema", "SEPA", "ACH", "SWIFT", "IBAN");
    /**
     * Abbreviations Chinese text writes in Latin letters, as readers meet them on cards, phones and bank forms, with no
     * Chinese word people use instead: ID, PIN, CVV, ATM, App, SIM (卡), Wi-Fi, VPN, Cookie, KYC, UTC, ISO (codes), URL, CVC
     * (CVV's other name), Tab, Ctrl-C and Ctrl-D (keys). A grade letter (A-F) is listed by the knowledge base.
     */
    static final Set<String> UNITS = Set.of("ID", "PIN", "CVV", "ATM", "App", "SIM", "Wi-Fi", "VPN", "Cookie", "KYC", "UTC", "ISO",
            "URL", "CVC", "Tab", "Ctrl-C", "Ctrl-D");
    /**
     * What the user types, wherever it is named: command names and words of the shell, formats, languages, audiences,
     * settings, environment variables, option placeholders, and the currency codes of the knowledge base.
     */
    static final Set<String> TYPED = Set.of("okpay-support", "ask", "contact", "verify", "draft", "faq", "list", "show", "search",
            "diagnose", "describe", "security-check", "kb", "validate", "stats", "export", "compile", "schema", "config", "set",
            "get", "unset", "shell", "completion", "help", "exit", "quit", "go", "clear", "bash", "zsh", "text", "json", "yaml", "zh",
            "en", "customer", "agent", "region", "lang", "audience", "format", "pager", "on", "off", "less", "PAGER", "NO_COLOR", "LANG",
            "LC_ALL", "LC_MESSAGES", "OKPAY_SUPPORT_LANG", "OKPAY_SUPPORT_KB", "OKPAY_SUPPORT_KB_MAX_SIZE", "XDG_CONFIG_HOME", "HOME",
            "PATH", "COLUMNS", "LINES", "TOPIC", "CODE", "FILE", "VALUE", "TEXT", "KEY", "QUERY", "TAG", "FLOW", "STEP", "AMOUNT",
            "CUR", "TIME", "ADDRESS", "SIZE", "OUT", "COMMAND", "N", "M", "K", "CNY", "USD", "EUR", "HKD", "GBP");
    private static final String NOT_HAN = "[^\\p{IsHan}（）“”，。：；！？、]";
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?|ftp|mailto|tel):\\S+?(?=[，。；：）」\\s]|$)"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|@[\\w-]+(?:\\.[\\w-]+)*|(?<![\\w.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?![\\w-])"
            + "|(?:~|\\.{1,2})?/[\\w.~/-]+");
    /**
     * A command line to type: the tool's name, a command or an option, and what follows up to Chinese text or the end of
     * the line; with the shell words that may lead to it ({@code pass show okpay | okpay-support ...}, {@code source <(}).
     */
    private static final Pattern COMMAND = Pattern.compile("(?:[\\w.~/-]+(?: [\\w.~/-]+)* \\| |source <\\()?okpay-support(?:>|$"
            + "| (?:ask|contact|faq|diagnose|security-check|kb|config|shell|completion|-|\\.\\.\\.)" + NOT_HAN + "*)");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[a-zA-Z][\\w-]*(?:=\\S*?(?=[，。；）\\s]|$))?");
    /**
     * {@code id=value}, a YAML {@code (key: value)} or path ({@code tags[app].name}), and a flow's condition as its writer
     * typed it in the knowledge base ({@code ({kind} = withdrawal and {days} > 3) → overdue}) or one {@code {id}} of it.
     */
    private static final Pattern PAIR = Pattern.compile("(?<![\\w-])[\\w-]+=[^\\s，。、；）,]*|(?<=[（(])[a-z_]+: [a-z_]+(?=[）)])"
            + "|\\(?\\{[^→\\p{IsHan}]*(?= →)|\\{[^{}\\p{IsHan}]*}|(?<![\\w-])[a-z_]+(?:\\[[^\\]\\s]+]|\\.[a-z_]+)+");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"|'[^'\\n]*'|“[^“”\\p{IsHan}]*”|`[^`\\n]*`");
    private static final Pattern TOKEN = Pattern.compile("(?<![\\w-])[A-Za-z0-9][\\w-]*");
    /** A word: Latin letters, with digits, hyphens and underscores inside; a token that starts with a digit is a number or code. */
    private static final Pattern WORD = Pattern.compile("(?<![\\w-])[A-Za-z][\\w'’-]*");
    /**
     * What may stand before a value: the start, a label's colon, a list's separator, a bracket, an arrow, a bullet, the
     * command that takes it (the shell's commands are typed without the tool's name: {@code faq show forgot-password}),
     * or the words that say it is to be typed ({@code 输入 yes}, {@code one of pay-or-send, top-up}).
     */
    private static final Pattern VALUE_BEFORE = Pattern.compile("(?:^|^\\s*(?:\\d+[.)]|[-*•]) |  |[：:、,|/（(→=] ?"
            + "|(?<![\\w-])(?:diagnose|describe|show|--[a-z][\\w-]*|one of) |输入 )$");
    /** What may stand after a value (the end, two spaces, a list's separator, a bracket, a dash, an arrow, its gloss). */
    private static final Pattern VALUE_AFTER = Pattern.compile("^(?:$|  |,|、|;|；|。| ?[|/）)（(—→=]| [\\p{IsHan}]+(?:[、）,]|$))");

    private final Set<String> ids;
    private final Set<String> anywhere;
    private final Map<String, Integer> allowed = new TreeMap<>();

    /**
     * @param ids      the knowledge base's ids and values to type (FAQ ids, flows, questions, choices, topics, tags...):
     *                 allowed where shown as something to type
     * @param anywhere words allowed wherever they stand besides the fixed lists: decline codes and region codes
     */
    public LatinWords(Set<String> ids, Set<String> anywhere) {
        this.ids = ids;
        this.anywhere = anywhere;
    }

    /** One word that should not be there, with its line. */
    public record Finding(String word, String line) {}

    /**
     * The words of Chinese {@code text} that are neither typed values nor on the allow-list; counts the allowed ones.
     * {@code typed}: the words the user gave this run (its free-text values: a message, a search, an answer), shown back.
     */
    public List<Finding> inChinese(String text, Set<String> typed) {
        List<Finding> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher word = WORD.matcher(typedMasked(line));
            while (word.find()) {
                String w = trim(word.group());
                if (BRANDS.contains(w) || UNITS.contains(w) || TYPED.contains(w) || anywhere.contains(w)) {
                    allowed.merge(w, 1, Integer::sum);
                } else if (typed.contains(w)) {
                    allowed.merge("(the user's own words)", 1, Integer::sum);
                } else {
                    found.add(new Finding(w, line.strip()));
                }
            }
        }
        return found;
    }

    /**
     * The knowledge base's ids, and {@code internal} names that are never typed (a ticket fact's {@code tx-id}), inside the
     * sentences of English {@code text}; {@code englishWords} are ids that are also English words ({@code top-up}).
     */
    public List<Finding> idsInEnglish(String text, Set<String> englishWords, Set<String> internal) {
        List<Finding> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher word = WORD.matcher(typedMasked(line));
            while (word.find()) {
                String w = trim(word.group());
                boolean id = ids.contains(w) || internal.contains(w);
                if (id && (w.contains("-") || w.contains("_")) && !englishWords.contains(w.toLowerCase())) {
                    found.add(new Finding(w, line.strip()));
                }
            }
        }
        return found;
    }

    /** How often each allowed word was met in Chinese text. */
    public Map<String, Integer> allowedCounts() {
        return allowed;
    }

    private static String trim(String word) {
        return word.replaceAll("[-_'’]+$", "");
    }

    /** The Latin words of a run's arguments that are the user's own text, not option names or the knowledge base's ids. */
    public Set<String> userWords(List<String> args) {
        Set<String> out = new java.util.HashSet<>();
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            String value = arg.contains("=") && !arg.contains(" ") ? arg.substring(arg.indexOf('=') + 1) : arg;
            Matcher word = WORD.matcher(value);
            while (word.find()) {
                String w = trim(word.group());
                if (!ids.contains(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** {@code line} with what is shown as something to type, and addresses, blanked out. */
    private String typedMasked(String line) {
        String masked = blank(ADDRESS, line);
        masked = blank(COMMAND, masked);
        masked = blank(QUOTED, masked);
        masked = blank(OPTION, masked);
        masked = blank(PAIR, masked);
        return blankTyped(masked);
    }

    private static String blank(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.group().length()));
        }
        return m.appendTail(out).toString();
    }

    /**
     * Blanks the ids of the knowledge base where they stand as values, not as words of a sentence: alone in a table cell
     * or on a line, after a label's colon or an arrow, as an item of a list, or followed by their gloss
     * ({@code funds（资金）}, {@code funds 资金、security 账户安全}). An id with Chinese words on both sides is in a sentence.
     */
    private String blankTyped(String line) {
        char[] chars = line.toCharArray();
        Matcher token = TOKEN.matcher(line);
        while (token.find()) {
            String t = token.group();
            if ((ids.contains(t) || anywhere.contains(t)) && VALUE_BEFORE.matcher(line.substring(0, token.start())).find()
                    && VALUE_AFTER.matcher(line.substring(token.end())).find()) {
                for (int c = token.start(); c < token.end(); c++) {
                    chars[c] = ' ';
                }
            }
        }
        return new String(chars);
    }
}
