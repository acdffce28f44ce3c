package okpay.support.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.CompiledFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flow looked up in a compiled knowledge base, which reads that flow alone, is the flow the whole section gives: for
 * every flow of the shipped knowledge base and of the fixtures, and for ids that are no flow's; and the outlines a run
 * reads instead of the other flows list each flow's questions.
 */
class FlowLookupTest {
    @TempDir
    static Path dir;

    private static CompiledFixtures fixtures;

    @BeforeAll
    static void compileTheFixtures() {
        fixtures = new CompiledFixtures(dir, List.of("flows.yaml", "audience.yaml", "ask.yaml", "flow.yaml"));
    }

    private static Optional<Flow> whole(KnowledgeBase kb, String id) {
        return kb.get(FlowsReader.SECTION).stream().filter(f -> f.id().equals(id)).findFirst();
    }

    @Test
    void everyFlowReadAloneIsTheFlowOfTheWholeSection() {
        int flows = 0;
        for (int fixture = 0; fixture < fixtures.size(); fixture++) {
            for (Flow flow : fixtures.yaml(fixture).get(FlowsReader.SECTION)) {
                KnowledgeBase fresh = fixtures.compiled(fixture);
                assertEquals(Optional.of(flow), FlowsReader.find(fresh, flow.id()), fixtures.name(fixture) + ": " + flow.id());
                assertEquals(Optional.of(flow), FlowsReader.find(fixtures.yaml(fixture), flow.id()), fixtures.name(fixture) + " as YAML");
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
            assertEquals(whole(fixtures.compiled(0), id), FlowsReader.find(fixtures.compiled(0), id), "'" + id + "'");
            assertEquals(Optional.empty(), FlowsReader.find(KnowledgeBaseFormat.LOADER.load(null), id), "'" + id + "'");
        }
    }

    /** The outlines the build stored are the flows' own: questions, title, summary, outcome count ({@code diagnose list}). */
    @Test
    void theOutlinesListEveryFlowsQuestions() {
        KnowledgeBase kb = KnowledgeBaseFormat.LOADER.load(null);
        List<FlowCatalog.FlowOutline> outlines = kb.derived(FlowCatalog.OUTLINES);
        List<Flow> flows = KnowledgeBaseFormat.LOADER.load(null).get(FlowsReader.SECTION);
        assertEquals(flows.size(), outlines.size());
        for (int i = 0; i < flows.size(); i++) {
            assertEquals(flows.get(i).questions().stream().map(FlowQuestion::id).toList(), outlines.get(i).questions(), flows.get(i).id());
            assertEquals(FlowCatalog.FlowOutline.of(flows.get(i)), outlines.get(i), flows.get(i).id());
        }
    }
}
