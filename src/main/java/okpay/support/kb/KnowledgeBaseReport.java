package okpay.support.kb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code kb validate} prints: whether the file is valid, its problems, and what it holds. */
public record KnowledgeBaseReport(String file, boolean valid, List<String> problems, Map<String, Integer> counts) {

    /** The report for a checked file; counts only when it is valid. */
    public static KnowledgeBaseReport of(KnowledgeBaseLoader.Outcome outcome) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KnowledgeBase kb = outcome.knowledgeBase();
        if (kb != null) {
            counts.put("faqs", kb.faqs().size());
            counts.put("channels", kb.channels().size());
            counts.put("topics", kb.topics().size());
            counts.put("regions", kb.hotline().regions().size());
            // Optional sections are counted only when present, so older files report exactly what they did.
            if (!kb.flows().isEmpty()) {
                counts.put("flows", kb.flows().size());
                counts.put("outcomes", kb.flows().stream().mapToInt(f -> f.outcomes().size()).sum());
            }
            if (!kb.declineCodes().codes().isEmpty()) {
                counts.put("declineCodes", kb.declineCodes().codes().stream().mapToInt(c -> c.codes().size()).sum());
            }
        }
        return new KnowledgeBaseReport(outcome.file(), outcome.valid(),
                outcome.problems().stream().map(Problem::toString).toList(), counts);
    }
}
