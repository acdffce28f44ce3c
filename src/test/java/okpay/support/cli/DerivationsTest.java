package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import okpay.support.diagnose.FlowCatalog;
import okpay.support.kb.KnowledgeBase;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The flow outlines a snapshot stores beside a knowledge base's sections read back as written and are what the
 * flows give (for the shipped file, the snapshot in the jar: ShippedKnowledgeBaseTest).
 */
class DerivationsTest {
    @TestFactory
    Stream<DynamicTest> theFlowOutlinesReadBackWhatTheyWrote() {
        // the search indexes (FaqSearch, FlowIndex) keep hash maps, so their bytes are not canonical: their own tests
        // check their round trips
        KnowledgeBase.Derivation<?> d = FlowCatalog.OUTLINES;
        return Stream.of(Fixtures.load("flows.yaml"), Fixtures.load("search.yaml")).map(source -> DynamicTest.dynamicTest(
                d.key() + " of " + source.source(), () -> {
                    byte[] written = bytes(d, source.derived(d));
                    assertArrayEquals(written, bytes(d, d.read(new DataInputStream(new ByteArrayInputStream(written)))));
                }));
    }

    @Test
    void aFlowOutlineIsTheFlowsIdTopicCodesQuestionsTitleSummaryAndOutcomeCount() {
        KnowledgeBase kb = Fixtures.load("flows.yaml");
        FlowCatalog.FlowOutline outline = kb.derived(FlowCatalog.OUTLINES).get(0);
        var flow = new FlowCatalog(kb, okpay.support.i18n.Lang.EN).find(outline.id());
        assertEquals(new FlowCatalog.FlowOutline(flow.id(), flow.topic(), flow.codes(),
                flow.questions().stream().map(q -> q.id()).toList(), flow.title(), flow.summary(), flow.outcomes().size()), outline);
        assertTrue(kb.derived(FlowCatalog.OUTLINES).stream().anyMatch(FlowCatalog.FlowOutline::codes), "a flow that explains codes");
    }

    static <T> byte[] bytes(KnowledgeBase.Derivation<T> derivation, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            @SuppressWarnings("unchecked")
            T typed = (T) value;
            derivation.write(typed, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
