package okpay.support.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.Question;
import okpay.support.kb.References;
import okpay.support.kb.Text;
import okpay.support.security.SecurityChecks.AnswerRule;
import okpay.support.security.SecurityChecks.NumberRule;
import okpay.support.security.SecurityChecks.PasswordPolicy;
import okpay.support.security.SecurityChecks.PasswordRule;
import okpay.support.security.SecurityChecks.Rule;
import okpay.support.security.SecurityChecks.SecurityCheck;
import okpay.support.security.SecurityChecks.Threshold;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one entry of {@code security_checks.checks}: the question, and how its answers map to pass, warn
 * or fail. Which keys a check may have depends on its type, so a misplaced key is reported, not ignored.
 */
final class SecurityCheckReader {
    private static final Set<String> COMMON = Set.of("id", "type", "name", "prompt", "weight", "severity", "recommendation", "faq");
    /** Keys that belong to one type only: key → the type that takes it. */
    private static final Map<String, String> TYPED = Map.of("status", "yes_no", "choices", "choice", "min", "number",
            "max", "number", "thresholds", "number", "otherwise", "number", "unit", "number", "password", "password");
    private static final Map<String, List<String>> REQUIRED_BY_TYPE = Map.of("yes_no", List.of("status"),
            "choice", List.of("choices"), "number", List.of("thresholds", "otherwise"), "password", List.of("password"));
    private static final Set<String> OPTIONAL = optional();

    private final NodeReader in;
    private final References refs;
    private final PasswordPolicyReader policies;
    private Node firstPassword;

    SecurityCheckReader(NodeReader in, References refs) {
        this.in = in;
        this.refs = refs;
        this.policies = new PasswordPolicyReader(in, refs);
    }

    private static Set<String> optional() {
        Set<String> keys = new HashSet<>(TYPED.keySet());
        keys.add("help");
        return Set.copyOf(keys);
    }

    /** One check, or null (with problems recorded) when it cannot be built. */
    SecurityCheck read(Node item) {
        Map<String, Node> f = in.mapping(item, "security check", COMMON, OPTIONAL);
        if (f == null) {
            return null;
        }
        String id = f.containsKey("id") ? in.id(f.get("id"), "security check id") : null;
        refs.declare(in, SecurityChecksReader.CHECK, id, f.get("id"));
        String what = NodeReader.named("security check", id);
        String type = f.containsKey("type") ? type(f.get("type"), what) : null;
        Text name = text(f, "name", what);
        Text prompt = text(f, "prompt", what);
        Text help = text(f, "help", what);
        Double weight = f.containsKey("weight") ? positive(in, f.get("weight"), what + " weight") : null;
        String severity = f.containsKey("severity") ? in.id(f.get("severity"), what + " severity") : null;
        refs.refer(SecurityChecksReader.SEVERITY, severity, f.get("severity"), what + " severity");
        Text recommendation = text(f, "recommendation", what);
        String faq = f.containsKey("faq") ? in.id(f.get("faq"), what + " faq") : null;
        refs.refer("faq", faq, f.get("faq"), what + " faq");
        if (type == null) {
            return null;
        }
        boolean complete = true;
        for (Map.Entry<String, String> typed : TYPED.entrySet()) {
            if (f.containsKey(typed.getKey()) && !typed.getValue().equals(type)) {
                in.problem(f.get(typed.getKey()), "check.field-of-type", new Subject(what), typed.getKey(), typed.getValue(), type);
                complete = false;
            }
        }
        for (String key : REQUIRED_BY_TYPE.get(type)) {
            if (!f.containsKey(key)) {
                in.problem(item, "check.missing-field", new Subject(what), type, key);
                complete = false;
            }
        }
        if (!complete) {
            return null;
        }
        Question question = null;
        Rule rule = null;
        switch (type) {
            case "yes_no" -> {
                rule = yesNoRule(f.get("status"), what);
                question = id == null || prompt == null ? null : Question.yesNo(id, prompt, help);
            }
            case "choice" -> {
                List<Question.Choice> choices = new ArrayList<>();
                rule = choiceRule(f.get("choices"), what, choices);
                question = id == null || prompt == null || rule == null ? null : Question.choice(id, prompt, help, choices);
            }
            case "number" -> {
                Double min = bound(f.get("min"), what + " min");
                Double max = bound(f.get("max"), what + " max");
                if (min != null && max != null && min > max) {
                    in.problem(f.get("max"), "check.max-below-min", new Subject(what));
                    max = null;
                }
                rule = numberRule(f, what);
                question = id == null || prompt == null ? null : Question.number(id, prompt, help, min, max);
            }
            default -> {
                rule = passwordRule(f.get("password"), f.get("type"), what);
                question = null;
            }
        }
        boolean built = rule != null && (question != null || "password".equals(type));
        return !built || name == null || prompt == null || weight == null || severity == null || recommendation == null || faq == null
                ? null : new SecurityCheck(id, name, prompt, question, weight, severity, recommendation, faq, rule);
    }

    /** Checks what could only be checked once every check has been read. */
    void finish(List<SecurityCheck> checks) {
        policies.checkSecondFactors(checks);
    }

    /** A number above zero, or null with a problem. */
    static Double positive(NodeReader in, Node node, String what) {
        Double value = in.number(node, what);
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            in.problem(node, "check.positive", new Subject(what));
            return null;
        }
        return value;
    }

    private String type(Node node, String what) {
        String value = in.string(node, what + " type");
        if (value == null) {
            return null;
        }
        String type = value.toLowerCase(Locale.ROOT);
        if (REQUIRED_BY_TYPE.containsKey(type)) {
            return type;
        }
        in.problem(node, "text".equals(type) ? "check.bad-type.text" : "check.bad-type", new Subject(what), value,
                "yes_no, choice, number, password");
        return null;
    }

    private AnswerRule yesNoRule(Node node, String what) {
        Map<String, Node> f = in.mapping(node, what + " status", Set.of("yes", "no"), Set.of());
        if (f == null) {
            return null;
        }
        CheckStatus yes = status(f.get("yes"), what + " status yes");
        CheckStatus no = status(f.get("no"), what + " status no");
        return yes == null || no == null ? null : new AnswerRule(Map.of("yes", yes, "no", no));
    }

    private AnswerRule choiceRule(Node node, String what, List<Question.Choice> choices) {
        Map<String, CheckStatus> statuses = new LinkedHashMap<>();
        boolean ok = true;
        for (Node item : in.sequence(node, what + " choices", false)) {
            Map<String, Node> f = in.mapping(item, what + " choice", Set.of("value", "label", "status"), Set.of());
            if (f == null) {
                ok = false;
                continue;
            }
            String value = f.containsKey("value") ? in.string(f.get("value"), what + " choice value") : null;
            Text label = text(f, "label", what + " choice '" + value + "'");
            CheckStatus status = f.containsKey("status") ? status(f.get("status"), what + " choice '" + value + "' status") : null;
            boolean duplicate = false;
            for (String known : statuses.keySet()) {
                duplicate |= value != null && known.equalsIgnoreCase(value);
            }
            if (duplicate) {
                in.problem(f.get("value"), "check.choice-twice", new Subject(what), value);
            }
            if (value == null || label == null || status == null || duplicate) {
                ok = false;
                continue;
            }
            statuses.put(value, status);
            choices.add(new Question.Choice(value, label));
        }
        return ok && !choices.isEmpty() ? new AnswerRule(statuses) : null;
    }

    private NumberRule numberRule(Map<String, Node> f, String what) {
        List<Threshold> thresholds = new ArrayList<>();
        boolean ok = true;
        for (Node item : in.sequence(f.get("thresholds"), what + " thresholds", false)) {
            Map<String, Node> t = in.mapping(item, what + " threshold", Set.of("at_most", "status"), Set.of());
            Double atMost = t == null || !t.containsKey("at_most") ? null : bound(t.get("at_most"), what + " threshold at_most");
            CheckStatus status = t == null || !t.containsKey("status") ? null : status(t.get("status"), what + " threshold status");
            if (atMost != null && !thresholds.isEmpty() && atMost <= thresholds.get(thresholds.size() - 1).atMost()) {
                in.problem(t.get("at_most"), "check.thresholds", new Subject(what), in.string(t.get("at_most"), "at_most"));
                atMost = null;
            }
            if (atMost == null || status == null) {
                ok = false;
                continue;
            }
            thresholds.add(new Threshold(atMost, status));
        }
        CheckStatus otherwise = status(f.get("otherwise"), what + " otherwise");
        Text unit = text(f, "unit", what);
        return ok && otherwise != null && !thresholds.isEmpty() ? new NumberRule(thresholds, otherwise, unit) : null;
    }

    private PasswordRule passwordRule(Node node, Node typeNode, String what) {
        if (firstPassword != null) {
            in.problem(typeNode, "check.one-password", new Subject(what), firstPassword.getStartMark().getLine() + 1);
            return null;
        }
        firstPassword = typeNode;
        PasswordPolicy policy = policies.read(node, what + " password");
        if (policy == null) {
            return null;
        }
        return new PasswordRule(policy);
    }

    private CheckStatus status(Node node, String what) {
        return in.enumValue(node, what, CheckStatus.class);
    }

    private Double bound(Node node, String what) {
        if (node == null) {
            return null;
        }
        Double value = in.number(node, what);
        if (value != null && !Double.isFinite(value)) {
            in.problem(node, "check.finite", new Subject(what));
            return null;
        }
        return value;
    }

    private Text text(Map<String, Node> f, String key, String what) {
        return f.containsKey(key) ? in.text(f.get(key), what + " " + key) : null;
    }
}
