package okpay.support.contact;

import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.SectionReader;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code product} section: the product's name, the domains its genuine channels live on, the notice. */
public final class ProductReader implements SectionReader<Product> {
    /** The one instance, as {@code kb.get(ProductReader.SECTION)} names the section. */
    public static final ProductReader SECTION = new ProductReader();

    private ProductReader() {}

    @Override
    public String key() {
        return "product";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public Product absent() {
        return null;
    }

    @Override
    public Product read(Node node, Context context) {
        NodeReader in = context.in();
        Map<String, Node> f = in.mapping(node, "product", Set.of("name", "official_domains", "notice"), Set.of());
        if (f == null) {
            return null;
        }
        return new Product(in.text(f, "name", "product.name"),
                f.containsKey("official_domains") ? in.strings(f.get("official_domains"), "product.official_domains", false) : List.of(),
                in.text(f, "notice", "product.notice"));
    }
}
