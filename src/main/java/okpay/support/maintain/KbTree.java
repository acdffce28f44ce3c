package okpay.support.maintain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** A knowledge base's YAML node tree as plain maps, lists, strings, numbers and booleans, in file order. */
final class KbTree {
    private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");

    private KbTree() {}

    /** {@code node} as plain Java values. */
    static Object of(Node node) {
        if (node instanceof MappingNode mapping) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                map.put(((ScalarNode) tuple.getKeyNode()).getValue(), of(tuple.getValueNode()));
            }
            return map;
        }
        if (node instanceof SequenceNode sequence) {
            List<Object> list = new ArrayList<>(sequence.getValue().size());
            for (Node item : sequence.getValue()) {
                list.add(of(item));
            }
            return list;
        }
        return scalar((ScalarNode) node);
    }

    private static Object scalar(ScalarNode scalar) {
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (tag.equals(Tag.INT)) {
                BigInteger number = new BigInteger(value.replace("_", "").replaceFirst("^\\+", ""));
                return number.bitLength() < 63 ? (Object) number.longValue() : number;
            }
            if (tag.equals(Tag.FLOAT)) {
                return Double.valueOf(value.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return value; // 0x1F, 0o17, .inf: kept as written rather than guessed
        }
        if (tag.equals(Tag.BOOL)) {
            return TRUE.contains(value.toLowerCase(java.util.Locale.ROOT));
        }
        return tag.equals(Tag.NULL) ? null : value;
    }
}
