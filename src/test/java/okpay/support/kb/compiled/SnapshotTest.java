package okpay.support.kb.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The compiled form on generated knowledge bases (seeded): every section decodes to the tree it was made from,
 * positions included; a list of entries with ids is stored entry by entry, each decodable alone; any change of a byte
 * is refused as a whole.
 */
class SnapshotTest {
    static Stream<Long> seeds() {
        return LongStreamHolder.SEEDS.stream();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void decodesWhatWasWrittenSectionBySectionAndEntryByEntry(long seed) throws IOException {
        Random random = new Random(seed);
        MappingNode root = compose(generate(random));
        byte[] bytes = write(root);
        Snapshot.Contents contents = Snapshot.read(bytes);
        assertEquals(new Snapshot.Header("okpay-support test", "key"), contents.header());
        assertEquals(List.of("version", "entries", "notes"), List.copyOf(contents.sections().keySet()));
        Node entries = root.getValue().get(1).getValueNode();
        assertEquals(describe(entries), describe(Snapshot.decode(contents.sections().get("entries"), "x.yaml")));
        Map<String, Snapshot.Block> stored = Snapshot.entries(contents.sections().get("entries"));
        List<Node> items = ((SequenceNode) entries).getValue();
        assertEquals(items.size(), stored.size());
        int pick = random.nextInt(items.size());
        Node alone = Snapshot.decodeEntry(stored.get("entry-" + pick), "x.yaml");
        assertEquals(describe(items.get(pick)), describe(alone));
        assertEquals("x.yaml", alone.getStartMark().getName());
        assertNull(Snapshot.entries(contents.sections().get("notes")), "a list without ids is stored whole");
        assertEquals(describe(root.getValue().get(2).getValueNode()), describe(Snapshot.decode(contents.sections().get("notes"), "x.yaml")));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyChangedOrMissingByteIsRefused(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = write(compose(generate(random)));
        byte[] changed = bytes.clone();
        changed[4 + random.nextInt(bytes.length - 4)] ^= (byte) (1 + random.nextInt(255));
        assertThrows(Snapshot.Corrupt.class, () -> Snapshot.read(changed));
        byte[] cut = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
        assertThrows(Snapshot.Corrupt.class, () -> Snapshot.read(cut));
        assertTrue(Snapshot.looksLike(bytes));
    }

    private static String generate(Random random) {
        StringBuilder yaml = new StringBuilder("version: 1\nentries:\n");
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            yaml.append("  - id: entry-").append(i).append("\n    title: {zh: 标题").append(random.nextInt(1000))
                    .append(", en: \"Title ").append(random.nextInt(1000)).append("\"}\n    weight: ").append(random.nextInt(99))
                    .append("\n    tags: [").append(String.join(", ", IntStream.range(0, random.nextInt(4)).mapToObj(t -> "t" + t).toList()))
                    .append("]\n    ok: ").append(random.nextBoolean()).append('\n');
        }
        yaml.append("notes:\n  - first note\n  - {zh: 第二, en: second}\n");
        return yaml.toString();
    }

    private static MappingNode compose(String yaml) {
        return (MappingNode) new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml));
    }

    private static byte[] write(MappingNode root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Snapshot.write(new Snapshot.Header("okpay-support test", "key"), root, Map.of("d", new byte[] {1, 2}), out);
        return out.toByteArray();
    }

    /** A node tree as text: kinds, tags, values and positions. */
    private static String describe(Node node) {
        String at = "@" + node.getStartMark().getLine() + ":" + node.getStartMark().getColumn();
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().getValue() + "=" + scalar.getValue() + at;
        }
        List<String> parts = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> parts.add(describe(item)));
            return "[" + String.join(", ", parts) + "]" + at;
        }
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            parts.add(describe(tuple.getKeyNode()) + ": " + describe(tuple.getValueNode()));
        }
        return "{" + String.join(", ", parts) + "}" + at;
    }

    /** Seeds of the generated cases: fixed, so a failure repeats. */
    private static final class LongStreamHolder {
        static final List<Long> SEEDS = List.of(1L, 7L, 42L, 2024L, 99991L);
    }
}
