package okpay.support.kb;

import java.io.IOException;
import java.nio.file.Files;
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
import okpay.support.i18n.Lang;
import okpay.support.kb.compiled.NodeMerge;
import okpay.support.kb.compiled.Snapshot;
import okpay.support.kb.compiled.SnapshotCache;
import okpay.support.resource.Resources;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads a knowledge base in the format its {@link SectionReader}s define: the {@code faq.yaml} embedded in the
 * jar, a file an operator names, a chain of overlays ({@code extends: builtin}) merged in order, or a compiled
 * snapshot. YAML is untrusted input and checked completely; a checked chain is compiled into the cache
 * ({@link Settings#cacheDir}), so later runs decode only what they use. {@link #load} fails with every problem
 * listed, {@link #check} returns them for {@code kb validate}.
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

    private final Sections format;

    /**
     * A knowledge-base format: its sections, and what its snapshots store beside them. The loader asks for them only
     * when it reads YAML or writes a snapshot: a run on a compiled knowledge base reads only the sections its command
     * names, and need not load (and initialise) every section's reader.
     */
    public interface Sections {
        /** The sections, in file order. */
        List<SectionReader<?>> sections();

        /** What a snapshot stores beside the sections. */
        List<KnowledgeBase.Derivation<?>> derivations();
    }

    /** A loader of {@code format}. */
    public KnowledgeBaseLoader(Sections format) {
        this.format = format;
    }

    /** The sections this loader reads, in file order. */
    public List<SectionReader<?>> sections() {
        return format.sections();
    }

    /**
     * How a run loads knowledge bases: the largest YAML file it accepts, the cache folder of compiled ones (null:
     * no cache, as in tests that do not ask for one), and the language its problems are said in.
     */
    public record Settings(int maxBytes, Path cacheDir, Lang lang) {
        public static final Settings DEFAULT = new Settings(SafeYaml.KNOWLEDGE_BASE_MAX_BYTES, null);

        /** Settings whose problems are said in English. */
        public Settings(int maxBytes, Path cacheDir) {
            this(maxBytes, cacheDir, Lang.EN);
        }

        /** A size limit, the cache folder {@code env} names (XDG_CACHE_HOME, else HOME/.cache), and the language. */
        public static Settings of(int maxBytes, Map<String, String> env, Lang lang) {
            return new Settings(maxBytes, SnapshotCache.directory(env), lang);
        }

        /** The same settings without a cache. */
        public Settings uncached() {
            return new Settings(maxBytes, null, lang);
        }
    }

    /**
     * What checking a file found: the knowledge base when there were no problems; the first problems by position
     * ({@link ProblemList#SHOWN} at most) and how many there were in all.
     */
    public record Validation(String file, KnowledgeBase knowledgeBase, List<Problem> problems, long total) {
        public Validation {
            problems = List.copyOf(problems);
            total = Math.max(total, problems.size());
        }

        public Validation(String file, KnowledgeBase knowledgeBase, List<Problem> problems) {
            this(file, knowledgeBase, problems, problems.size());
        }

        public boolean valid() {
            return total == 0;
        }

        /** How many problems there were beyond those listed. */
        public long more() {
            return total - problems.size();
        }
    }

    /** Loads {@code file}, or the embedded knowledge base when {@code file} is null. */
    public KnowledgeBase load(Path file) {
        return load(file == null ? List.of() : List.of(file), Settings.DEFAULT);
    }

    /** Loads the chain of {@code files} (none: the embedded knowledge base), failing with every problem listed. */
    public KnowledgeBase load(List<Path> files, Settings settings) {
        return valid(check(files, settings), settings.lang());
    }

    /** Reads and checks {@code file} (or the embedded one), failing only if it cannot be read at all. */
    public Validation check(Path file) {
        return check(file == null ? List.of() : List.of(file), Settings.DEFAULT);
    }

    /** Reads and checks the chain of {@code files} (none: the embedded one), failing only if one cannot be read at all. */
    public Validation check(List<Path> files, Settings settings) {
        if (files.isEmpty()) {
            return checkEmbedded();
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path file : files) {
            contents.add(Chain.open(file, settings));
        }
        for (int i = 0; i < files.size(); i++) {
            if (contents.get(i) != null && Snapshot.looksLike(contents.get(i))) {
                if (files.size() > 1) {
                    throw new SupportException(ExitCode.KB_INVALID, ProblemWords.say(settings.lang(), "error.compiled-in-chain", files.get(i)),
                            ProblemWords.say(settings.lang(), "hint.compiled-in-chain"));
                }
                return new Validation(files.get(0).toString(), Chain.compiled(this, files.get(0), contents.get(0), settings.lang()), List.of());
            }
        }
        Chain chain = new Chain(this, files, contents, settings);
        contents.clear(); // the chain holds them, and drops each once parsed
        return chain.check();
    }

    /**
     * {@code kb compile}: checks the chain of {@code files} and, when it is valid, writes its snapshot to {@code out}
     * (atomically). Returns what the check found.
     */
    public Validation compile(List<Path> files, Settings settings, Path out) {
        Validation validation = check(files, settings.uncached());
        if (validation.valid()) {
            KnowledgeBase kb = validation.knowledgeBase();
            Path parent = out.toAbsolutePath().getParent();
            if (Files.isDirectory(out) || !new SnapshotCache(parent).write(out.toAbsolutePath(),
                    stream -> snapshot(kb, new Snapshot.Header(Chain.TOOL, "compiled"), stream))) {
                throw new SupportException(ExitCode.USAGE, ProblemWords.say(settings.lang(), "error.cannot-write", out),
                        ProblemWords.say(settings.lang(), "hint.cannot-write"));
            }
        }
        return validation;
    }

    /**
     * Build step: checks the YAML that goes into the jar and writes its snapshot beside it. An invalid file
     * fails with every problem listed.
     */
    public void compileEmbedded(Path yaml) throws IOException {
        byte[] bytes = Files.readAllBytes(yaml);
        Validation validation = readYaml(bytes, yaml.toString(), SafeYaml.KNOWLEDGE_BASE);
        if (!validation.valid()) {
            throw new IllegalStateException("the knowledge base to embed is invalid:\n"
                    + String.join("\n", validation.problems().stream().map(Problem::toString).toList()));
        }
        Path snapshot = yaml.resolveSibling(EMBEDDED_SNAPSHOT.substring(EMBEDDED_SNAPSHOT.lastIndexOf('/') + 1));
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(snapshot))) {
            snapshot(validation.knowledgeBase(), new Snapshot.Header(Chain.TOOL, Long.toHexString(checksum(bytes))), out);
        }
    }

    /** Writes the snapshot of a checked knowledge base, with every derivation stored. */
    void snapshot(KnowledgeBase kb, Snapshot.Header header, java.io.OutputStream out) throws IOException {
        Map<String, Snapshot.Derived> derived = new LinkedHashMap<>();
        for (KnowledgeBase.Derivation<?> derivation : format.derivations()) {
            derived.put(derivation.key(), data -> write(derivation, kb, data));
        }
        Snapshot.writeDerived(header, kb.root(), derived, out);
    }

    /**
     * The embedded knowledge base, from the snapshot the build stored beside it when that snapshot was made
     * from this very YAML (checksum; known without reading the YAML when the tool runs from its jar), else from the
     * YAML text.
     */
    private Validation checkEmbedded() {
        Long stored = Resources.checksum(EMBEDDED_RESOURCE);
        byte[] yaml = stored == null ? embeddedYaml() : null;
        long checksum = stored != null ? stored : checksum(yaml);
        try {
            byte[] snapshot = Resources.read(EMBEDDED_SNAPSHOT);
            if (snapshot != null) {
                Snapshot.Contents contents = Snapshot.read(snapshot);
                if (contents.header().key().equals(Long.toHexString(checksum))) {
                    return new Validation(EMBEDDED_NAME, fromSnapshot(contents, NodeReader.ofBuiltText(EMBEDDED_NAME)), List.of());
                }
            }
        } catch (IOException e) {
            // a stale or broken snapshot from a half-done build: the YAML text says the same, only slower
        }
        return readYaml(yaml != null ? yaml : embeddedYaml(), EMBEDDED_NAME, SafeYaml.KNOWLEDGE_BASE);
    }

    /** The text of the embedded {@code faq.yaml}. */
    static byte[] embeddedYaml() {
        try {
            byte[] yaml = Resources.read(EMBEDDED_RESOURCE);
            if (yaml == null) {
                throw new SupportException(ExitCode.INTERNAL, "the embedded knowledge base is missing from the jar",
                        "rebuild with 'mvn -q -B package -DskipTests', or pass --kb FILE");
            }
            return yaml;
        } catch (IOException e) {
            throw new SupportException(ExitCode.INTERNAL, "cannot read the embedded knowledge base: " + e.getMessage(), null);
        }
    }

    /** The embedded knowledge base as one node tree, the base of an overlay. */
    MappingNode embeddedRoot() {
        Validation embedded = checkEmbedded();
        return valid(embedded, Lang.EN).root();
    }

    /** The sections of a snapshot, each decoded and read the first time a command uses it. */
    KnowledgeBase fromSnapshot(Snapshot.Contents contents, String name) {
        return fromSnapshot(contents, new NodeReader(name, new ArrayList<>()));
    }

    /** The sections of a snapshot, read by {@code in} (see {@link NodeReader#ofBuiltText} for the embedded one). */
    private KnowledgeBase fromSnapshot(Snapshot.Contents contents, NodeReader in) {
        KnowledgeBase kb = new KnowledgeBase(in.file(), contents);
        kb.readWith(new SectionReader.Context(in, new References(), kb));
        return kb;
    }

    /** Parses and checks one YAML file on its own. */
    Validation readYaml(byte[] bytes, String name, SafeYaml.Limits limits) {
        ProblemList problems = new ProblemList();
        Node root = parse(bytes, name, limits, problems);
        KnowledgeBase kb = root == null ? null : readAll(root, new NodeReader(name, problems, limits.lang()));
        return validation(name, kb, problems);
    }

    static Validation validation(String name, KnowledgeBase kb, ProblemList problems) {
        return new Validation(name, problems.total() == 0 ? kb : null, problems, problems.total());
    }

    /** The node tree of a knowledge-base file; null, with a problem, when there is none. */
    static Node parse(byte[] bytes, String name, SafeYaml.Limits limits, List<Problem> problems) {
        Node root = SafeYaml.read(bytes, name, limits, problems);
        if (root == null && problems.isEmpty()) {
            problems.add(new Problem(name, 1, 1, limits.say("file-empty")));
        }
        return root;
    }

    /** Reads and checks every section of {@code root} now, recording every problem; null if it is no mapping. */
    KnowledgeBase readAll(Node root, NodeReader in) {
        Set<String> required = new HashSet<>(Set.of("version"));
        Set<String> optional = new HashSet<>();
        for (SectionReader<?> section : sections()) {
            (section.required() ? required : optional).add(section.key());
        }
        Map<String, Node> top = in.mapping(root, "knowledge base", required, optional);
        if (top == null) {
            return null;
        }
        Integer version = top.containsKey("version") ? in.integer(top.get("version"), "version") : null;
        if (version != null && version != VERSION) {
            in.problem(top.get("version"), "version-unsupported", version, VERSION);
        }
        References refs = new References();
        KnowledgeBase kb = new KnowledgeBase(in.file(), top);
        kb.readWith(new SectionReader.Context(in, refs, kb));
        for (SectionReader<?> section : sections()) {
            kb.get(section);
        }
        try {
            refs.check(in);
        } catch (RuntimeException e) {
            in.problem(root, "references-crashed", e);
        }
        return kb;
    }

    /** {@code derivation} of {@code kb}, written for a snapshot. */
    private static <T> void write(KnowledgeBase.Derivation<T> derivation, KnowledgeBase kb, java.io.DataOutputStream out) throws IOException {
        derivation.write(kb.derived(derivation), out);
    }

    /** The checksum that ties the embedded snapshot to the YAML text it was made from. */
    static long checksum(byte[] yaml) {
        CRC32 crc = new CRC32();
        crc.update(yaml);
        return crc.getValue() ^ ((long) yaml.length << 32);
    }

    private static KnowledgeBase valid(Validation validation, Lang lang) {
        if (!validation.valid()) {
            List<String> lines = new ArrayList<>(validation.problems().stream().map(Problem::toString).toList());
            boolean one = validation.total() == 1;
            if (validation.more() > 0) {
                lines.add(ProblemWords.say(lang, "error.more", validation.more()));
            }
            throw new SupportException(ExitCode.KB_INVALID,
                    one ? lines.get(0) : ProblemWords.say(lang, "error.problems", validation.file(), validation.total()),
                    ProblemWords.say(lang, "hint.problems"), one ? List.of() : lines, null).with("problems", validation.problems());
        }
        return validation.knowledgeBase();
    }

    /** The text of a scalar node, or null. */
    static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** Kept for the merge's problems: a {@link NodeMerge} that reports through {@code in}. */
    static NodeMerge merge(NodeReader in) {
        return new NodeMerge(in::problem);
    }
}
