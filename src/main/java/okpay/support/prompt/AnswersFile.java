package okpay.support.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Problem;
import okpay.support.kb.SafeYaml;
import org.yaml.snakeyaml.error.Mark;
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
 * <p>The file is untrusted input like a knowledge base and is read the same way, by {@link SafeYaml} with the
 * limits of an answers file: a node tree that keeps positions, so every problem (not only the first) is
 * reported as {@code FILE:LINE:COLUMN: message}.
 */
final class AnswersFile {
    private final Path file;
    private final Messages messages;
    private final List<Problem> problems = new ArrayList<>();

    private AnswersFile(Path file, Lang lang) {
        this.file = file;
        this.messages = Messages.of(AnswersFile.class, lang);
    }

    static Answers read(Path file, Lang lang) {
        return new AnswersFile(file, lang).read();
    }

    private Answers read() {
        Node root = compose(readText());
        Map<String, String> values = new LinkedHashMap<>();
        if (root instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                addEntry(tuple, values);
            }
        } else if (root != null) {
            problem(root.getStartMark(), "answers.file.notMap");
        }
        List<String> lines = problems.stream().sorted().map(Problem::toString).toList();
        if (lines.size() == 1) {
            throw new SupportException(ExitCode.USAGE, lines.get(0), messages.get("answers.file.hint"));
        }
        if (!lines.isEmpty()) {
            throw new SupportException(ExitCode.USAGE, messages.get("answers.file.problems", file, lines.size()),
                    messages.get("answers.file.hint"), lines, null);
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
        int limit = SafeYaml.ANSWERS_FILE.maxBytes();
        try {
            // The size before reading, and a bounded read (the file may grow meanwhile): a 3 GB file is refused unread.
            byte[] bytes = Files.size(file) > limit ? null : readAtMost(file, limit + 1);
            if (bytes == null || bytes.length > limit) {
                throw usage(messages.get("answers.file.tooLarge", file, limit / (1024 * 1024)), null);
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw usage(messages.get("answers.file.notUtf8", file), e);
        } catch (IOException e) {
            throw usage(messages.get("answers.file.unreadable", file, e.getMessage()), e);
        }
    }

    private static byte[] readAtMost(Path file, int most) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(most);
        }
    }

    /** The file's node tree, read with the tool's safe YAML rules; null with the problems recorded when it breaks them. */
    private Node compose(String text) {
        return SafeYaml.parse(text, file.toString(), SafeYaml.ANSWERS_FILE.in(messages.lang()), problems);
    }

    /** Adds one "id: value" entry to {@code values}, or records why it cannot be. */
    private void addEntry(NodeTuple tuple, Map<String, String> values) {
        Node keyNode = tuple.getKeyNode();
        if (!(keyNode instanceof ScalarNode key)) {
            return; // SafeYaml has reported it: mapping keys must be plain strings
        }
        if (!Answers.isId(key.getValue())) {
            problem(keyNode.getStartMark(), "answers.file.badKey");
            return;
        }
        String id = key.getValue();
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
        problems.add(new Problem(file.toString(), mark.getLine() + 1, mark.getColumn() + 1, messages.get(key, args)));
    }

    private SupportException usage(String message, Throwable cause) {
        return new SupportException(ExitCode.USAGE, message, messages.get("answers.file.hint"), List.of(), cause);
    }
}
