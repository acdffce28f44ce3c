package okpay.support.kb;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.kb.compiled.CompileApart;
import okpay.support.kb.compiled.NodeMerge;
import okpay.support.kb.compiled.Snapshot;
import okpay.support.kb.compiled.SnapshotCache;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The {@code --kb} files of one run, in order: each overlay ({@code extends: builtin}) merged over the embedded
 * knowledge base, each later file merged over the ones before it, the merged tree checked like one file, and the
 * result compiled into the cache. A cached snapshot is used only when its header names this tool and build and the
 * hash of every file of the chain; anything else about it (missing, stale, corrupt, unreadable) means compiling again.
 */
final class Chain {
    /** The tool that writes snapshots, as their header names it; a compiled file from another version is refused. */
    static final String TOOL = "okpay-support " + version();

    private final KnowledgeBaseLoader loader;
    private final List<Path> files;
    // Each file's bytes: null until needed (a regular file is hashed through a memory map, and read only when the cache
    // does not have the chain compiled), and dropped again once parsed (a 30 MB file is 30 MB less to hold).
    private final List<byte[]> contents;
    private final KnowledgeBaseLoader.Settings settings;

    Chain(KnowledgeBaseLoader loader, List<Path> files, List<byte[]> contents, KnowledgeBaseLoader.Settings settings) {
        this.loader = loader;
        this.files = List.copyOf(files);
        this.contents = new ArrayList<>(contents);
        this.settings = settings;
    }

    KnowledgeBaseLoader.Validation check() {
        String name = String.join(", ", files.stream().map(Path::toString).toList());
        SnapshotCache cache = settings.cacheDir() == null ? null : new SnapshotCache(settings.cacheDir());
        String key = null;
        Path entry = null;
        if (cache != null) {
            key = key();
            entry = cache.entry(files);
            KnowledgeBase cached = cached(cache.read(entry), key, name);
            if (cached == null && CompileApart.wanted(size())) {
                cached = compiledApart(cache, entry, key, name);
            }
            if (cached != null) {
                return new KnowledgeBaseLoader.Validation(name, cached, List.of());
            }
        }
        ProblemList problems = new ProblemList();
        NodeReader in = new NodeReader(files.get(0).toString(), problems, settings.lang());
        Node merged = merged(problems);
        KnowledgeBase kb = merged == null ? null : loader.readAll(merged, in);
        KnowledgeBaseLoader.Validation validation = KnowledgeBaseLoader.validation(name, kb, problems);
        if (validation.valid() && cache != null) {
            String stamp = key;
            cache.write(entry, stream -> loader.snapshot(kb, new Snapshot.Header(TOOL, stamp), stream));
        }
        return validation;
    }

    /** The chain compiled by a second JVM ({@link CompileApart}) and read from the cache; null when that did not work. */
    private KnowledgeBase compiledApart(SnapshotCache cache, Path entry, String key, String name) {
        return CompileApart.run(files, settings.maxBytes(), settings.cacheDir()) ? cached(cache.read(entry), key, name) : null;
    }

    /** The bytes of the chain's files. */
    private long size() {
        long size = 0;
        for (int i = 0; i < files.size(); i++) {
            try {
                size += contents.get(i) != null ? contents.get(i).length : Files.size(files.get(i));
            } catch (IOException e) {
                // unreadable now: reading it says so clearly
            }
        }
        return size;
    }

    /** File {@code i}'s bytes, read now if they were not yet. */
    private byte[] bytes(int i) {
        byte[] bytes = contents.get(i);
        return bytes != null ? bytes : readFile(files.get(i), settings);
    }

    /** The files' trees merged in order; null when the first one has none (its problems are recorded). */
    private Node merged(List<Problem> problems) {
        SafeYaml.Limits limits = SafeYaml.KNOWLEDGE_BASE.withMaxBytes(settings.maxBytes()).in(settings.lang());
        Node merged = null;
        for (int i = 0; i < files.size(); i++) {
            try {
                merged = mergeFile(i, merged, problems, limits);
            } catch (RuntimeException e) {
                // an overlay shaped as nobody foresaw: a problem of that file, never a stack trace
                problems.add(new Problem(files.get(i).toString(), 1, 1, limits.say("merge-crashed", e)));
                return null;
            }
        }
        return merged;
    }

    /** {@code merged} with file {@code i} merged over it (or file {@code i} itself, when first), recording its problems. */
    private Node mergeFile(int i, Node merged, List<Problem> problems, SafeYaml.Limits limits) {
        String name = files.get(i).toString();
        Node root = KnowledgeBaseLoader.parse(bytes(i), name, limits, problems);
        contents.set(i, null);
        NodeReader in = new NodeReader(name, problems, limits.lang());
        Node base = NodeMerge.extendsNode(root);
        if (base != null && !NodeMerge.BUILTIN.equals(KnowledgeBaseLoader.scalar(base))) {
            in.problem(base, "extends-builtin");
        }
        if (root == null || (i > 0 && merged == null)) {
            return merged; // a file that did not parse: its problems are enough
        }
        if (!(root instanceof MappingNode overlay) || (merged != null && !(merged instanceof MappingNode))) {
            in.problem(root, "root-not-mapping");
            return merged == null ? root : merged;
        }
        if (merged == null) {
            return base != null ? KnowledgeBaseLoader.merge(in).overlay(loader.embeddedRoot(), overlay) : root;
        }
        return KnowledgeBaseLoader.merge(in).overlay((MappingNode) merged, overlay);
    }

    private KnowledgeBase cached(ByteBuffer bytes, String key, String name) {
        if (bytes == null) {
            return null;
        }
        try {
            Snapshot.Contents snapshot = Snapshot.read(bytes);
            boolean current = snapshot.header().tool().equals(TOOL) && snapshot.header().key().equals(key);
            return current ? loader.fromSnapshot(snapshot, name) : null;
        } catch (Snapshot.Corrupt e) {
            return null; // truncated, edited, another layout: compiled again, and the entry replaced
        }
    }

    /** A {@code kb compile}d file given with --kb: refused with a clear error when foreign, corrupt or from another version. */
    static KnowledgeBase compiled(KnowledgeBaseLoader loader, Path file, byte[] bytes, Lang lang) {
        Snapshot.Contents contents;
        try {
            contents = Snapshot.read(bytes);
        } catch (Snapshot.Corrupt e) {
            throw new SupportException(ExitCode.KB_INVALID, ProblemWords.say(lang, "error.compiled-corrupt", file, e.getMessage()),
                    ProblemWords.say(lang, "hint.compiled-corrupt", file));
        }
        if (!contents.header().tool().equals(TOOL)) {
            throw new SupportException(ExitCode.KB_INVALID, ProblemWords.say(lang, "error.compiled-version", file,
                    contents.header().tool(), TOOL), ProblemWords.say(lang, "hint.compiled-version", file));
        }
        return loader.fromSnapshot(contents, file.toString());
    }

    /** The bytes of {@code file}, refused with a clear error when it is missing, unreadable or over the size limit. */
    static byte[] readFile(Path file, KnowledgeBaseLoader.Settings settings) {
        String name = file.toString();
        regular(file, settings.lang());
        try {
            if (Files.size(file) > settings.maxBytes()) {
                throw tooLarge(name, settings);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(name, e, settings.lang());
        }
    }

    /**
     * Checks that {@code file} can be a knowledge base (it exists, is a regular file, is within the size limit) and
     * returns the bytes that must be read now: all of a compiled snapshot; null for a YAML file, which is hashed through
     * a memory map and read only when the cache cannot answer.
     */
    static byte[] open(Path file, KnowledgeBaseLoader.Settings settings) {
        String name = file.toString();
        regular(file, settings.lang());
        try {
            if (Files.size(file) > settings.maxBytes()) {
                throw tooLarge(name, settings);
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(4);
            }
            return Snapshot.looksLike(head) ? readFile(file, settings) : null;
        } catch (IOException e) {
            throw unreadable(name, e, settings.lang());
        }
    }

    /**
     * Refuses, before reading a byte, what is not a regular file: a folder, and a pipe, device or socket, which can
     * block a run for ever (a pipe nobody writes to), never end ({@code /dev/zero}) or change between two reads.
     */
    private static void regular(Path file, Lang lang) {
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(file.toString(), e, lang);
        }
        if (attributes.isDirectory()) {
            throw unreadable(file.toString(), lang, "error.file-directory");
        }
        if (!attributes.isRegularFile()) {
            throw new SupportException(ExitCode.KB_INVALID, ProblemWords.say(lang, "error.file-not-regular", file),
                    ProblemWords.say(lang, "hint.file-not-regular"));
        }
    }

    private static SupportException tooLarge(String name, KnowledgeBaseLoader.Settings settings) {
        Lang lang = settings.lang();
        return new SupportException(ExitCode.KB_INVALID, ProblemWords.say(lang, "error.file-too-large", name,
                SafeYaml.size(settings.maxBytes(), lang)), ProblemWords.say(lang, "hint.file-too-large")).withCode("kb-too-large");
    }

    private static SupportException unreadable(String name, IOException e, Lang lang) {
        if (e instanceof NoSuchFileException) {
            return unreadable(name, lang, "error.file-missing");
        }
        if (e instanceof AccessDeniedException) {
            return unreadable(name, lang, "error.file-denied");
        }
        return unreadable(name, lang, "error.file-unreadable", e.getMessage());
    }

    private static SupportException unreadable(String name, Lang lang, String key, Object... why) {
        Object[] args = new Object[why.length + 1];
        args[0] = name;
        System.arraycopy(why, 0, args, 1, why.length);
        return new SupportException(ExitCode.KB_INVALID, ProblemWords.say(lang, key, args),
                ProblemWords.say(lang, "hint.file-unreadable")).withCode("kb-unreadable");
    }

    /** What a cached snapshot must have been made from: this tool and build, the embedded YAML, every file of the chain. */
    private String key() {
        SnapshotCache.Hash hash = new SnapshotCache.Hash()
                .add((TOOL + "\n" + build()).getBytes(StandardCharsets.UTF_8))
                .add(KnowledgeBaseLoader.embeddedYaml());
        for (int i = 0; i < files.size(); i++) {
            if (contents.get(i) == null) {
                try {
                    hash.add(files.get(i)); // read a megabyte at a time, not held: a miss reads it again to parse it
                    continue;
                } catch (IOException e) {
                    contents.set(i, readFile(files.get(i), settings)); // says clearly why it cannot be read
                }
            }
            hash.add(contents.get(i));
        }
        return hash.value();
    }

    private static String version() {
        String version = Chain.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /**
     * The jar (or classes folder) this tool runs from, by size and time: a rebuilt tool of the same version may derive
     * other data (a changed search index), so its cache starts afresh.
     */
    private static String build() {
        try {
            CodeSource source = Chain.class.getProtectionDomain().getCodeSource();
            File code = source == null ? null : new File(source.getLocation().toURI());
            return code == null ? "" : code.length() + "@" + code.lastModified();
        } catch (URISyntaxException | RuntimeException e) {
            return "";
        }
    }
}
