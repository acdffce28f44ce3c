package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.KnowledgeBaseLoader;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flow looked up in a compiled knowledge base, which reads that flow alone, is the flow the whole section gives: for
 * every flow of the shipped knowledge base and of the fixtures, and for ids that are no flow's; and the outlines a run
 * reads instead of the other flows list each flow's questions.
 */
class FlowLookupTest {
    private static final List<String> FIXTURES = List.of("flows.yaml", "audience.yaml", "ask.yaml", "flow.yaml");

    @TempDir
    static Path dir;

    private static final List<KnowledgeBase> YAML = new ArrayList<>();
    private static final List<Path> COMPILED = new ArrayList<>();

    @BeforeAll
    static void compileTheFixtures() {
        for (String name : FIXTURES) {
            Path out = dir.resolve(name + ".okn");
            KnowledgeBaseLoader.Validation compiled = KnowledgeBaseFormat.LOADER.compile(List.of(Fixtures.path(name)),
                    KnowledgeBaseLoader.Settings.DEFAULT, out);
            assertTrue(compiled.problems().isEmpty(), () -> "test setup: " + name + " compiles: " + compiled.problems());
            YAML.add(Fixtures.load(name));
            COMPILED.add(out);
        }
    }

    /** A fresh compiled fixture: its flows not read yet. */
    private static KnowledgeBase compiled(int fixture) {
        return KnowledgeBaseFormat.LOADER.load(List.of(COMPILED.get(fixture)), KnowledgeBaseLoader.Settings.DEFAULT);
    }

    private static Optional<Flow> whole(KnowledgeBase kb, String id) {
        return kb.get(FlowsReader.SECTION).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Test
    void everyFlowReadAloneIsTheFlowOfTheWholeSection() {
        int flows = 0;
        for (int fixture = 0; fixture < FIXTURES.size(); fixture++) {
            for (Flow flow : YAML.get(fixture).get(FlowsReader.SECTION)) {
                KnowledgeBase fresh = compiled(fixture);
                assertEquals(Optional.of(flow), FlowsReader.find(fresh, flow.id()), FIXTURES.get(fixture) + ": " + flow.id());
                assertEquals(Optional.of(flow), FlowsReader.find(YAML.get(fixture), flow.id()), FIXTURES.get(fixture) + " as YAML");
                flows++;
            }
        }
        assertTrue(flows >= 8, "test setup: the fixtures hold flows: " + flows);
    }

    @Test
    void theShippedFlowsReadAloneAreTheFlowsOfTheWholeSection() {
        KnowledgeBase whole = KnowledgeBaseFormat.LOADER.load(null);
        List<Flow> all = whole.get(FlowsReader.SECTION);
        assertTrue(all.size() >= 6, "the shipped flows: " + all.size());
        for (Flow flow : all) {
            KnowledgeBase fresh = KnowledgeBaseFormat.LOADER.load(null);
            assertEquals(Optional.of(flow), FlowsReader.find(fresh, flow.id()), flow.id());
        }
    }

    @Test
    void anIdThatIsNoFlowsFindsNothing() {
        for (String id : List.of("no-such-flow", "", "DECLINED-TX", " declined-tx", "describe")) {
            assertEquals(whole(compiled(0), id), FlowsReader.find(compiled(0), id), "'" + id + "'");
            assertEquals(Optional.empty(), FlowsReader.find(KnowledgeBaseFormat.LOADER.load(null), id), "'" + id + "'");
        }
    }

    @Test
    void theOutlinesListEveryFlowsQuestions() {
        KnowledgeBase kb = KnowledgeBaseFormat.LOADER.load(null);
        List<FlowCatalog.FlowOutline> outlines = kb.derived(FlowCatalog.OUTLINES);
        List<Flow> flows = KnowledgeBaseFormat.LOADER.load(null).get(FlowsReader.SECTION);
        assertEquals(flows.size(), outlines.size());
        for (int i = 0; i < flows.size(); i++) {
            assertEquals(flows.get(i).questions().stream().map(FlowQuestion::id).toList(), outlines.get(i).questions(), flows.get(i).id());
        }
    }
}
