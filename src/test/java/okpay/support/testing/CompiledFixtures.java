package okpay.support.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.KnowledgeBaseLoader;

/**
 * Knowledge-base fixtures both as YAML and compiled, for tests that compare what a compiled knowledge base reads alone
 * (one decline code, one flow) with what the whole section gives.
 */
public final class CompiledFixtures {
    private final List<String> names;
    private final List<KnowledgeBase> yaml = new ArrayList<>();
    private final List<Path> compiled = new ArrayList<>();

    /** The fixtures {@code names}, read and compiled into {@code dir}; each must compile without a problem. */
    public CompiledFixtures(Path dir, List<String> names) {
        this.names = List.copyOf(names);
        for (String name : names) {
            Path out = dir.resolve(name + ".okn");
            KnowledgeBaseLoader.Validation result = KnowledgeBaseFormat.LOADER.compile(List.of(Fixtures.path(name)),
                    KnowledgeBaseLoader.Settings.DEFAULT, out);
            assertTrue(result.problems().isEmpty(), () -> "test setup: " + name + " compiles: " + result.problems());
            yaml.add(Fixtures.load(name));
            compiled.add(out);
        }
    }

    public int size() {
        return names.size();
    }

    public String name(int fixture) {
        return names.get(fixture);
    }

    /** Fixture {@code fixture} read from its YAML (once, shared). */
    public KnowledgeBase yaml(int fixture) {
        return yaml.get(fixture);
    }

    /** Fixture {@code fixture} loaded afresh from its compiled file: no section read yet. */
    public KnowledgeBase compiled(int fixture) {
        return KnowledgeBaseFormat.LOADER.load(List.of(compiled.get(fixture)), KnowledgeBaseLoader.Settings.DEFAULT);
    }
}
