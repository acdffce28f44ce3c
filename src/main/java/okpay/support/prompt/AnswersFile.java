package okpay.support.prompt;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an answers file: a flat YAML map of question id to one scalar, for example
 * {@code balance-ok: yes}. Booleans spelled {@code true}/{@code false} become {@code yes}/{@code no}; every
 * other scalar keeps the exact text written (so {@code 12.50} stays {@code 12.50}, not {@code 12.5}).
 *
 * <p>The file is composed into a node tree rather than constructed into Java objects: nodes keep their
 * positions, so every problem (not only the first) is reported as {@code FILE:LINE:COLUMN: message}.
 * Duplicate keys are found on that tree too, since composing does not check them.
 */
final class AnswersFile {
    /** Answers files are a few lines; anything near this size is a wrong file. */
    static final int MAX_CODE_POINTS = 1024 * 1024;

    private final Path file;
    private final Messages messages;
    private final List<String> problems = new ArrayList<>();

    private AnswersFile(Path file, Lang lang) {
        this.file = file;
        this.messages = Messages.of("ask", lang);
    }

    static Answers read(Path file, Lang lang) {
        return new AnswersFile(file, lang).read();
    }

    private Answers read() {
        Node root = compose(readText());
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        if (root instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                addEntry(tuple, seen, values);
            }
        } else if (root != null) {
            problem(root.getStartMark(), "answers.file.notMap");
        }
        if (problems.size() == 1) {
            throw new SupportException(ExitCode.USAGE, problems.get(0), messages.get("answers.file.hint"));
        }
        if (!problems.isEmpty()) {
            throw new SupportException(ExitCode.USAGE, messages.get("answers.file.problems", file, problems.size()),
                    messages.get("answers.file.hint"), problems, null);
        }
        return new Answers(values);
    }

    private String readText() {
        if (!Files.exists(file)) {
            throw usage(messages.get("answers.file.notFound", file), null);
        }
        if (!Files.isRegularFile(file)) {
            throw usage(messages.get("answers.file.notFile", file), null);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw usage(messages.get("answers.file.notUtf8", file), e);
        } catch (IOException e) {
            throw usage(messages.get("answers.file.unreadable", file, e.getMessage()), e);
        }
    }

    private Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        try {
            return new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String line = mark == null
                    ? messages.get("answers.file.syntaxNoPosition", file, e.getProblem())
                    : at(mark) + messages.get("answers.file.syntax", e.getProblem());
            throw usage(line, e);
        } catch (YAMLException e) {
            // Limits (size, aliases) carry no position: name the file and SnakeYAML's reason.
            throw usage(messages.get("answers.file.limit", file, e.getMessage()), e);
        }
    }

    /** Adds one "id: value" entry to {@code values}, or records why it cannot be. */
    private void addEntry(NodeTuple tuple, Set<String> seen, Map<String, String> values) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode key) || !Answers.ID.matcher(key.getValue()).matches()) {
            problem(keyNode.getStartMark(), "answers.file.badKey");
            return;
        }
        String id = key.getValue();
        if (!seen.add(id)) {
            problem(keyNode.getStartMark(), "answers.file.duplicate", id);
            return;
        }
        Node valueNode = tuple.getValueNode();
        if (!(valueNode instanceof ScalarNode scalar)) {
            problem(valueNode.getStartMark(), "answers.file.notScalar", id);
            return;
        }
        if (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isBlank()) {
            problem(keyNode.getStartMark(), "answers.file.empty", id);
            return;
        }
        values.put(id, text(scalar));
    }

    private static String text(ScalarNode scalar) {
        String raw = scalar.getValue();
        if (Tag.BOOL.equals(scalar.getTag())) {
            String lower = raw.toLowerCase(Locale.ROOT);
            if (lower.equals("true")) {
                return "yes";
            }
            if (lower.equals("false")) {
                return "no";
            }
        }
        return raw;
    }

    private void problem(Mark mark, String key, Object... args) {
        problems.add(at(mark) + messages.get(key, args));
    }

    private String at(Mark mark) {
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1) + ": ";
    }

    private SupportException usage(String message, Throwable cause) {
        return new SupportException(ExitCode.USAGE, message, messages.get("answers.file.hint"), List.of(), cause);
    }
}
