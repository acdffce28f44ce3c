package okpay.support.faq;

import java.util.List;
import okpay.support.kb.AgentText;
import okpay.support.kb.Shared;
import okpay.support.kb.Terms;
import okpay.support.kb.Text;

/**
 * A bilingual FAQ entry with the words users type to find it: keywords and synonyms, and {@code examples}, whole
 * questions written the way customers ask them, which search compares with the whole query. {@code flow} is the
 * troubleshooting flow that works through the entry's problem step by step ({@code ask} suggests it), or null.
 * {@code agent} is what only support staff see ({@code --audience agent}), or null.
 */
@Shared
public record Faq(
        String id,
        Text title,
        Text answer,
        List<Text> steps,
        List<String> tags,
        String topic,
        Terms keywords,
        Terms synonyms,
        List<String> related,
        Terms examples,
        String flow,
        AgentText agent) {
    public Faq {
        steps = List.copyOf(steps);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
    }

    /** An entry without agent text. */
    public Faq(String id, Text title, Text answer, List<Text> steps, List<String> tags, String topic, Terms keywords,
            Terms synonyms, List<String> related, Terms examples, String flow) {
        this(id, title, answer, steps, tags, topic, keywords, synonyms, related, examples, flow, null);
    }

    /** An entry without example questions. */
    public Faq(String id, Text title, Text answer, List<Text> steps, List<String> tags, String topic, Terms keywords,
            Terms synonyms, List<String> related) {
        this(id, title, answer, steps, tags, topic, keywords, synonyms, related, Terms.NONE, null, null);
    }
}
