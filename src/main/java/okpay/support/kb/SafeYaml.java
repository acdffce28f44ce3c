package okpay.support.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.i18n.Lang;
import okpay.support.kb.compiled.EncodedMapping;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The one way the tool reads YAML, all of which is untrusted (knowledge bases, answers files): into a
 * node tree that keeps every value's position, refusing files over a size limit, deep nesting, alias
 * bombs, duplicate keys and any tag beyond the plain YAML types (so {@code !!javax.script.ScriptEngineManager}
 * is an error, not a constructor call). Objects are never constructed from tags: the tree is composed with
 * a {@link SafeConstructor}-configured parser and read field by field.
 */
public final class SafeYaml {
    /**
     * What one kind of file may hold, and the language its problems are said in.
     *
     * @param kind     what the file is, as the {@code kb} bundle's {@code limit.KIND} key names it ("knowledge-base",
     *                 "answers-file")
     * @param maxBytes the largest file accepted
     * @param maxDepth the deepest nesting of lists and mappings
     * @param maxAliases the most aliases to collections (alias bombs)
     * @param raisable whether a user can raise {@code maxBytes} (the message says how: {@code limit.raise.KIND})
     * @param visibleText whether text must be visible: control, bidi and other format characters are problems
     * @param maxNodes   the most nodes (keys, values, list items) held at once while reading, the entries of top-level
     *                   lists aside, which are kept compact as soon as read
     * @param lang       the language of the problems
     */
    public record Limits(String kind, int maxBytes, int maxDepth, int maxAliases, boolean raisable, boolean visibleText,
            int maxNodes, Lang lang) {
        /** The same limits with another size limit. */
        public Limits withMaxBytes(int bytes) {
            return new Limits(kind, bytes, maxDepth, maxAliases, raisable, visibleText, maxNodes, lang);
        }

        /** The same limits, with problems said in {@code language}. */
        public Limits in(Lang language) {
            return new Limits(kind, maxBytes, maxDepth, maxAliases, raisable, visibleText, maxNodes, language);
        }

        /** The message {@code key} of the {@code kb} bundle in these limits' language. */
        String say(String key, Object... args) {
            return ProblemWords.say(lang, key, args);
        }

        /** What the file is, with its article ("a knowledge base"), for messages. */
        String what() {
            return say("limit." + kind);
        }

        String tooLarge() {
            return raisable ? say("too-large.raise", size(maxBytes, lang), what(), say("limit.raise." + kind))
                    : say("too-large", size(maxBytes, lang), what());
        }
    }

    /**
     * The default size limit of a knowledge base: a constant, so that a run that reads no YAML (the embedded snapshot)
     * does not initialise this class and SnakeYAML's tag tables.
     */
    public static final int KNOWLEDGE_BASE_MAX_BYTES = 64 * 1024 * 1024;

    /**
     * A knowledge base: a real help centre of a few thousand articles in two languages is 5-30 MB; the embedded one
     * is about 200 KB. Operators with more raise the limit.
     */
    public static final Limits KNOWLEDGE_BASE = new Limits("knowledge-base", KNOWLEDGE_BASE_MAX_BYTES, 24, 20,
            true, true, 250_000, Lang.EN);

    /** An answers file: a few lines of {@code id: value}; anything near these limits is a wrong file. */
    public static final Limits ANSWERS_FILE = new Limits("answers-file", 1024 * 1024, 10, 10, false, false, 100_000, Lang.EN);

    private static final Set<Tag> PLAIN_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ);

    private SafeYaml() {}

    /** The root node of {@code in}, or null with the reasons added to {@code problems}. */
    public static Node read(InputStream in, String file, Limits limits, List<Problem> problems) throws IOException {
        byte[] bytes = in.readNBytes(limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            problems.add(new Problem(file, 1, 1, limits.tooLarge()));
            return null;
        }
        return read(bytes, file, limits, problems);
    }

    /** The root node of the UTF-8 {@code bytes}, or null with the reasons added to {@code problems}. */
    public static Node read(byte[] bytes, String file, Limits limits, List<Problem> problems) {
        if (bytes.length > limits.maxBytes()) {
            problems.add(new Problem(file, 1, 1, limits.tooLarge()));
            return null;
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, chars, true);
        chars.flip();
        if (result.isError()) {
            // at the first byte that is not UTF-8, which an editor shows where the decoded text ends
            Problem at = Positions.after(file, chars, limits.say("not-utf8", in.position(),
                    Integer.toHexString(bytes[in.position()] & 0xff)));
            problems.add(at);
            return null;
        }
        return parse(chars.toString(), file, limits, problems);
    }

    /**
     * The root node of {@code text}, with every problem added to {@code problems}; null when the text is not
     * YAML at all (with a problem) or holds no document (without one).
     */
    public static Node parse(String text, String file, Limits limits, List<Problem> problems) {
        if (text.length() > limits.maxBytes()) {
            problems.add(new Problem(file, 1, 1, limits.tooLarge()));
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit(limits.maxBytes());
        options.setAllowRecursiveKeys(false);
        Node root;
        HiddenCharacters hidden = limits.visibleText() ? new HiddenCharacters(text) : null;
        Positions.LastEvent parser = new Positions.LastEvent(new ParserImpl(new NamedReader(text, file), options));
        try {
            // What Yaml.compose does, with a reader whose marks name the file (problems of a merged overlay come
            // from several files) and hold no reference to the reader's buffer (a 30 MB file would keep it all).
            Composer composer = new EntryComposer(parser, options, file, limits, hidden);
            root = composer.getSingleNode();
        } catch (EntryComposer.TooManyNodes e) {
            problems.add(at(file, e.getProblemMark(), e.getProblem()));
            return null;
        } catch (MarkedYAMLException e) {
            problems.add(at(file, e.getProblemMark(), describe(e, limits)));
            return null;
        } catch (ReaderException e) {
            problems.add(Positions.unprintable(file, text, limits));
            return null;
        } catch (YAMLException e) {
            // the composer's own limits (nesting, aliases) come without a position: the event it was at has one
            problems.add(at(file, parser.mark(), Positions.describe(e.getMessage(), limits)));
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            // SnakeYAML failing on a file it did not foresee: still a problem with a position, never a stack trace
            problems.add(at(file, parser.mark(), limits.say("yaml.malformed.crash", e.getClass().getSimpleName())));
            return null;
        }
        if (root == null) {
            return null; // an empty document: whether that is a problem is the caller's to say
        }
        // The tree is returned even with problems (a duplicate key, a refused tag): nothing is ever constructed
        // from it, and reading on reports the file's other problems in the same run.
        check(root, file, limits, problems, new HashMap<>(), 0, hidden);
        return root;
    }

    /** Checks tags, duplicate keys, nesting and (with {@code hidden}) visible text of {@code node}, recursively. */
    static void check(Node node, String file, Limits limits, List<Problem> problems, Map<Node, Boolean> seen, int depth,
            HiddenCharacters hidden) {
        if (node instanceof EncodedMapping) {
            return; // checked whole before it was encoded
        }
        if (node.getAnchor() != null && seen.put(node, Boolean.TRUE) != null) {
            return; // an alias to a node already checked (only anchored nodes can be aliased: the rest need no entry)
        }
        // The composer gives every node empty comment lists: a 30 MB file has a million of them, and nothing reads them.
        node.setBlockComments(null);
        node.setInLineComments(null);
        node.setEndComments(null);
        if (depth > limits.maxDepth()) {
            problems.add(at(file, node.getStartMark(), limits.say("too-deep", limits.maxDepth())));
            return;
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(at(file, node.getStartMark(), limits.say("tag", node.getTag().getValue(), limits.what())));
            return;
        }
        if (node instanceof MappingNode mapping) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (key instanceof ScalarNode scalar) {
                    Node first = keys.putIfAbsent(scalar.getValue(), key);
                    if (first != null) {
                        problems.add(at(file, key.getStartMark(), limits.say("duplicate-key", scalar.getValue(),
                                first.getStartMark().getLine() + 1)));
                    }
                } else {
                    problems.add(at(file, key.getStartMark(), limits.say("key-not-string")));
                }
                check(key, file, limits, problems, seen, depth + 1, hidden);
                check(tuple.getValueNode(), file, limits, problems, seen, depth + 1, hidden);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                check(item, file, limits, problems, seen, depth + 1, hidden);
            }
        } else if (hidden != null && node instanceof ScalarNode scalar && HiddenCharacters.any(scalar.getValue())) {
            problems.add(hidden.problem(file, scalar, limits));
        }
    }

    /** A problem at {@code mark}, in the file the mark names (a merged tree's nodes come from several), else {@code file}. */
    static Problem at(String file, Mark mark, String message) {
        return mark == null ? new Problem(file, 1, 1, message)
                : new Problem(mark.getName() != null ? mark.getName() : file, mark.getLine() + 1, mark.getColumn() + 1, message);
    }

    /** Reads YAML text with marks that name the file and keep no buffer. */
    private static final class NamedReader extends StreamReader {
        private static final int[] NO_BUFFER = new int[0];
        private final String file;

        NamedReader(String text, String file) {
            super(new StringReader(text));
            this.file = file;
        }

        @Override
        public Mark getMark() {
            return new Mark(file, getIndex(), getLine(), getColumn(), NO_BUFFER, 0);
        }
    }

    private static String describe(MarkedYAMLException e, Limits limits) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.startsWith("Global tag is not allowed: ")) {
            return limits.say("tag", problem.substring("Global tag is not allowed: ".length()).strip(), limits.what());
        }
        if (problem.startsWith("found duplicate key")) {
            return limits.say("duplicate-key.yaml", problem.replace("found duplicate key", "").trim());
        }
        return YamlTexts.describe(e.getContext(), e.getProblem(), limits.lang());
    }

    /** A byte count as people read it: "4 MiB", "64 KiB". */
    static String size(long bytes, Lang lang) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes % 1024 == 0 ? bytes / 1024 + " KiB"
                : ProblemWords.say(lang, "bytes", bytes);
    }


}
