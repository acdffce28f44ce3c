package okpay.support.kb;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a knowledge base: the {@code faq.yaml} embedded in the jar, or a file an operator names.
 * Either way the file is read as untrusted input and checked completely; {@link #load} fails with
 * every problem listed, {@link #check} returns them for {@code kb validate}.
 */
public final class KnowledgeBaseLoader {
    /** Where the build puts the top-level {@code faq.yaml} inside the jar. */
    public static final String EMBEDDED_RESOURCE = "okpay/support/kb/faq.yaml";
    /** The file name of the embedded knowledge base's pre-parsed node tree, beside the YAML. */
    static final String EMBEDDED_TREE_NAME = "faq.tree";
    /** The name problems in the embedded file are reported under. */
    public static final String EMBEDDED_NAME = "faq.yaml (embedded)";

    private KnowledgeBaseLoader() {}

    /** What checking a file found: the knowledge base when there were no problems. */
    public record Outcome(String file, KnowledgeBase knowledgeBase, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Loads {@code file}, or the embedded knowledge base when {@code file} is null. */
    public static KnowledgeBase load(Path file) {
        Outcome outcome = check(file);
        if (!outcome.valid()) {
            List<String> lines = outcome.problems().stream().map(Problem::toString).toList();
            boolean one = lines.size() == 1;
            throw new SupportException(ExitCode.KB_INVALID,
                    one ? lines.get(0) : "knowledge base '" + outcome.file() + "' has " + lines.size() + " problems:",
                    "fix the knowledge base; 'okpay-support kb validate FILE' checks it without running anything else",
                    one ? List.of() : lines, null);
        }
        return outcome.knowledgeBase();
    }

    /** Reads and checks {@code file} (or the embedded one), failing only if it cannot be read at all. */
    public static Outcome check(Path file) {
        if (file == null) {
            return checkEmbedded();
        }
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw unreadable(name, "is a directory, not a YAML file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw unreadable(name, "does not exist");
        } catch (AccessDeniedException e) {
            throw unreadable(name, "cannot be read (permission denied)");
        } catch (IOException e) {
            throw unreadable(name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The embedded knowledge base, from the node tree the build stored beside it when that tree was
     * made from this very YAML (checksum), else from the YAML text.
     */
    private static Outcome checkEmbedded() {
        ClassLoader loader = KnowledgeBaseLoader.class.getClassLoader();
        try (InputStream yaml = loader.getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (yaml == null) {
                throw new SupportException(ExitCode.INTERNAL, "the embedded knowledge base is missing from the jar",
                        "rebuild with 'mvn -q -B package -DskipTests', or pass --kb FILE");
            }
            byte[] bytes = yaml.readAllBytes();
            InputStream treeStream = loader.getResourceAsStream(EMBEDDED_RESOURCE.replace("faq.yaml", EMBEDDED_TREE_NAME));
            if (treeStream != null) {
                try (DataInputStream tree = new DataInputStream(new BufferedInputStream(treeStream))) {
                    Map<String, byte[]> sections = NodeCodec.readSections(tree, checksum(bytes));
                    if (sections != null) {
                        List<Problem> problems = new ArrayList<>();
                        KnowledgeBase kb = new KnowledgeBaseReader(new NodeReader(EMBEDDED_NAME, problems)).readChecked(sections);
                        return new Outcome(EMBEDDED_NAME, kb, problems);
                    }
                }
            }
            return read(new ByteArrayInputStream(bytes), EMBEDDED_NAME);
        } catch (IOException e) {
            throw new SupportException(ExitCode.INTERNAL, "cannot read the embedded knowledge base: " + e.getMessage(), null);
        }
    }

    private static Outcome read(InputStream in, String name) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Node root = YamlTree.read(in, name, problems);
        KnowledgeBase kb = root == null ? null : new KnowledgeBaseReader(new NodeReader(name, problems)).read(root);
        Collections.sort(problems);
        return new Outcome(name, problems.isEmpty() ? kb : null, problems);
    }

    /** The checksum that ties a stored node tree to the YAML text it was made from. */
    static long checksum(byte[] yaml) {
        CRC32 crc = new CRC32();
        crc.update(yaml);
        return crc.getValue() ^ ((long) yaml.length << 32);
    }

    private static SupportException unreadable(String name, String why) {
        return new SupportException(ExitCode.KB_INVALID, "knowledge base file '" + name + "' " + why,
                "check the path given with --kb or OKPAY_SUPPORT_KB, or leave both out to use the embedded knowledge base");
    }
}
