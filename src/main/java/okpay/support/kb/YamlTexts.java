package okpay.support.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.i18n.Lang;

/**
 * SnakeYAML's own problem texts (its scanner's, parser's and composer's: "mapping values are not allowed here",
 * "while parsing a block mapping"...) said in the user's language. In English they stay as SnakeYAML wrote them; in
 * Chinese each known text is a {@code yaml.*} key of the {@code kb} bundle, with what it found kept as written, and an
 * unknown one is the English text after a Chinese lead-in, never nothing. Loaded only when a file does not parse.
 */
final class YamlTexts {
    private YamlTexts() {}

    /** Each text SnakeYAML 2.7 can produce while composing, as a pattern over its first line, and its bundle key. */
    static final String[][] TEXTS = {
        // contexts: what SnakeYAML was reading
        {"while scanning for the next token", "yaml.scanning-next-token"},
        {"while scanning a simple key", "yaml.scanning-simple-key"},
        {"while scanning a directive", "yaml.scanning-directive"},
        {"while scanning a YAML directive", "yaml.scanning-yaml-directive"},
        {"while scanning an alias", "yaml.scanning-alias"},
        {"while scanning an anchor", "yaml.scanning-anchor"},
        {"while scanning a tag", "yaml.scanning-tag"},
        {"while scanning a block scalar", "yaml.scanning-block-scalar"},
        {"while scanning a double-quoted scalar", "yaml.scanning-double-quoted"},
        {"while scanning a quoted scalar", "yaml.scanning-quoted"},
        {"while parsing a node", "yaml.parsing-node"},
        {"while parsing a block node", "yaml.parsing-block-node"},
        {"while parsing a flow node", "yaml.parsing-flow-node"},
        {"while parsing a block mapping", "yaml.parsing-block-mapping"},
        {"while parsing a block collection", "yaml.parsing-block-collection"},
        {"while parsing a flow mapping", "yaml.parsing-flow-mapping"},
        {"while parsing a flow sequence", "yaml.parsing-flow-sequence"},
        {"while constructing a mapping", "yaml.constructing-mapping"},
        {"expected a single document in the stream", "yaml.single-document"},
        // problems: the scanner's
        {"found character '(.*)' that cannot start any token\\. \\(Do not use (.*) for indentation\\)", "yaml.cannot-start-token"},
        {"could not find expected ':'", "yaml.no-colon"},
        {"A simple key is required only if it is the first token in the current line", "yaml.simple-key-first"},
        {"sequence entries are not allowed here", "yaml.no-sequence-entry"},
        {"mapping keys are not allowed here", "yaml.no-mapping-key"},
        {"mapping values are not allowed here", "yaml.no-mapping-value"},
        {"expected alphabetic or numeric character, but found (.*)", "yaml.expected-alphanumeric"},
        {"expected a digit or '\\.', but found (.*)", "yaml.expected-digit-or-dot"},
        {"expected a digit or ' ', but found (.*)", "yaml.expected-digit-or-space"},
        {"expected a digit, but found (.*)", "yaml.expected-digit"},
        {"found a number which cannot represent a valid version: (.*)", "yaml.bad-version-number"},
        {"expected ' ', but found (.*)", "yaml.expected-space"},
        {"expected a comment or a line break, but found (.*)", "yaml.expected-line-end"},
        {"unexpected character found (.*)", "yaml.unexpected-character"},
        {"expected '>', but found (.*)", "yaml.expected-angle"},
        {"expected indentation indicator in the range 1-9, but found 0", "yaml.indentation-zero"},
        {"expected chomping or indentation indicators, but found (.*)", "yaml.expected-indicator"},
        {"expected escape sequence of (\\d+) hexadecimal numbers, but found: (.*)", "yaml.expected-hex-escape"},
        {"found unknown escape character (.*)", "yaml.unknown-escape"},
        {"found unexpected end of stream", "yaml.unexpected-end"},
        {"found unexpected document separator", "yaml.unexpected-separator"},
        {"expected '!', but found (.*)", "yaml.expected-bang"},
        {"expected URI, but found (.*)", "yaml.expected-uri"},
        {"expected URI escape sequence of 2 hexadecimal numbers, but found (.*)", "yaml.expected-uri-escape"},
        {"expected URI in UTF-8: (.*)", "yaml.expected-uri-utf8"},
        {"The incoming YAML document exceeds the limit: (\\d+) code points\\.", "yaml.code-point-limit"},
        // the parser's
        {"found duplicate YAML directive", "yaml.duplicate-yaml-directive"},
        {"found incompatible YAML document \\(version 1\\.\\* is required\\)", "yaml.incompatible-version"},
        {"duplicate tag handle (.*)", "yaml.duplicate-tag-handle"},
        {"found undefined tag handle (.*)", "yaml.undefined-tag-handle"},
        {"expected the node content, but found '(.*)'", "yaml.expected-node"},
        {"expected '<document start>', but found '(.*)'", "yaml.expected-document-start"},
        {"expected <block end>, but found '(.*)'", "yaml.expected-block-end"},
        {"expected ',' or '\\}', but got (.*)", "yaml.expected-mapping-separator"},
        {"expected ',' or '\\]', but got (.*)", "yaml.expected-sequence-separator"},
        // the composer's (its limits and global tags have messages of their own: see SafeYaml and Positions)
        {"but found another document", "yaml.another-document"},
        {"found undefined alias (.*)", "yaml.undefined-alias"},
        {"Expected mapping node or an anchor referencing mapping", "yaml.merge-not-mapping"},
        // the constructors' duplicate keys (SafeYaml reports "found duplicate key" in its own words)
        {"duplicate keys found : (.*)", "yaml.duplicate-keys"},
    };

    /** The token names SnakeYAML puts in "but found '<block end>'", each a {@code yaml.token.*} key. */
    private static final Pattern TOKEN = Pattern.compile("<([a-z ]+)>");
    /** A character SnakeYAML found, quoted, with its code: {@code ' ' (32)}. */
    private static final Pattern QUOTED = Pattern.compile("'(.*)' \\((\\d+)\\)");

    /**
     * The problem a {@link org.yaml.snakeyaml.error.MarkedYAMLException} describes ({@code context} may be null), as
     * "malformed YAML: context: problem" in {@code lang}.
     */
    static String describe(String context, String problem, Lang lang) {
        String english = firstLine(context == null ? problem : problem == null ? context : context + ": " + problem);
        if (lang != Lang.ZH) {
            return ProblemWords.say(lang, "yaml.malformed", english);
        }
        String saidContext = context == null ? "" : said(firstLine(context));
        String saidProblem = problem == null ? "" : said(firstLine(problem));
        if (saidContext == null || saidProblem == null) {
            return ProblemWords.say(lang, "yaml.malformed.untranslated", english);
        }
        String both = saidContext.isEmpty() ? saidProblem : saidProblem.isEmpty() ? saidContext
                : ProblemWords.say(lang, "yaml.context", saidContext, saidProblem);
        return ProblemWords.say(lang, "yaml.malformed", both);
    }

    /** {@code text} in Chinese, or null when it is not one SnakeYAML is known to write. */
    private static String said(String text) {
        for (String[] known : TEXTS) {
            Matcher m = Pattern.compile(known[0]).matcher(text);
            if (m.matches()) {
                List<String> args = new ArrayList<>();
                for (int i = 1; i <= m.groupCount(); i++) {
                    args.add(tokens(m.group(i)));
                }
                return ProblemWords.say(Lang.ZH, known[1], args.toArray());
            }
        }
        return null;
    }

    /** {@code found} with SnakeYAML's token names ({@code <block end>}) in Chinese. */
    private static String tokens(String found) {
        // the Chinese texts quote what was found: SnakeYAML's own quotes ("' ' (32)") would double them
        Matcher quoted = QUOTED.matcher(found);
        if (quoted.matches()) {
            found = quoted.group(1) + "(" + quoted.group(2) + ")";
        }
        Matcher m = TOKEN.matcher(found);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = "yaml.token." + m.group(1).replace(' ', '-');
            m.appendReplacement(out, Matcher.quoteReplacement(ProblemWords.has(key) ? ProblemWords.say(Lang.ZH, key) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
