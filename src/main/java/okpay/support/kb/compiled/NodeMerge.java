package okpay.support.kb.compiled;

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

/**
 * Merges an overlay's node tree over a knowledge base's, before any section is read, so that the merged tree is
 * checked like one file and each node keeps the position (and file name) it came from. The rules:
 * <ul>
 * <li>a mapping merges key by key, at every level (product, hotline, verify, ticket...);
 * <li>a list whose entries all have an {@code id} (or a {@code code}: hotline regions) merges entry by entry: the
 *     overlay's entry replaces the one with the same id, whole, in its place; {@code remove: true} deletes it; new
 *     ids are added at the end;
 * <li>anything else is replaced whole: a text ({@code {zh, en}}), a scalar, a list without ids (safety_tips,
 *     official_domains, decline_codes.codes...).
 * </ul>
 */
public final class NodeMerge {
    /** The top-level key that makes a file an overlay, and the one value it takes today. */
    public static final String EXTENDS = "extends";
    public static final String BUILTIN = "builtin";
    private static final List<String> IDENTITY_KEYS = List.of("id", "code");
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    /** Where a merge reports what is wrong with an overlay: at the overlay's node, in its file. */
    public interface Problems {
        /** The problem {@code key} of the {@code kb} bundle, with {@code args}, at {@code node}. */
        void at(Node node, String key, Object... args);
    }

    private final Problems problems;

    public NodeMerge(Problems problems) {
        this.problems = problems;
    }

    /** {@code overlay}'s top-level mapping merged over {@code base}'s; {@code extends} itself is dropped. */
    public MappingNode overlay(MappingNode base, MappingNode overlay) {
        List<NodeTuple> top = new ArrayList<>();
        for (NodeTuple tuple : overlay.getValue()) {
            if (!EXTENDS.equals(key(tuple))) {
                top.add(tuple);
            }
        }
        return mergeMappings(base, new MappingNode(Tag.MAP, top, overlay.getFlowStyle()), "");
    }

    /** The value of {@code extends} at the top of {@code root}, or null when it is no overlay. */
    public static Node extendsNode(Node root) {
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (EXTENDS.equals(key(tuple))) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    /** The plain scalar {@code key} of a mapping {@code node}, or null. */
    static String id(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (key.equals(key(tuple)) && tuple.getValueNode() instanceof ScalarNode scalar
                        && !scalar.getTag().equals(Tag.NULL)) {
                    return scalar.getValue();
                }
            }
        }
        return null;
    }

    private Node merge(Node base, Node overlay, String path) {
        if (base instanceof MappingNode baseMap && overlay instanceof MappingNode overMap && !isText(baseMap) && !isText(overMap)) {
            return mergeMappings(baseMap, overMap, path);
        }
        if (base instanceof SequenceNode baseList && overlay instanceof SequenceNode overList) {
            String identity = identity(baseList);
            if (identity != null) {
                return mergeLists(baseList, overList, identity, path);
            }
        }
        return overlay;
    }

    private MappingNode mergeMappings(MappingNode base, MappingNode overlay, String path) {
        Map<String, NodeTuple> merged = new LinkedHashMap<>();
        for (NodeTuple tuple : base.getValue()) {
            merged.put(key(tuple), tuple);
        }
        for (NodeTuple tuple : overlay.getValue()) {
            String key = key(tuple);
            NodeTuple known = merged.get(key);
            Node value = known == null ? withoutRemovals(tuple.getValueNode(), path + key)
                    : merge(known.getValueNode(), tuple.getValueNode(), path + key + ".");
            merged.put(key, new NodeTuple(tuple.getKeyNode(), value));
        }
        return new MappingNode(Tag.MAP, true, new ArrayList<>(merged.values()), overlay.getStartMark(), overlay.getEndMark(),
                overlay.getFlowStyle());
    }

    private SequenceNode mergeLists(SequenceNode base, SequenceNode overlay, String identity, String path) {
        Map<String, Node> merged = new LinkedHashMap<>();
        for (Node item : base.getValue()) {
            merged.put(id(item, identity), item);
        }
        for (Node item : overlay.getValue()) {
            String id = id(item, identity);
            if (id == null) {
                problems.at(item, "merge-needs-identity", path.replaceAll("\\.$", ""), identity);
                continue;
            }
            if (removes(item)) {
                if (merged.remove(id) == null) {
                    problems.at(item, "merge-nothing-to-remove", id, path.replaceAll("\\.$", ""));
                }
            } else {
                merged.put(id, item);
            }
        }
        return new SequenceNode(Tag.SEQ, true, new ArrayList<>(merged.values()), overlay.getStartMark(), overlay.getEndMark(),
                overlay.getFlowStyle());
    }

    /** A new section or list from an overlay, where {@code remove: true} has nothing to remove. */
    private Node withoutRemovals(Node node, String path) {
        if (node instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (removes(item)) {
                    problems.at(item, "merge-nothing-to-remove", id(item, "id"), path);
                }
            }
        }
        return node;
    }

    private static boolean removes(Node item) {
        if (item instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if ("remove".equals(key(tuple)) && tuple.getValueNode() instanceof ScalarNode scalar
                        && scalar.getTag().equals(Tag.BOOL) && "true".equalsIgnoreCase(scalar.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The key that identifies the entries of {@code list}, or null when they do not all have the same one. */
    private static String identity(SequenceNode list) {
        for (String key : IDENTITY_KEYS) {
            boolean all = !list.getValue().isEmpty();
            for (Node item : list.getValue()) {
                all &= id(item, key) != null;
            }
            if (all) {
                return key;
            }
        }
        return null;
    }

    private static boolean isText(MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (!LANGUAGES.contains(key(tuple))) {
                return false;
            }
        }
        return !mapping.getValue().isEmpty();
    }

    private static String key(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
    }
}
