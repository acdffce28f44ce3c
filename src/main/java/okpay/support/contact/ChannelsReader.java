package okpay.support.contact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.References;
import okpay.support.kb.SectionReader;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code channels} section: exactly one of each {@link ChannelKind}, with its official addresses. */
public final class ChannelsReader implements SectionReader<List<Channel>> {
    /** The one instance, as {@code kb.get(ChannelsReader.SECTION)} names the section. */
    public static final ChannelsReader SECTION = new ChannelsReader();
    private static final List<ContactKind> ADDRESS_KINDS = List.of(ContactKind.URL, ContactKind.EMAIL, ContactKind.PHONE, ContactKind.HANDLE);
    private static final String IDS = ids();

    private ChannelsReader() {}

    /** The channel ids, sorted, for messages. Not a stream: this class is initialised on every run that reads channels. */
    private static String ids() {
        List<String> ids = new ArrayList<>();
        for (ChannelKind kind : ChannelKind.values()) {
            ids.add(kind.id());
        }
        Collections.sort(ids);
        return String.join(", ", ids);
    }

    @Override
    public String key() {
        return "channels";
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public List<Channel> absent() {
        return List.of();
    }

    @Override
    public Map<String, Integer> counts(List<Channel> channels) {
        return Map.of("channels", channels.size());
    }

    @Override
    public List<Channel> read(Node node, Context context) {
        NodeReader in = context.in();
        References refs = context.refs();
        List<Channel> out = new ArrayList<>();
        for (Node item : in.sequence(node, "channels", false)) {
            Map<String, Node> f = in.mapping(item, "channel",
                    Set.of("id", "name", "summary", "how", "best_for", "response_time", "have_ready", "values"), Set.of());
            if (f == null) {
                continue;
            }
            String id = in.id(f, "id", "channel id");
            ChannelKind kind = ChannelKind.of(id);
            if (id != null && kind == null) {
                in.problem(f.get("id"), "channel.bad-id", id, IDS);
            }
            refs.declare(in, References.CHANNEL, id, f.get("id"));
            String what = NodeReader.named("channel", id);
            Channel channel = new Channel(kind, in.text(f, "name", what + " name"), in.text(f, "summary", what + " summary"),
                    in.text(f, "how", what + " how"), in.text(f, "best_for", what + " best_for"),
                    in.text(f, "response_time", what + " response_time"), in.texts(f, "have_ready", what + " have_ready"),
                    f.containsKey("values") ? values(in, f.get("values"), what) : List.of());
            if (kind != null) {
                out.add(channel);
            }
        }
        for (ChannelKind required : ChannelKind.values()) {
            String id = required.id();
            if (!refs.isDeclared(References.CHANNEL, id)) {
                in.problem(node, "channel.missing", id);
            }
        }
        return List.copyOf(out);
    }

    private static List<ContactValue> values(NodeReader in, Node node, String what) {
        List<ContactValue> out = new ArrayList<>();
        for (Node item : in.sequence(node, what + " values", false)) {
            Map<String, Node> f = in.mapping(item, what + " value", Set.of("kind", "value", "label"), Set.of("platform"));
            if (f == null) {
                continue;
            }
            // Domains are the product's official_domains; a channel lists the addresses people use.
            ContactKind kind = f.containsKey("kind") ? in.enumValue(f.get("kind"), what + " value kind", ADDRESS_KINDS) : null;
            String value = f.containsKey("value") ? in.string(f.get("value"), what + " value") : null;
            if (kind == ContactKind.PHONE && value != null && !isPhone(value)) {
                in.problem(f.get("value"), "channel.phone", new Subject(what), value);
            }
            out.add(new ContactValue(kind, value, in.text(f, "label", what + " value label"),
                    in.optionalString(f.get("platform"), what + " value platform")));
        }
        return out;
    }

    /**
     * True for an international phone number, as official numbers must be written: '+', a digit, then 6 to 24 digits,
     * spaces, parentheses or hyphens. By hand rather than a regular expression: channels are read on most runs, and a
     * cold JVM's first regular expression costs milliseconds.
     */
    static boolean isPhone(String value) {
        int length = value.length();
        if (length < 8 || length > 26 || value.charAt(0) != '+' || value.charAt(1) < '0' || value.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
