package okpay.support.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index of thousands of entries (built on two threads, stored inverted) ranks exactly as the index of a few: a
 * knowledge base of {@code k} copies of each fixture entry has the same document frequencies relative to its size,
 * so every copy scores what its original scores in the fixture alone, and equal scores keep the entries' order (for
 * words the index has: an unknown word counts as found once, which weighs differently in 10 entries than in 2,600).
 */
class LargeIndexTest {
    private static final List<Faq> ORIGINALS = Fixtures.load("search.yaml").get(FaqReader.SECTION);

    @ParameterizedTest
    @ValueSource(strings = {"refund", "payment declined", "登不上", "forgot password reset", "账户 冻结"})
    void copiesScoreAsTheirOriginalsInOrder(String query) throws IOException {
        int copies = 260; // 2,600 entries: past the size at which tokenising runs on two threads
        List<Faq> faqs = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (Faq faq : ORIGINALS) {
                faqs.add(new Faq(faq.id() + "-" + k, faq.title(), faq.answer(), faq.steps(), faq.tags(), faq.topic(), faq.keywords(),
                        faq.synonyms(), faq.related()));
            }
        }
        Map<String, Double> small = new LinkedHashMap<>();
        for (FaqSearch.Match match : new FaqSearch(ORIGINALS).search(query, 100)) {
            small.put(match.id(), match.score());
        }
        for (FaqSearch large : List.of(new FaqSearch(faqs), stored(new FaqSearch(faqs)))) {
            List<FaqSearch.Match> hits = large.search(query, faqs.size());
            assertEquals(small.size() * copies, hits.size(), query);
            int previousCopy = -1;
            String previousOriginal = null;
            for (FaqSearch.Match hit : hits) {
                String original = hit.id().substring(0, hit.id().lastIndexOf('-'));
                int copy = Integer.parseInt(hit.id().substring(hit.id().lastIndexOf('-') + 1));
                assertEquals(small.get(original), hit.score(), hit.id());
                if (original.equals(previousOriginal)) {
                    assertTrue(copy > previousCopy, "equal scores keep the entries' order: " + hit.id());
                }
                previousOriginal = original;
                previousCopy = copy;
            }
        }
    }

    /** {@code index} written as a snapshot stores it and read back. */
    private static FaqSearch stored(FaqSearch index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            FaqSearch.INDEX.write(index, out);
        }
        return FaqSearch.INDEX.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
