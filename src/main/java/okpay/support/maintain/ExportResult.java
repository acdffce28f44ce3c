package okpay.support.maintain;

import java.util.LinkedHashMap;
import java.util.Map;
import okpay.support.kb.KnowledgeBase;

/**
 * What {@code kb export} prints: the knowledge base a run uses (overlays merged) from {@code source}, as the plain
 * tree of its YAML file, sections in file order.
 */
public record ExportResult(String source, Map<String, Object> knowledgeBase) {

    /** The export of {@code kb}. */
    public static ExportResult of(KnowledgeBase kb) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String key : kb.sectionKeys()) {
            tree.put(key, KbTree.of(kb.tree(key)));
        }
        return new ExportResult(kb.source(), tree);
    }
}
