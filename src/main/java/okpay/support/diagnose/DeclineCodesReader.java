package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okpay.support.kb.AgentText;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.NodeReader;
import okpay.support.kb.References;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Shared;
import okpay.support.kb.Subject;
import okpay.support.kb.Text;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the optional {@code decline_codes} section: general steps, and one entry per code with its aliases. */
@Shared
public final class DeclineCodesReader implements SectionReader<DeclineCatalog> {
    /** The one instance, as {@code kb.get(DeclineCodesReader.SECTION)} names the section. */
    public static final DeclineCodesReader SECTION = new DeclineCodesReader();

    /** What an agent must know of every code: the real reason, what to tell the customer and whether to escalate. */
    private static final Set<String> AGENT_REQUIRED = Set.of("reason", "tell", "escalate");

    private DeclineCodesReader() {}

    @Override
    public String key() {
        return "decline_codes";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public DeclineCatalog absent() {
        return DeclineCatalog.EMPTY;
    }

    @Override
    public Map<String, Integer> counts(DeclineCatalog value) {
        return value.codes().isEmpty() ? Map.of() : Map.of("declineCodes", value.codes().stream().mapToInt(c -> c.codes().size()).sum());
    }

    @Override
    public DeclineCatalog read(Node node, Context context) {
        return new Codes(context.in(), context.refs()).read(node);
    }

    /**
     * The entry listing {@code code}, as {@link DeclineCatalog#find} finds it; of a compiled knowledge base (the embedded
     * one) whose catalogue is not read yet, that entry alone is read: {@code diagnose --code} needs one of 60-odd codes,
     * each with its agent text, and reading them all cost a cold start several milliseconds.
     */
    public static Optional<DeclineCode> find(KnowledgeBase kb, String code) {
        Optional<DeclineCode> alone = kb.readAlone(SECTION, new OneCode(code.strip().toLowerCase(Locale.ROOT)));
        return alone != null ? alone : kb.get(SECTION).find(code);
    }

    /** The first entry whose codes hold {@code wanted} (lower case), found by its code nodes and then read alone. */
    private record OneCode(String wanted) implements SectionReader.Lookup<DeclineCode> {
        @Override
        public DeclineCode read(Node tree, Context context) {
            Node list = SectionReader.Lookup.value(tree, "codes");
            if (!(list instanceof SequenceNode entries)) {
                return null;
            }
            for (Node entry : entries.getValue()) {
                Node codes = SectionReader.Lookup.value(entry, "codes");
                if (codes instanceof SequenceNode names) {
                    for (Node name : names.getValue()) {
                        if (name instanceof ScalarNode scalar && scalar.getValue().strip().toLowerCase(Locale.ROOT).equals(wanted)) {
                            return new Codes(context.in(), context.refs()).code(entry);
                        }
                    }
                }
            }
            return null;
        }
    }

    /** One reading of the section, with the file's node reader. */
    private static final class Codes {
        private final NodeReader in;
        private final References refs;

        Codes(NodeReader in, References refs) {
            this.in = in;
            this.refs = refs;
        }

        DeclineCatalog read(Node node) {
            Map<String, Node> f = in.mapping(node, "decline_codes", Set.of("general_steps", "codes"), Set.of());
            if (f == null) {
                return DeclineCatalog.EMPTY;
            }
            List<Text> general = f.containsKey("general_steps") ? in.texts(f.get("general_steps"), "decline_codes general_steps", false) : List.of();
            List<DeclineCode> codes = new ArrayList<>();
            for (Node item : f.containsKey("codes") ? in.sequence(f.get("codes"), "decline_codes codes", false) : List.<Node>of()) {
                DeclineCode code = code(item);
                if (code != null) {
                    codes.add(code);
                }
            }
            return new DeclineCatalog(general, codes);
        }

        private DeclineCode code(Node node) {
            Map<String, Node> f = in.mapping(node, "decline code",
                    Set.of("codes", "scheme", "title", "meaning", "actor", "retry", "steps"), Set.of("disclose", "agent"));
            if (f == null) {
                return null;
            }
            List<String> codes = new ArrayList<>();
            for (Node item : f.containsKey("codes") ? in.sequence(f.get("codes"), "decline code codes", false) : List.<Node>of()) {
                String code = in.string(item, "decline code");
                if (code != null && !isCode(code)) {
                    in.problem(item, "code.bad", code);
                } else if (code != null) {
                    refs.declare(in, "decline code", code.toLowerCase(Locale.ROOT), item);
                    codes.add(code);
                }
            }
            String what = "decline code '" + (codes.isEmpty() ? "?" : codes.get(0)) + "'";
            DeclineCode.Scheme scheme = f.containsKey("scheme") ? in.enumValue(f.get("scheme"), what + " scheme", DeclineCode.Scheme.class) : null;
            Text title = f.containsKey("title") ? in.text(f.get("title"), what + " title") : null;
            Text meaning = f.containsKey("meaning") ? in.text(f.get("meaning"), what + " meaning") : null;
            DeclineCode.Actor actor = f.containsKey("actor") ? in.enumValue(f.get("actor"), what + " actor", DeclineCode.Actor.class) : null;
            Retry retry = f.containsKey("retry") ? in.enumValue(f.get("retry"), what + " retry", Retry.class) : null;
            List<Text> steps = f.containsKey("steps") ? in.texts(f.get("steps"), what + " steps", false) : List.of();
            Boolean disclose = f.containsKey("disclose") ? in.bool(f.get("disclose"), what + " disclose") : Boolean.TRUE;
            AgentText agent = f.containsKey("agent") ? AgentText.read(in, f.get("agent"), what, AGENT_REQUIRED) : null;
            if (Boolean.FALSE.equals(disclose) && !f.containsKey("agent")) {
                in.problem(f.get("disclose"), "code.agent-needed", new Subject(what));
            }
            if (codes.isEmpty() || scheme == null || title == null || meaning == null || actor == null || retry == null || steps.isEmpty()
                    || disclose == null || f.containsKey("agent") && agent == null) {
                return null;
            }
            return new DeclineCode(codes, scheme, title, meaning, actor, retry, steps, disclose, agent);
        }
    }

    /**
     * True for a decline code: letters and digits in words joined by single underscores ({@code 51}, {@code N7},
     * {@code do_not_honor}). By hand rather than a regular expression: the codes are read on every diagnose --code run,
     * and a cold JVM's first regular expression costs milliseconds.
     */
    static boolean isCode(String code) {
        boolean word = false; // the last character was a letter or digit
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                word = true;
            } else if (c == '_' && word) {
                word = false;
            } else {
                return false;
            }
        }
        return word;
    }
}
