package okpay.support.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code topics} section: why people contact support, each with its urgency, channel order and FAQ entries. */
public final class TopicsReader implements SectionReader<List<Topic>> {
    /** The one instance, as {@code kb.get(TopicsReader.SECTION)} names the section. */
    public static final TopicsReader SECTION = new TopicsReader();

    private TopicsReader() {}

    /** The topic {@code id} of {@code kb}. */
    public static Optional<Topic> find(KnowledgeBase kb, String id) {
        for (Topic topic : kb.get(SECTION)) {
            if (topic.id().equals(id)) {
                return Optional.of(topic);
            }
        }
        return Optional.empty();
    }

    /**
     * The topic {@code input} names: its id, its name in either language ({@code 资金问题}, {@code Money and payments};
     * case and spaces ignored), or the start of one name that no other topic's name starts with ({@code 资金}).
     */
    public static Optional<Topic> named(KnowledgeBase kb, String input) {
        String wanted = fold(input);
        Topic start = null;
        int starts = 0;
        for (Topic topic : kb.get(SECTION)) {
            String zh = fold(topic.name().zh());
            String en = fold(topic.name().en());
            if (topic.id().equals(wanted) || zh.equals(wanted) || en.equals(wanted)) {
                return Optional.of(topic);
            }
            if (wanted.length() >= 2 && (zh.startsWith(wanted) || en.startsWith(wanted))) {
                start = topic;
                starts++;
            }
        }
        return starts == 1 ? Optional.of(start) : Optional.empty();
    }

    private static String fold(String text) {
        return text == null ? "" : text.strip().replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String key() {
        return "topics";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public List<Topic> absent() {
        return List.of();
    }

    @Override
    public Map<String, Integer> counts(List<Topic> topics) {
        return Map.of("topics", topics.size());
    }

    @Override
    public List<Topic> read(Node node, Context context) {
        NodeReader in = context.in();
        References refs = context.refs();
        List<Topic> out = new ArrayList<>();
        for (Node item : in.sequence(node, "topics", false)) {
            Map<String, Node> f = in.mapping(item, "topic",
                    Set.of("id", "name", "description", "urgency", "advice", "channels", "faqs"), Set.of());
            if (f == null) {
                continue;
            }
            String id = in.id(f, "id", "topic id");
            refs.declare(in, References.TOPIC, id, f.get("id"));
            String what = NodeReader.named("topic", id);
            out.add(new Topic(id, in.text(f, "name", what + " name"), in.text(f, "description", what + " description"),
                    f.containsKey("urgency") ? in.enumValue(f.get("urgency"), what + " urgency", Topic.Urgency.class) : null,
                    in.text(f, "advice", what + " advice"),
                    refs.referList(in, f.get("channels"), References.CHANNEL, what + " channels", false),
                    refs.referList(in, f.get("faqs"), References.FAQ, what + " faqs", true)));
        }
        return List.copyOf(out);
    }
}
