package okpay.support.contact;

import java.util.List;
import okpay.support.kb.Text;

/** The product the knowledge base is about and the domains its genuine channels live on. */
public record Product(Text name, List<String> officialDomains, Text notice) {
    public Product {
        officialDomains = List.copyOf(officialDomains);
    }
}
