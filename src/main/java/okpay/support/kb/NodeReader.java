package okpay.support.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okpay.support.i18n.Lang;
import okpay.support.render.Sanitizer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML nodes into plain Java values, recording a {@link Problem} with the node's position for
 * everything wrong and carrying on, so one run reports every problem. Methods return null (or an
 * empty list) for a value they could not read; callers just keep going.
 */
public final class NodeReader {

    private final String file;
    private final List<Problem> problems;
    private final Lang lang;
    /** Whether the text was checked for hidden characters when the build compiled it (the embedded snapshot). */
    private final boolean textChecked;

    public NodeReader(String file, List<Problem> problems) {
        this(file, problems, Lang.EN);
    }

    /** A reader that says its problems in {@code lang} (the words are read only when there is a problem). */
    public NodeReader(String file, List<Problem> problems, Lang lang) {
        this(file, problems, lang, false);
    }

    private NodeReader(String file, List<Problem> problems, Lang lang, boolean textChecked) {
        this.file = file;
        this.problems = problems;
        this.lang = lang;
        this.textChecked = textChecked;
    }

    /**
     * A reader of the knowledge base the build compiled into the jar, whose text the build checked: its strings are taken
     * as stored, not looked through for hidden characters once more (in a cold JVM that look took half the time of
     * reading a section: every character of every string). Never for a file a user gives, compiled or not: its text is
     * made visible here ({@link #string}).
     */
    static NodeReader ofBuiltText(String file) {
        return new NodeReader(file, new java.util.ArrayList<>(), Lang.EN, true);
    }

    public String file() {
        return file;
    }

    /** The language problems are said in. */
    public Lang lang() {
        return lang;
    }

    /** How many problems have been recorded so far. */
    public long problemCount() {
        return problems instanceof ProblemList bounded ? bounded.total() : problems.size();
    }

    /**
     * Records the problem {@code key} of the {@code kb} bundle at {@code node}, said in this reader's language
     * ({@link ProblemWords}; a {@link Subject} argument too).
     */
    public void problem(Node node, String key, Object... args) {
        problems.add(SafeYaml.at(file, node == null ? null : node.getStartMark(), ProblemWords.say(lang, key, args)));
    }

    /** " (did you mean 'x'?)" in this reader's language when a candidate is a plausible typo of {@code input}, else "". */
    public String didYouMean(String input, java.util.Collection<String> candidates) {
        return ProblemWords.didYouMean(lang, input, candidates);
    }

    /** Whether a problem at {@code node} would be shown (the problems shown are bounded, see {@link ProblemList}). */
    private boolean keeps(Node node) {
        return !(problems instanceof ProblemList bounded) || bounded.keeps(SafeYaml.at(file, node.getStartMark(), ""));
    }

    /**
     * The entries of a mapping, checking that every {@code required} key is there and no key is
     * outside {@code required} and {@code optional}. Unknown keys get a "did you mean".
     */
    public Map<String, Node> mapping(Node node, String what, Set<String> required, Set<String> optional) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, "must-be-mapping", new Subject(what), String.join(", ", sortedKeys(required)));
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode scalarKey)) {
                continue; // reported where the file is parsed: mapping keys must be plain strings
            }
            String key = scalarKey.getValue();
            if (required.contains(key) || optional.contains(key)) {
                entries.put(key, tuple.getValueNode());
            } else if (!keeps(tuple.getKeyNode())) {
                problem(tuple.getKeyNode(), "unknown-key"); // counted, not shown: a file of junk has half a million
            } else {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                String hint = didYouMean(key, known);
                if (hint.isEmpty()) {
                    problem(tuple.getKeyNode(), "unknown-key.allowed", key, new Subject(what), String.join(", ", sortedKeys(known)));
                } else {
                    problem(tuple.getKeyNode(), "unknown-key.in", key, new Subject(what), hint);
                }
            }
        }
        if (!entries.keySet().containsAll(required)) {
            // sorted only when one is missing: every entry and text a command reads passes here
            for (String key : sortedKeys(required)) {
                if (!entries.containsKey(key)) {
                    problem(node, "missing-field", new Subject(what), key);
                }
            }
        }
        return entries;
    }

    /** The items of a sequence; empty (with a problem) when the node is not one or is empty and must not be. */
    public List<Node> sequence(Node node, String what, boolean mayBeEmpty) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "must-be-list", new Subject(what));
            return List.of();
        }
        if (!mayBeEmpty && sequence.getValue().isEmpty()) {
            problem(node, "must-not-be-empty", new Subject(what));
        }
        return sequence.getValue();
    }

    /** The keys of a translated text. */
    private static final Set<String> TRANSLATIONS = Set.of("zh", "en");

    /** The value of {@code node} when it is a non-empty string, made visible as {@link #string} makes it; else null. */
    private String plainString(Node node) {
        if (!(node instanceof ScalarNode scalar) || node.getTag().equals(Tag.NULL)) {
            return null;
        }
        String value = scalar.getValue().strip();
        return value.isEmpty() ? null : visible(value);
    }

    /** {@code value} with any hidden character made visible; as it is when the build checked the text. */
    private String visible(String value) {
        return textChecked || !HiddenCharacters.any(value) ? value : Sanitizer.text(value, false);
    }

    /** A non-empty string (numbers and booleans are taken as written). */
    public String string(Node node, String what) {
        if (!(node instanceof ScalarNode scalar) || node.getTag().equals(Tag.NULL)) {
            problem(node, "must-be-string", new Subject(what));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problem(node, "must-be-string", new Subject(what));
            return null;
        }
        // A YAML file with such a character is invalid (SafeYaml says where); a compiled file is not checked again when
        // read, so its text is made visible here: the colour sequences of a layout are then the only ones it prints.
        return visible(value);
    }

    /** An optional string: null when the node is absent. */
    public String optionalString(Node node, String what) {
        return node == null ? null : string(node, what);
    }

    /**
     * How problems name an entry: {@code faq 'x'}, or just {@code faq} when the entry has no valid id (its own problem
     * says so, and every problem's position says which entry), never {@code faq 'null'}.
     */
    public static String named(String kind, String id) {
        return id == null ? kind : kind + " '" + id + "'";
    }

    /** An id: lowercase letters and digits joined by single dashes or underscores. */
    public String id(Node node, String what) {
        String value = string(node, what);
        if (value != null && !isId(value)) {
            problem(node, "bad-id", new Subject(what), value);
            return null;
        }
        return value;
    }

    /** A list of ids. */
    public List<String> ids(Node node, String what, boolean mayBeEmpty) {
        List<String> out = new ArrayList<>();
        for (Node item : sequence(node, what, mayBeEmpty)) {
            String id = id(item, what + " item");
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    /** A list of non-empty strings. */
    public List<String> strings(Node node, String what, boolean mayBeEmpty) {
        List<String> out = new ArrayList<>();
        String itemWhat = what + " item";
        for (Node item : sequence(node, what, mayBeEmpty)) {
            String value = string(item, itemWhat);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** A translated string: a mapping with non-empty {@code zh} and {@code en}. */
    public Text text(Node node, String what) {
        if (!(node instanceof MappingNode)) {
            problem(node, "must-be-text", new Subject(what));
            return null;
        }
        Map<String, Node> fields = mapping(node, what, Set.of(), TRANSLATIONS);
        String zh = translation(fields, node, what, "zh");
        String en = translation(fields, node, what, "en");
        return zh == null || en == null ? null : new Text(zh, en);
    }

    /** The translated string under {@code key} of {@code fields}; null (no problem) when the key is absent. */
    public Text text(Map<String, Node> fields, String key, String what) {
        return fields.containsKey(key) ? text(fields.get(key), what) : null;
    }

    /** The translated strings under {@code key} of {@code fields}; empty (no problem) when the key is absent. */
    public List<Text> texts(Map<String, Node> fields, String key, String what) {
        return fields.containsKey(key) ? texts(fields.get(key), what, false) : List.of();
    }

    /** The id under {@code key} of {@code fields}; null (no problem) when the key is absent. */
    public String id(Map<String, Node> fields, String key, String what) {
        return fields.containsKey(key) ? id(fields.get(key), what) : null;
    }

    /** {@code true} or {@code false}, or null with a problem. */
    public Boolean bool(Node node, String what) {
        String value = string(node, what);
        if ("true".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
            return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
        }
        if (value != null) {
            problem(node, "must-be-bool", new Subject(what), value);
        }
        return null;
    }

    /** An optional translated string. */
    public Text optionalText(Node node, String what) {
        return node == null ? null : text(node, what);
    }

    /** A list of translated strings. */
    public List<Text> texts(Node node, String what, boolean mayBeEmpty) {
        List<Text> out = new ArrayList<>();
        String itemWhat = what + " item";
        for (Node item : sequence(node, what, mayBeEmpty)) {
            Text text = text(item, itemWhat);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /** Word lists in both languages: {@code {zh: [...], en: [...]}}. */
    public Terms terms(Node node, String what) {
        Map<String, Node> fields = mapping(node, what, Set.of("zh", "en"), Set.of());
        if (fields == null) {
            return new Terms(List.of(), List.of());
        }
        List<String> zh = fields.containsKey("zh") ? strings(fields.get("zh"), what + ".zh", false) : List.of();
        List<String> en = fields.containsKey("en") ? strings(fields.get("en"), what + ".en", false) : List.of();
        return new Terms(zh, en);
    }

    /** One of an enum's constants, written in lowercase with dashes or underscores. */
    public <E extends Enum<E>> E enumValue(Node node, String what, Class<E> type) {
        return enumValue(node, what, List.of(type.getEnumConstants()));
    }

    /** One of {@code allowed}, written in lowercase with dashes or underscores. */
    public <E extends Enum<E>> E enumValue(Node node, String what, List<E> allowed) {
        String value = string(node, what);
        if (value == null) {
            return null;
        }
        String wanted = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : allowed) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : allowed) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        problem(node, "not-one-of", new Subject(what), value, String.join(", ", names));
        return null;
    }

    /** A number, or null with a problem. */
    public Double number(Node node, String what) {
        String value = string(node, what);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            problem(node, "must-be-number", new Subject(what), value);
            return null;
        }
    }

    /** A whole number, or null with a problem. */
    public Integer integer(Node node, String what) {
        String value = string(node, what);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            problem(node, "must-be-integer", new Subject(what), value);
            return null;
        }
    }

    private String translation(Map<String, Node> fields, Node node, String what, String lang) {
        if (fields == null) {
            return null;
        }
        Node value = fields.get(lang);
        if (value == null) {
            problem(node, lang.equals("zh") ? "missing-zh" : "missing-en", new Subject(what));
            return null;
        }
        String plain = plainString(value);
        return plain != null ? plain : string(value, what + "." + lang); // the name of the field only for a problem
    }

    private static List<String> sortedKeys(java.util.Collection<String> keys) {
        // not a stream: every entry a command reads passes here, and a cold JVM pays for the stream machinery
        List<String> sorted = new java.util.ArrayList<>(keys);
        java.util.Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /**
     * True for an id: lower-case letters and digits in words joined by single hyphens or underscores. Checked by
     * hand, not with a regular expression: this class is loaded on every run, and a cold JVM's first regular
     * expression costs milliseconds.
     */
    static boolean isId(String value) {
        boolean word = false; // the last character was a letter or digit
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word = true;
            } else if ((c == '-' || c == '_') && word) {
                word = false;
            } else {
                return false;
            }
        }
        return word;
    }
}
