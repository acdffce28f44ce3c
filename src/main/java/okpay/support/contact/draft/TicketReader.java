package okpay.support.contact.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Shared;
import okpay.support.kb.Text;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code ticket} section: the support ticket's subject, one line per {@link TicketFact}, attachments, rules. */
@Shared
public final class TicketReader implements SectionReader<TicketTemplate> {
    /** The one instance, as {@code kb.get(TicketReader.SECTION)} names the section. */
    public static final TicketReader SECTION = new TicketReader();
    private static final String IDS = TicketFact.ids(TicketFact.templateLines());

    private TicketReader() {}

    @Override
    public String key() {
        return "ticket";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public TicketTemplate absent() {
        return null;
    }

    @Override
    public TicketTemplate read(Node node, Context context) {
        NodeReader in = context.in();
        Map<String, Node> f = in.mapping(node, "ticket", Set.of("subject", "fields", "attachments", "rules"), Set.of());
        if (f == null) {
            return null;
        }
        List<TicketField> fields = new ArrayList<>();
        Set<TicketFact> facts = new java.util.HashSet<>();
        for (Node item : f.containsKey("fields") ? in.sequence(f.get("fields"), "ticket fields", false) : List.<Node>of()) {
            Map<String, Node> field = in.mapping(item, "ticket field", Set.of("id", "label", "placeholder"), Set.of());
            if (field == null) {
                continue;
            }
            String id = in.id(field, "id", "ticket field id");
            TicketFact fact = TicketFact.of(id);
            if (id != null && (fact == null || !fact.templateLine())) {
                in.problem(field.get("id"), "ticket.bad-field", id, IDS);
                continue;
            }
            context.refs().declare(in, "ticket field", id, field.get("id"));
            if (fact != null && !facts.add(fact)) {
                continue; // a duplicate, reported by the declaration: the template holds each field once
            }
            Text label = in.text(field, "label", "ticket field '" + id + "' label");
            Text placeholder = in.text(field, "placeholder", "ticket field '" + id + "' placeholder");
            if (fact != null && label != null && placeholder != null) {
                fields.add(new TicketField(fact, label, placeholder));
            }
        }
        Text subject = in.text(f, "subject", "ticket subject");
        List<Text> attachments = in.texts(f, "attachments", "ticket attachments");
        List<Text> rules = in.texts(f, "rules", "ticket rules");
        if (subject == null || fields.size() != TicketFact.templateLines().size()) {
            if (subject != null && f.containsKey("fields")) {
                in.problem(f.get("fields"), "ticket.fields", IDS);
            }
            return null;
        }
        return new TicketTemplate(subject, fields, attachments, rules);
    }
}
