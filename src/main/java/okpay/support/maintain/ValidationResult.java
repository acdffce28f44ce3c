package okpay.support.maintain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.KnowledgeBaseLoader;
import okpay.support.kb.Problem;
import okpay.support.kb.SectionReader;
import okpay.support.render.KeepEmpty;

/**
 * What {@code kb validate} prints: whether the file is valid, its first problems by position, how many more there
 * were ({@code moreProblems}, left out when none), and what it holds.
 */
public record ValidationResult(String file, boolean valid, @KeepEmpty List<String> problems, Long moreProblems, Map<String, Integer> counts) {

    /**
     * The report for a checked file; counts only when it is valid, section by section in the order of
     * {@code sections}. Optional sections a file leaves out report nothing.
     */
    public static ValidationResult of(KnowledgeBaseLoader.Validation validation, List<SectionReader<?>> sections) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KnowledgeBase kb = validation.knowledgeBase();
        if (kb != null) {
            for (SectionReader<?> section : sections) {
                if (kb.has(section)) {
                    counts.putAll(counts(section, kb));
                }
            }
        }
        return new ValidationResult(validation.file(), validation.valid(),
                validation.problems().stream().map(Problem::toString).toList(),
                validation.more() > 0 ? validation.more() : null, counts);
    }

    private static <T> Map<String, Integer> counts(SectionReader<T> section, KnowledgeBase kb) {
        return section.counts(kb.get(section));
    }
}
