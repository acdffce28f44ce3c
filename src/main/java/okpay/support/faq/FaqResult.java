package okpay.support.faq;

import java.util.List;
import okpay.support.kb.AgentNotes;

/** What {@code faq list}, {@code faq search} and {@code faq show} return, in the user's language. */
public final class FaqResult {
    private FaqResult() {}

    /** A line of {@code faq list}. */
    public record Item(String id, String title, String topic, List<String> tags) {}

    /** A result of {@code faq search}, best first. */
    public record Hit(String id, String title, double score, String answer) {}

    /** A related entry named by id and title. */
    public record Related(String id, String title) {}

    /** A whole entry, for {@code faq show}; {@code agent} only for support staff ({@code --audience agent}), else null. */
    public record Detail(
            String id, String title, String answer, List<String> steps, String topic, List<String> tags, List<Related> related,
            AgentNotes agent) {}
}
