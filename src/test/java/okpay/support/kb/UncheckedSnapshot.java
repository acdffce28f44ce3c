package okpay.support.kb;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.kb.compiled.Snapshot;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Compiles a knowledge base that {@code kb validate} refuses for its hidden characters, past that one check, into a
 * file {@code --kb} loads: what someone who crafts a compiled file by hand can make the tool print. Tests of the output
 * paths use it to see that the sanitiser, not the validator, keeps such text off the terminal.
 */
public final class UncheckedSnapshot {
    private UncheckedSnapshot() {}

    /**
     * Writes the compiled {@code yaml} to {@code out}, for the tool {@code tool} (the jar's "okpay-support VERSION", or
     * null for the classes under test). Every other problem still fails.
     */
    public static Path write(Path yaml, Path out, String tool) throws IOException {
        SafeYaml.Limits checked = SafeYaml.KNOWLEDGE_BASE;
        SafeYaml.Limits unchecked = new SafeYaml.Limits(checked.kind(), checked.maxBytes(), checked.maxDepth(), checked.maxAliases(),
                checked.raisable(), false, checked.maxNodes(), checked.lang());
        ProblemList problems = new ProblemList();
        Node root = SafeYaml.parse(Files.readString(yaml, StandardCharsets.UTF_8), yaml.toString(), unchecked, problems);
        KnowledgeBase kb = KnowledgeBaseFormat.LOADER.readAll(root, new NodeReader(yaml.toString(), problems));
        if (problems.total() > 0) {
            throw new IllegalArgumentException("test setup: " + yaml + " has other problems: " + problems);
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            KnowledgeBaseFormat.LOADER.snapshot(kb, new Snapshot.Header(tool != null ? tool : Chain.TOOL, "compiled"), stream);
        }
        return out;
    }
}
