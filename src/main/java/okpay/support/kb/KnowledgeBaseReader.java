package okpay.support.kb;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the sections of a knowledge-base node tree into records, collecting every problem. */
final class KnowledgeBaseReader {
    static final int VERSION = 1;
    private static final Set<String> CHANNEL_IDS = Set.of("website", "email", "social", "hotline");
    private static final Pattern REGION_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern PHONE = Pattern.compile("\\+[0-9][0-9 ()-]{6,24}");

    private static final Set<String> REQUIRED =
            Set.of("version", "product", "never_share", "safety_tips", "channels", "hotline", "topics", "ticket", "faqs");
    private static final Set<String> OPTIONAL = Set.of("verify", "security_checks", "flows", "decline_codes");

    private final NodeReader in;
    private final References refs = new References();

    KnowledgeBaseReader(NodeReader in) {
        this.in = in;
    }

    /** Reads and checks every section of {@code root} now, recording every problem. */
    KnowledgeBase read(Node root) {
        Map<String, Node> top = in.mapping(root, "knowledge base", REQUIRED, OPTIONAL);
        if (top == null) {
            return null;
        }
        Integer version = top.containsKey("version") ? in.integer(top.get("version"), "version") : null;
        if (version != null && version != VERSION) {
            in.problem(top.get("version"), "version " + version + " is not supported; this tool reads version " + VERSION);
        }
        KnowledgeBase kb = sections(top::get, false);
        refs.check(in);
        return kb;
    }

    /**
     * The sections of a file that was checked before (the embedded one, when the jar was built), each
     * decoded and read the first time a command uses it.
     */
    KnowledgeBase readChecked(Map<String, byte[]> blocks) {
        return sections(key -> blocks.containsKey(key) ? NodeCodec.decode(blocks.get(key), in.file()) : null, true);
    }

    private KnowledgeBase sections(Function<String, Node> nodes, boolean later) {
        Section<Product> product = section(nodes, later, "product", this::product, null);
        return new KnowledgeBase(in.file(), new KnowledgeBase.Sections(
                product,
                section(nodes, later, "never_share", n -> List.copyOf(neverShare(n)), List.of()),
                section(nodes, later, "safety_tips", n -> List.copyOf(in.texts(n, "safety_tips", false)), List.of()),
                section(nodes, later, "channels", n -> List.copyOf(channels(n)), List.of()),
                section(nodes, later, "hotline", this::hotline, null),
                section(nodes, later, "topics", n -> List.copyOf(topics(n)), List.of()),
                section(nodes, later, "ticket", this::ticket, null),
                section(nodes, later, "faqs", n -> List.copyOf(faqs(n)), List.of()),
                section(nodes, later, "verify", n -> new VerifySectionReader(in).read(n, officialDomains(product.get())),
                        VerifyRules.EMPTY),
                section(nodes, later, "security_checks", n -> new SecurityChecksReader(in, refs).read(n), SecurityChecks.EMPTY),
                troubleshooting(nodes, later)));
    }

    /** The flows and decline codes: two sections read together, as they refer to each other. */
    private Section<Troubleshooting> troubleshooting(Function<String, Node> nodes, boolean later) {
        Supplier<Troubleshooting> reader = () -> Troubleshooting.read(in, refs, nodes.apply("flows"), nodes.apply("decline_codes"));
        return later ? Section.later(() -> checked("flows", reader)) : Section.of(reader.get());
    }

    private <T> Section<T> section(Function<String, Node> nodes, boolean later, String key, Function<Node, T> reader, T absent) {
        Supplier<T> read = () -> {
            Node node = nodes.apply(key);
            return node == null ? absent : reader.apply(node);
        };
        return later ? Section.later(() -> checked(key, read)) : Section.of(read.get());
    }

    /** Reads a section of an already checked file; a problem now means the jar was built wrongly. */
    private <T> T checked(String key, Supplier<T> reader) {
        int before = in.problemCount();
        T value = reader.get();
        if (in.problemCount() != before) {
            throw new IllegalStateException("the embedded knowledge base passed the build's check but its '" + key
                    + "' section has problems now; rebuild the jar");
        }
        return value;
    }

    private static List<String> officialDomains(Product product) {
        return product == null ? List.of() : product.officialDomains();
    }

    private Product product(Node node) {
        Map<String, Node> f = in.mapping(node, "product", Set.of("name", "official_domains", "notice"), Set.of());
        if (f == null) {
            return null;
        }
        return new Product(
                text(f, "name", "product.name"),
                f.containsKey("official_domains") ? in.strings(f.get("official_domains"), "product.official_domains", false) : List.of(),
                text(f, "notice", "product.notice"));
    }

    private List<NeverShare> neverShare(Node node) {
        List<NeverShare> out = new ArrayList<>();
        for (Node item : in.sequence(node, "never_share", false)) {
            Map<String, Node> f = in.mapping(item, "never_share item", Set.of("id", "text"), Set.of());
            if (f == null) {
                continue;
            }
            String id = id(f, "id", "never_share id");
            refs.declare(in, "never_share", id, f.get("id"));
            out.add(new NeverShare(id, text(f, "text", "never_share '" + id + "' text")));
        }
        return out;
    }

    private List<Channel> channels(Node node) {
        List<Channel> out = new ArrayList<>();
        for (Node item : in.sequence(node, "channels", false)) {
            Map<String, Node> f = in.mapping(item, "channel",
                    Set.of("id", "name", "summary", "how", "best_for", "response_time", "have_ready", "values"), Set.of());
            if (f == null) {
                continue;
            }
            String id = id(f, "id", "channel id");
            if (id != null && !CHANNEL_IDS.contains(id)) {
                in.problem(f.get("id"), "channel id '" + id + "' is not one of email, hotline, social, website");
            }
            refs.declare(in, "channel", id, f.get("id"));
            String what = "channel '" + id + "'";
            out.add(new Channel(id, text(f, "name", what + " name"), text(f, "summary", what + " summary"),
                    text(f, "how", what + " how"), text(f, "best_for", what + " best_for"),
                    text(f, "response_time", what + " response_time"),
                    f.containsKey("have_ready") ? in.texts(f.get("have_ready"), what + " have_ready", false) : List.of(),
                    f.containsKey("values") ? contactValues(f.get("values"), what) : List.of()));
        }
        for (String id : CHANNEL_IDS.stream().sorted().toList()) {
            if (!refs.isDeclared("channel", id)) {
                in.problem(node, "channels is missing the '" + id + "' channel");
            }
        }
        return out;
    }

    private List<ContactValue> contactValues(Node node, String what) {
        List<ContactValue> out = new ArrayList<>();
        for (Node item : in.sequence(node, what + " values", false)) {
            Map<String, Node> f = in.mapping(item, what + " value", Set.of("kind", "value", "label"), Set.of("platform"));
            if (f == null) {
                continue;
            }
            ContactValue.Kind kind = f.containsKey("kind") ? in.enumValue(f.get("kind"), what + " value kind", ContactValue.Kind.class) : null;
            String value = f.containsKey("value") ? in.string(f.get("value"), what + " value") : null;
            if (kind == ContactValue.Kind.PHONE && value != null && !PHONE.matcher(value).matches()) {
                in.problem(f.get("value"), what + " phone '" + value + "' must be in international form, like +1-555-0100");
            }
            out.add(new ContactValue(kind, value, text(f, "label", what + " value label"),
                    in.optionalString(f.get("platform"), what + " value platform")));
        }
        return out;
    }

    private Hotline hotline(Node node) {
        Map<String, Node> f = in.mapping(node, "hotline", Set.of("regions", "no_hotline"), Set.of());
        if (f == null) {
            return null;
        }
        List<Region> regions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node item : f.containsKey("regions") ? in.sequence(f.get("regions"), "hotline regions", false) : List.<Node>of()) {
            Map<String, Node> r = in.mapping(item, "hotline region", Set.of("code", "name"), Set.of("number", "hours", "languages"));
            if (r == null) {
                continue;
            }
            String code = r.containsKey("code") ? in.string(r.get("code"), "region code") : null;
            if (code != null && !REGION_CODE.matcher(code).matches()) {
                in.problem(r.get("code"), "region code '" + code + "' must be two capital letters (ISO 3166), like US");
            } else if (code != null && !codes.add(code)) {
                in.problem(r.get("code"), "duplicate region code '" + code + "'");
            }
            String what = "region '" + code + "'";
            String number = in.optionalString(r.get("number"), what + " number");
            if (number != null && !PHONE.matcher(number).matches()) {
                in.problem(r.get("number"), what + " number '" + number + "' must be in international form, like +1-555-0100");
            }
            Text hours = in.optionalText(r.get("hours"), what + " hours");
            if (number != null && !r.containsKey("hours")) {
                in.problem(item, what + " has a number but no hours");
            }
            if (number == null && r.containsKey("hours")) {
                in.problem(r.get("hours"), what + " has hours but no number");
            }
            List<Lang> languages = new ArrayList<>();
            if (r.containsKey("languages")) {
                for (Node lang : in.sequence(r.get("languages"), what + " languages", false)) {
                    Lang parsed = Lang.parse(in.string(lang, what + " language"));
                    if (parsed == null) {
                        in.problem(lang, what + " language must be zh or en");
                    } else {
                        languages.add(parsed);
                    }
                }
            }
            regions.add(new Region(code, text(r, "name", what + " name"), number, hours, languages));
        }
        return new Hotline(regions, text(f, "no_hotline", "hotline no_hotline"));
    }

    private List<Topic> topics(Node node) {
        List<Topic> out = new ArrayList<>();
        for (Node item : in.sequence(node, "topics", false)) {
            Map<String, Node> f = in.mapping(item, "topic",
                    Set.of("id", "name", "description", "urgency", "advice", "channels", "faqs"), Set.of());
            if (f == null) {
                continue;
            }
            String id = id(f, "id", "topic id");
            refs.declare(in, "topic", id, f.get("id"));
            String what = "topic '" + id + "'";
            out.add(new Topic(id, text(f, "name", what + " name"), text(f, "description", what + " description"),
                    f.containsKey("urgency") ? in.enumValue(f.get("urgency"), what + " urgency", Urgency.class) : null,
                    text(f, "advice", what + " advice"),
                    refList(f.get("channels"), "channel", what + " channels", false),
                    refList(f.get("faqs"), "faq", what + " faqs", true)));
        }
        return out;
    }

    private TicketTemplate ticket(Node node) {
        Map<String, Node> f = in.mapping(node, "ticket", Set.of("subject", "fields", "attachments", "rules"), Set.of());
        if (f == null) {
            return null;
        }
        List<TicketField> fields = new ArrayList<>();
        for (Node item : f.containsKey("fields") ? in.sequence(f.get("fields"), "ticket fields", false) : List.<Node>of()) {
            Map<String, Node> field = in.mapping(item, "ticket field", Set.of("id", "label", "placeholder"), Set.of());
            if (field == null) {
                continue;
            }
            String id = id(field, "id", "ticket field id");
            if (id != null && !TicketField.IDS.contains(id)) {
                in.problem(field.get("id"), "ticket field id '" + id + "' is not one of " + String.join(", ", TicketField.IDS));
                continue;
            }
            refs.declare(in, "ticket field", id, field.get("id"));
            Text label = text(field, "label", "ticket field '" + id + "' label");
            Text placeholder = text(field, "placeholder", "ticket field '" + id + "' placeholder");
            if (id != null && label != null && placeholder != null) {
                fields.add(new TicketField(id, label, placeholder));
            }
        }
        Text subject = text(f, "subject", "ticket subject");
        List<Text> attachments = f.containsKey("attachments") ? in.texts(f.get("attachments"), "ticket attachments", false) : List.of();
        List<Text> rules = f.containsKey("rules") ? in.texts(f.get("rules"), "ticket rules", false) : List.of();
        if (subject == null || fields.size() != TicketField.IDS.size()) {
            if (subject != null && f.containsKey("fields")) {
                in.problem(f.get("fields"), "ticket fields must list each of " + String.join(", ", TicketField.IDS) + " once");
            }
            return null;
        }
        return new TicketTemplate(subject, fields, attachments, rules);
    }

    private List<Faq> faqs(Node node) {
        List<Faq> out = new ArrayList<>();
        for (Node item : in.sequence(node, "faqs", false)) {
            Map<String, Node> f = in.mapping(item, "faq",
                    Set.of("id", "title", "answer", "steps", "tags", "topic", "keywords", "synonyms", "related"), Set.of());
            if (f == null) {
                continue;
            }
            String id = id(f, "id", "faq id");
            refs.declare(in, "faq", id, f.get("id"));
            String what = "faq '" + id + "'";
            String topic = id(f, "topic", what + " topic");
            refs.refer("topic", topic, f.get("topic"), what + " topic");
            out.add(new Faq(id, text(f, "title", what + " title"), text(f, "answer", what + " answer"),
                    f.containsKey("steps") ? in.texts(f.get("steps"), what + " steps", false) : List.of(),
                    f.containsKey("tags") ? in.ids(f.get("tags"), what + " tags", false) : List.of(),
                    topic,
                    f.containsKey("keywords") ? in.terms(f.get("keywords"), what + " keywords") : new Terms(List.of(), List.of()),
                    f.containsKey("synonyms") ? in.terms(f.get("synonyms"), what + " synonyms") : new Terms(List.of(), List.of()),
                    refList(f.get("related"), "faq", what + " related", true)));
        }
        return out;
    }

    /** A list of ids that must each name something declared elsewhere in the file. */
    private List<String> refList(Node node, String kind, String what, boolean mayBeEmpty) {
        return refs.referList(in, node, kind, what, mayBeEmpty);
    }

    private Text text(Map<String, Node> fields, String key, String what) {
        return fields.containsKey(key) ? in.text(fields.get(key), what) : null;
    }

    private String id(Map<String, Node> fields, String key, String what) {
        return fields.containsKey(key) ? in.id(fields.get(key), what) : null;
    }
}
