package okpay.support.faq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.SectionReader;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code tags} section: the names of the FAQ entries' tags in both languages, so that
 * {@code faq list --tag 密码} works and Chinese output can name a tag in Chinese. A tag without a name is still a tag.
 */
public final class TagsReader implements SectionReader<List<FaqTag>> {
    /** The one instance, as {@code kb.get(TagsReader.SECTION)} names the section. */
    public static final TagsReader SECTION = new TagsReader();

    private TagsReader() {}

    @Override
    public String key() {
        return "tags";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public List<FaqTag> absent() {
        return List.of();
    }

    @Override
    public List<FaqTag> read(Node node, Context context) {
        NodeReader in = context.in();
        List<FaqTag> out = new ArrayList<>();
        for (Node item : in.sequence(node, "tags", false)) {
            Map<String, Node> f = in.mapping(item, "tag", Set.of("id", "name"), Set.of());
            if (f == null) {
                continue;
            }
            String id = in.id(f, "id", "tag id");
            out.add(new FaqTag(id, in.text(f, "name", "tag '" + id + "' name")));
        }
        return List.copyOf(out);
    }
}
