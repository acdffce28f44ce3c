package okpay.support.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.SectionReader;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code never_share} section: what genuine support never asks for. */
public final class NeverShareReader implements SectionReader<List<NeverShare>> {
    /** The one instance, as {@code kb.get(NeverShareReader.SECTION)} names the section. */
    public static final NeverShareReader SECTION = new NeverShareReader();

    private NeverShareReader() {}

    @Override
    public String key() {
        return "never_share";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public List<NeverShare> absent() {
        return List.of();
    }

    @Override
    public List<NeverShare> read(Node node, Context context) {
        NodeReader in = context.in();
        List<NeverShare> out = new ArrayList<>();
        for (Node item : in.sequence(node, "never_share", false)) {
            Map<String, Node> f = in.mapping(item, "never_share item", Set.of("id", "text"), Set.of());
            if (f == null) {
                continue;
            }
            String id = in.id(f, "id", "never_share id");
            context.refs().declare(in, "never_share", id, f.get("id"));
            out.add(new NeverShare(id, in.text(f, "text", "never_share '" + id + "' text")));
        }
        return List.copyOf(out);
    }
}
