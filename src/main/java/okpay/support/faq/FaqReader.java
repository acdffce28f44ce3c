package okpay.support.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okpay.support.kb.AgentText;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.NodeReader;
import okpay.support.kb.References;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Shared;
import okpay.support.kb.Terms;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code faqs} section: the bilingual FAQ entries, with the words users type to find them. */
@Shared
public final class FaqReader implements SectionReader.OfEntries<Faq> {
    /** The one instance, as {@code kb.get(FaqReader.SECTION)} names the section. */
    public static final FaqReader SECTION = new FaqReader();

    private FaqReader() {}

    /** The entry {@code id} of {@code kb}; of a compiled knowledge base, read without the other entries. */
    public static Optional<Faq> find(KnowledgeBase kb, String id) {
        return kb.entry(SECTION, id);
    }

    @Override
    public String id(Faq faq) {
        return faq.id();
    }

    @Override
    public String key() {
        return "faqs";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public List<Faq> absent() {
        return List.of();
    }

    @Override
    public Map<String, Integer> counts(List<Faq> faqs) {
        return Map.of("faqs", faqs.size());
    }

    @Override
    public List<Faq> read(Node node, Context context) {
        List<Faq> out = new ArrayList<>();
        for (Node item : context.in().sequence(node, "faqs", false)) {
            Faq faq = readEntry(item, context);
            if (faq != null) {
                out.add(faq);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Faq readEntry(Node item, Context context) {
        NodeReader in = context.in();
        References refs = context.refs();
        Map<String, Node> f = in.mapping(item, "faq",
                Set.of("id", "title", "answer", "steps", "tags", "topic", "keywords", "synonyms", "related"), Set.of("examples", "flow", "agent"));
        if (f == null) {
            return null;
        }
        String id = in.id(f, "id", "faq id");
        refs.declare(in, References.FAQ, id, f.get("id"));
        String what = NodeReader.named("faq", id);
        String topic = in.id(f, "topic", what + " topic");
        refs.refer(References.TOPIC, topic, f.get("topic"), what + " topic");
        String flow = f.containsKey("flow") ? in.id(f.get("flow"), what + " flow") : null;
        refs.refer(References.FLOW, flow, f.get("flow"), what + " flow");
        AgentText agent = f.containsKey("agent") ? AgentText.read(in, f.get("agent"), what, Set.of()) : null;
        return new Faq(id, in.text(f, "title", what + " title"), in.text(f, "answer", what + " answer"),
                in.texts(f, "steps", what + " steps"),
                f.containsKey("tags") ? in.ids(f.get("tags"), what + " tags", false) : List.of(),
                topic,
                f.containsKey("keywords") ? in.terms(f.get("keywords"), what + " keywords") : Terms.NONE,
                f.containsKey("synonyms") ? in.terms(f.get("synonyms"), what + " synonyms") : Terms.NONE,
                refs.referList(in, f.get("related"), References.FAQ, what + " related", true),
                f.containsKey("examples") ? in.terms(f.get("examples"), what + " examples") : Terms.NONE, flow, agent);
    }
}
