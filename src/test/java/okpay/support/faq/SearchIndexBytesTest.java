package okpay.support.faq;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search index's bytes are canonical: generated documents (seeded) give the same bytes whether added one by one or
 * all at once (tokenised on every core), built twice, or read back and written again; and the index read back ranks
 * every query exactly as the one built.
 */
class SearchIndexBytesTest {
    private static final String[] WORDS = {"payment", "declined", "refund", "card", "transfer", "pending", "account", "locked",
        "password", "reset", "withdrawal", "bank", "days", "fee", "limit", "verify", "identity", "phone", "merchant", "charged"};
    private static final String HAN = "钱没到账转提现银行卡密码忘了账户冻结退款手续费限额验证身份";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theSameDocumentsGiveTheSameBytesHoweverTheyAreAdded(long seed) throws IOException {
        Random random = new Random(seed);
        List<String> phrases = List.of("payment declined", "钱没到账", "password reset", "银行卡");
        List<SearchIndexBuilder.Document> documents = new ArrayList<>();
        for (int d = 0; d < 300; d++) {
            Map<SearchIndex.IndexedField, List<String>> fields = new EnumMap<>(SearchIndex.IndexedField.class);
            fields.put(SearchIndex.IndexedField.TITLE, List.of(text(random, 4), text(random, 4)));
            fields.put(SearchIndex.IndexedField.KEYWORDS, List.of(text(random, 2)));
            fields.put(SearchIndex.IndexedField.BODY, List.of(text(random, 30), "about " + random.nextInt(9) + " days, ¥" + random.nextInt(500)));
            fields.put(SearchIndex.IndexedField.STEPS, random.nextBoolean() ? List.of(text(random, 8)) : List.of());
            List<String> examples = new ArrayList<>();
            for (int e = random.nextInt(4); e > 0; e--) {
                examples.add(text(random, 6));
            }
            documents.add(new SearchIndexBuilder.Document("doc-" + d, fields, examples));
        }
        SearchIndexBuilder oneByOne = new SearchIndexBuilder(phrases);
        for (SearchIndexBuilder.Document document : documents) {
            oneByOne.add(document.id(), document.fields(), document.examples());
        }
        byte[] sequential = bytes(oneByOne.build());
        SearchIndex built = new SearchIndexBuilder(phrases).addAll(documents).build();
        assertArrayEquals(sequential, bytes(built), "added all at once (on every core) as one by one");
        assertArrayEquals(sequential, bytes(new SearchIndexBuilder(phrases).addAll(documents).build()), "built twice");
        SearchIndex read = SearchIndex.of(sequential, 0, sequential.length);
        assertArrayEquals(sequential, bytes(read), "read back and written again");
        for (int q = 0; q < 50; q++) {
            String query = text(random, 1 + random.nextInt(5));
            assertEquals(built.ranked(query, Integer.MAX_VALUE), read.ranked(query, Integer.MAX_VALUE), query);
            assertEquals(built.search(query, 5), read.search(query, 5), query);
        }
        assertFalse(read.ranked("payment declined", 5).isEmpty());
    }

    /** {@code words} words or Chinese pairs, now and then misspelt. */
    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (random.nextInt(3) == 0) {
                int at = random.nextInt(HAN.length() - 1);
                text.append(HAN, at, at + 2);
            } else {
                String word = WORDS[random.nextInt(WORDS.length)];
                text.append(random.nextInt(10) == 0 ? word.substring(1) : word).append(' ');
            }
        }
        return text.toString().strip();
    }

    private static byte[] bytes(SearchIndex index) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            index.write(out);
        }
        return bytes.toByteArray();
    }
}
