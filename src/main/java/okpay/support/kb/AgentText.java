package okpay.support.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.i18n.Lang;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Text only support staff see ({@code --audience agent}), the {@code agent:} block of an FAQ entry, a flow outcome or a
 * decline code. Kept apart from the customer's text so that no customer output can reach it by accident.
 *
 * @param reason   the real reason behind what the customer sees, or null
 * @param tell     what to tell the customer, or null
 * @param escalate whether, when and to whom to escalate, or null
 * @param notes    internal notes, maybe none
 */
public record AgentText(Text reason, Text tell, Text escalate, List<Text> notes) {
    private static final Set<String> KEYS = Set.of("reason", "tell", "escalate", "notes");

    public AgentText {
        notes = List.copyOf(notes);
    }

    /** This text in {@code lang}, for a result. */
    public AgentNotes in(Lang lang) {
        List<String> lines = new ArrayList<>(notes.size());
        for (Text note : notes) {
            lines.add(note.get(lang));
        }
        return new AgentNotes(get(reason, lang), get(tell, lang), get(escalate, lang), List.copyOf(lines));
    }

    /** {@code agent} in {@code lang} when the audience is support staff; null for the customer or without agent text. */
    public static AgentNotes forAudience(AgentText agent, Audience audience, Lang lang) {
        return agent == null || audience != Audience.AGENT ? null : agent.in(lang);
    }

    private static String get(Text text, Lang lang) {
        return text == null ? null : text.get(lang);
    }

    /**
     * Reads an {@code agent:} block at {@code node} (of {@code what}); {@code required} names the keys that must be
     * there (a decline code's reason, tell and escalate), and a block must hold at least one. Null (with problems) when
     * it is not valid.
     */
    public static AgentText read(NodeReader in, Node node, String what, Set<String> required) {
        String where = what + " agent";
        Set<String> optional = KEYS;
        if (!required.isEmpty()) {
            optional = new HashSet<>(KEYS);
            optional.removeAll(required);
        }
        Map<String, Node> f = in.mapping(node, where, required, optional);
        if (f == null) {
            return null;
        }
        if (f.isEmpty()) {
            in.problem(node, "agent-empty", new Subject(where), "escalate, notes, reason, tell");
            return null;
        }
        long before = in.problemCount();
        Text reason = in.text(f, "reason", where + " reason");
        Text tell = in.text(f, "tell", where + " tell");
        Text escalate = in.text(f, "escalate", where + " escalate");
        List<Text> notes = in.texts(f, "notes", where + " notes");
        for (String key : required) {
            if (!f.containsKey(key)) {
                return null;
            }
        }
        return in.problemCount() > before ? null : new AgentText(reason, tell, escalate, notes);
    }
}
