package okpay.support.contact.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import okpay.support.contact.Product;
import okpay.support.contact.ProductReader;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.SectionReader;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the optional {@code verify} section (see {@link VerifyRules}) and checks that it can work. */
public final class VerifyRulesReader implements SectionReader<VerifyRules> {
    /** The one instance, as {@code kb.get(VerifyRulesReader.SECTION)} names the section. */
    public static final VerifyRulesReader SECTION = new VerifyRulesReader();

    private VerifyRulesReader() {}

    @Override
    public String key() {
        return "verify";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public VerifyRules absent() {
        return VerifyRules.EMPTY;
    }

    @Override
    public VerifyRules read(Node node, Context context) {
        Product product = context.kb().get(ProductReader.SECTION);
        return new Rules(context.in()).read(node, product == null ? List.of() : product.officialDomains());
    }

    /** One reading of the section, with the file's node reader. */
    private static final class Rules {
        private static final Pattern WORD = Pattern.compile("[a-z0-9]{2,32}");
        private static final Pattern DOMAIN = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+");
        private static final Pattern LATIN = Pattern.compile("[a-z]");

        private final NodeReader in;

        Rules(NodeReader in) {
            this.in = in;
        }

        VerifyRules read(Node node, List<String> officialDomains) {
            Map<String, Node> f = in.mapping(node, "verify", Set.of(),
                    Set.of("brand_words", "claim_words", "free_mail_domains", "confusables"));
            if (f == null) {
                return VerifyRules.EMPTY;
            }
            List<String> brand = words(f.get("brand_words"), "verify brand_words", 3);
            List<String> claims = words(f.get("claim_words"), "verify claim_words", 2);
            List<String> freeMail = new ArrayList<>();
            Map<String, Node> seen = new HashMap<>();
            for (Node item : f.containsKey("free_mail_domains") ? in.sequence(f.get("free_mail_domains"), "verify free_mail_domains", false) : List.<Node>of()) {
                String domain = in.string(item, "verify free_mail_domains item");
                if (domain == null) {
                    continue;
                }
                if (!DOMAIN.matcher(domain).matches()) {
                    in.problem(item, "verify.free-mail-domain", domain);
                } else if (officialDomains.contains(domain)) {
                    in.problem(item, "verify.free-mail-official", domain);
                } else if (unique(seen, domain, item, "free-mail domain")) {
                    freeMail.add(domain);
                }
            }
            List<VerifyRules.Confusable> confusables = f.containsKey("confusables") ? confusables(f.get("confusables")) : List.of();
            return new VerifyRules(brand, claims, freeMail, confusables);
        }

        private List<String> words(Node node, String what, int minLength) {
            List<String> out = new ArrayList<>();
            if (node == null) {
                return out;
            }
            Map<String, Node> seen = new HashMap<>();
            for (Node item : in.sequence(node, what, false)) {
                String word = in.string(item, what + " item");
                if (word == null) {
                    continue;
                }
                if (!WORD.matcher(word).matches() || word.length() < minLength) {
                    in.problem(item, "verify.word", new Subject(what + " item"), word, minLength);
                } else if (unique(seen, word, item, what.substring(what.indexOf(' ') + 1) + " item")) {
                    out.add(word);
                }
            }
            return out;
        }

        /**
         * Each entry maps lookalikes to one Latin letter. A single-character lookalike that is itself the letter of
         * another entry would make the fold depend on the order of entries, so it is refused; so are repeats.
         */
        private List<VerifyRules.Confusable> confusables(Node node) {
            List<VerifyRules.Confusable> out = new ArrayList<>();
            Map<String, Node> letters = new HashMap<>();
            Map<String, Node> lookalikes = new HashMap<>();
            List<Node> singles = new ArrayList<>();
            for (Node item : in.sequence(node, "verify confusables", false)) {
                Map<String, Node> f = in.mapping(item, "confusable", Set.of("latin", "lookalikes"), Set.of());
                if (f == null) {
                    continue;
                }
                String latin = f.containsKey("latin") ? in.string(f.get("latin"), "confusable latin") : null;
                if (latin != null && !LATIN.matcher(latin).matches()) {
                    in.problem(f.get("latin"), "verify.latin", latin);
                    latin = null;
                }
                if (latin != null && !unique(letters, latin, f.get("latin"), "confusable latin")) {
                    latin = null;
                }
                List<String> looks = new ArrayList<>();
                for (Node look : f.containsKey("lookalikes") ? in.sequence(f.get("lookalikes"), "confusable '" + latin + "' lookalikes", false) : List.<Node>of()) {
                    String value = in.string(look, "confusable lookalike");
                    if (value == null) {
                        continue;
                    }
                    if (value.codePointCount(0, value.length()) > 3 || value.codePoints().anyMatch(Character::isWhitespace)) {
                        in.problem(look, "verify.lookalike-length", value);
                    } else if (!value.equals(value.toLowerCase(Locale.ROOT))) {
                        in.problem(look, "verify.lookalike-case", value);
                    } else if (value.equals(latin)) {
                        in.problem(look, "verify.lookalike-self", value);
                    } else if (unique(lookalikes, value, look, "lookalike")) {
                        looks.add(value);
                        if (value.codePointCount(0, value.length()) == 1) {
                            singles.add(look);
                        }
                    }
                }
                if (latin != null) {
                    out.add(new VerifyRules.Confusable(latin, looks));
                }
            }
            for (Node look : singles) {
                String value = in.string(look, "confusable lookalike");
                if (letters.containsKey(value)) {
                    in.problem(look, "verify.lookalike-letter", value);
                }
            }
            return out;
        }

        private boolean unique(Map<String, Node> seen, String value, Node node, String what) {
            Node first = seen.putIfAbsent(value, node);
            if (first != null) {
                in.problem(node, "verify.duplicate", new Subject(what), value, first.getStartMark().getLine() + 1);
                return false;
            }
            return true;
        }
    }
}
