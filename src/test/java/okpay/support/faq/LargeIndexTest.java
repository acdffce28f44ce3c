package okpay.support.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * The index of thousands of entries ranks as the index of a few: in a knowledge base of {@code k} copies of each
 * fixture entry, the best entry is the fixture's best and the others keep their order (a weak one may fall under
 * the minimum score, whose idf moves with the size), every copy of an entry scores the same, and the index stored
 * in a snapshot and read back gives exactly the hits of the one built.
 */
class LargeIndexTest {
    private static final List<Faq> ORIGINALS = Fixtures.load("search.yaml").get(FaqReader.SECTION);

    @ParameterizedTest
    @ValueSource(strings = {"refund", "payment declined", "登不上", "forgot password reset", "账户 冻结"})
    void copiesRankAsTheirOriginals(String query) throws IOException {
        int copies = 260;
        List<Faq> faqs = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            for (Faq faq : ORIGINALS) {
                faqs.add(new Faq(faq.id() + "-" + k, faq.title(), faq.answer(), faq.steps(), faq.tags(), faq.topic(), faq.keywords(),
                        faq.synonyms(), faq.related(), faq.examples(), faq.flow()));
            }
        }
        List<String> small = new FaqSearch(ORIGINALS).search(query, 100).stream().map(FaqSearch.Match::id).toList();
        assertFalse(small.isEmpty(), query);
        FaqSearch built = new FaqSearch(faqs);
        List<FaqSearch.Match> hits = built.search(query, faqs.size());
        assertEquals(hits, stored(built).search(query, faqs.size()), "the stored index gives the hits of the built one");
        Map<String, Double> scoreOf = new LinkedHashMap<>();
        for (FaqSearch.Match hit : hits) {
            String original = hit.id().substring(0, hit.id().lastIndexOf('-'));
            Double first = scoreOf.putIfAbsent(original, hit.score());
            assertEquals(first == null ? hit.score() : first, hit.score(), "every copy of " + original + " scores the same");
        }
        List<String> large = List.copyOf(scoreOf.keySet());
        assertEquals(small.get(0), large.get(0), "the best entry is the same: " + query);
        assertEquals(large, small.stream().filter(large::contains).toList(), "the entries found keep their order: " + query);
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
