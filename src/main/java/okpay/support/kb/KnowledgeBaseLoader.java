package okpay.support.kb;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a knowledge base in the format its {@link SectionReader}s define: the {@code faq.yaml} embedded in the
 * jar, or a file an operator names. Either way the file is untrusted input and is checked completely;
 * {@link #load} fails with every problem listed, {@link #check} returns them for {@code kb validate}.
 */
public final class KnowledgeBaseLoader {
    /** Where the build puts the top-level {@code faq.yaml} inside the jar. */
    public static final String EMBEDDED_RESOURCE = "okpay/support/kb/faq.yaml";
    /** The name problems in the embedded file are reported under. */
    public static final String EMBEDDED_NAME = "faq.yaml (embedded)";
    /** The format version this tool reads. */
    static final int VERSION = 1;
    /** The embedded knowledge base's snapshot, beside the YAML in the jar. */
    private static final String EMBEDDED_SNAPSHOT = "okpay/support/kb/faq.snapshot";

    private final List<SectionReader<?>> sections;
    private final List<KnowledgeBase.Derivation<?>> derivations;

    /** A loader for a format of {@code sections}; snapshots it writes store {@code derivations}. */
    public KnowledgeBaseLoader(List<SectionReader<?>> sections, List<KnowledgeBase.Derivation<?>> derivations) {
        this.sections = List.copyOf(sections);
        this.derivations = List.copyOf(derivations);
    }

    /** The sections this loader reads, in file order. */
    public List<SectionReader<?>> sections() {
        return sections;
    }

    /** What checking a file found: the knowledge base when there were no problems. */
    public record Validation(String file, KnowledgeBase knowledgeBase, List<Problem> problems) {
        public Validation {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Loads {@code file}, or the embedded knowledge base when {@code file} is null. */
    public KnowledgeBase load(Path file) {
        Validation validation = check(file);
        if (!validation.valid()) {
            List<String> lines = validation.problems().stream().map(Problem::toString).toList();
            boolean one = lines.size() == 1;
            throw new SupportException(ExitCode.KB_INVALID,
                    one ? lines.get(0) : "knowledge base '" + validation.file() + "' has " + lines.size() + " problems:",
                    "fix the knowledge base; 'okpay-support kb validate FILE' checks it without running anything else",
                    one ? List.of() : lines, null);
        }
        return validation.knowledgeBase();
    }

    /** Reads and checks {@code file} (or the embedded one), failing only if it cannot be read at all. */
    public Validation check(Path file) {
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
     * Build step: checks the YAML that goes into the jar and writes its snapshot beside it. An invalid file
     * fails with every problem listed.
     */
    public void compileEmbedded(Path yaml) throws IOException {
        byte[] bytes = Files.readAllBytes(yaml);
        List<Problem> problems = new ArrayList<>();
        Node root = parse(new ByteArrayInputStream(bytes), yaml.toString(), problems);
        KnowledgeBase kb = root == null ? null : readAll(root, new NodeReader(yaml.toString(), problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the knowledge base to embed is invalid:\n"
                    + String.join("\n", problems.stream().sorted().map(Problem::toString).toList()));
        }
        Map<String, byte[]> derived = new LinkedHashMap<>();
        for (KnowledgeBase.Derivation<?> derivation : derivations) {
            derived.put(derivation.key(), derive(derivation, kb));
        }
        Path snapshot = yaml.resolveSibling(EMBEDDED_SNAPSHOT.substring(EMBEDDED_SNAPSHOT.lastIndexOf('/') + 1));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(snapshot)))) {
            Snapshot.write((MappingNode) root, checksum(bytes), derived, out);
        }
    }

    /**
     * The embedded knowledge base, from the snapshot the build stored beside it when that snapshot was made
     * from this very YAML (checksum), else from the YAML text.
     */
    private Validation checkEmbedded() {
        ClassLoader loader = KnowledgeBaseLoader.class.getClassLoader();
        try (InputStream yaml = loader.getResourceAsStream(EMBEDDED_RESOURCE)) {
            if (yaml == null) {
                throw new SupportException(ExitCode.INTERNAL, "the embedded knowledge base is missing from the jar",
                        "rebuild with 'mvn -q -B package -DskipTests', or pass --kb FILE");
            }
            byte[] bytes = yaml.readAllBytes();
            InputStream snapshot = loader.getResourceAsStream(EMBEDDED_SNAPSHOT);
            if (snapshot != null) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(snapshot))) {
                    Snapshot.Contents contents = Snapshot.read(in, checksum(bytes));
                    if (contents != null) {
                        return new Validation(EMBEDDED_NAME, readChecked(contents), List.of());
                    }
                }
            }
            return read(new ByteArrayInputStream(bytes), EMBEDDED_NAME);
        } catch (IOException e) {
            throw new SupportException(ExitCode.INTERNAL, "cannot read the embedded knowledge base: " + e.getMessage(), null);
        }
    }

    private Validation read(InputStream in, String name) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Node root = parse(in, name, problems);
        KnowledgeBase kb = root == null ? null : readAll(root, new NodeReader(name, problems));
        Collections.sort(problems);
        return new Validation(name, problems.isEmpty() ? kb : null, problems);
    }

    /** The node tree of a knowledge-base file; null, with a problem, when there is none. */
    private static Node parse(InputStream in, String name, List<Problem> problems) throws IOException {
        Node root = SafeYaml.read(in, name, SafeYaml.KNOWLEDGE_BASE, problems);
        if (root == null && problems.isEmpty()) {
            problems.add(new Problem(name, 1, 1, "file is empty; expected a mapping with the knowledge-base sections"));
        }
        return root;
    }

    /** Reads and checks every section of {@code root} now, recording every problem; null if it is no mapping. */
    private KnowledgeBase readAll(Node root, NodeReader in) {
        Set<String> required = new HashSet<>(Set.of("version"));
        Set<String> optional = new HashSet<>();
        for (SectionReader<?> section : sections) {
            (section.required() ? required : optional).add(section.key());
        }
        Map<String, Node> top = in.mapping(root, "knowledge base", required, optional);
        if (top == null) {
            return null;
        }
        Integer version = top.containsKey("version") ? in.integer(top.get("version"), "version") : null;
        if (version != null && version != VERSION) {
            in.problem(top.get("version"), "version " + version + " is not supported; this tool reads version " + VERSION);
        }
        References refs = new References();
        KnowledgeBase kb = new KnowledgeBase(in.file(), Map.of());
        SectionReader.Context context = new SectionReader.Context(in, refs, kb);
        for (SectionReader<?> section : sections) {
            if (top.containsKey(section.key())) {
                readLater(kb, section, top.get(section.key()), context, null);
            }
        }
        for (SectionReader<?> section : sections) {
            kb.get(section);
        }
        refs.check(in);
        return kb;
    }

    /**
     * The sections of a file that was checked before (the embedded one, when the jar was built), each decoded
     * and read the first time a command uses it.
     */
    private KnowledgeBase readChecked(Snapshot.Contents contents) {
        Map<String, byte[]> blocks = contents.sections();
        NodeReader in = new NodeReader(EMBEDDED_NAME, new ArrayList<>());
        KnowledgeBase kb = new KnowledgeBase(EMBEDDED_NAME, contents.derived());
        SectionReader.Context context = new SectionReader.Context(in, new References(), kb);
        for (SectionReader<?> section : sections) {
            byte[] block = blocks.get(section.key());
            if (block != null) {
                readLater(kb, section, null, context, block);
            }
        }
        return kb;
    }

    /**
     * Puts {@code section} into {@code kb}, to be read when first asked for: from {@code node}, or, for a file
     * checked when the jar was built, from its snapshot {@code block}, where any problem means a broken build.
     */
    private static <T> void readLater(KnowledgeBase kb, SectionReader<T> section, Node node, SectionReader.Context context,
            byte[] block) {
        if (block == null) {
            kb.put(section, () -> section.read(node, context));
            return;
        }
        kb.put(section, () -> {
            int before = context.in().problemCount();
            T value = section.read(Snapshot.decode(block, context.in().file()), context);
            if (context.in().problemCount() != before) {
                throw new IllegalStateException("the embedded knowledge base passed the build's check but its '"
                        + section.key() + "' section has problems now; rebuild the jar");
            }
            return value;
        });
    }

    /** {@code derivation} of {@code kb}, encoded for a snapshot. */
    private static <T> byte[] derive(KnowledgeBase.Derivation<T> derivation, KnowledgeBase kb) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            derivation.write(kb.derived(derivation), out);
        }
        return bytes.toByteArray();
    }

    /** The checksum that ties a stored snapshot to the YAML text it was made from. */
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
