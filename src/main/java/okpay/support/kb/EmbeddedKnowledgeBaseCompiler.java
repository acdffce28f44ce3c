package okpay.support.kb;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Build step (run by Maven after compiling): checks the knowledge base that goes into the jar and
 * stores its node tree beside it in the binary form of {@link NodeCodec}. An invalid
 * {@code faq.yaml} fails the build with every problem listed.
 */
public final class EmbeddedKnowledgeBaseCompiler {
    private EmbeddedKnowledgeBaseCompiler() {}

    /** {@code args[0]}: the faq.yaml copied into the classes folder; the tree is written next to it. */
    public static void main(String[] args) throws IOException {
        Path yaml = Path.of(args[0]);
        byte[] bytes = Files.readAllBytes(yaml);
        List<Problem> problems = new ArrayList<>();
        Node root;
        try (InputStream in = Files.newInputStream(yaml)) {
            root = YamlTree.read(in, yaml.toString(), problems);
        }
        if (root != null) {
            new KnowledgeBaseReader(new NodeReader(yaml.toString(), problems)).read(root);
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the knowledge base to embed is invalid:\n"
                    + String.join("\n", problems.stream().sorted().map(Problem::toString).toList()));
        }
        Path tree = yaml.resolveSibling(KnowledgeBaseLoader.EMBEDDED_TREE_NAME);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tree)))) {
            NodeCodec.write((MappingNode) root, KnowledgeBaseLoader.checksum(bytes), out);
        }
    }
}
