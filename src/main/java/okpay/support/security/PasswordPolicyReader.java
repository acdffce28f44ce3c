package okpay.support.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.References;
import okpay.support.security.SecurityChecks.AnswerRule;
import okpay.support.security.SecurityChecks.PasswordPolicy;
import okpay.support.security.SecurityChecks.SecurityCheck;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code password} policy of the password check (NIST SP 800-63B lengths, strength bounds, context words). */
final class PasswordPolicyReader {
    /** A policy's second-factor answers, checked once every check has been read. */
    private record SecondFactor(String check, List<String> values, Node node, String what) {}

    private final NodeReader in;
    private final References refs;
    private final List<SecondFactor> secondFactors = new ArrayList<>();

    PasswordPolicyReader(NodeReader in, References refs) {
        this.in = in;
        this.refs = refs;
    }

    /** The policy at {@code node}, or null with problems recorded. */
    PasswordPolicy read(Node node, String what) {
        Map<String, Node> f = in.mapping(node, what,
                Set.of("min_length", "min_length_with_second_factor", "second_factor", "pass_strength", "warn_strength"),
                Set.of("context_words"));
        if (f == null) {
            return null;
        }
        Integer min = length(f.get("min_length"), what + " min_length");
        Integer minWith = length(f.get("min_length_with_second_factor"), what + " min_length_with_second_factor");
        if (min != null && minWith != null && minWith > min) {
            in.problem(f.get("min_length_with_second_factor"), "policy.second-factor", new Subject(what), minWith, min);
            minWith = null;
        }
        Integer pass = strength(f.get("pass_strength"), what + " pass_strength");
        Integer warn = strength(f.get("warn_strength"), what + " warn_strength");
        if (pass != null && warn != null && warn > pass) {
            in.problem(f.get("warn_strength"), "policy.warn-above-pass", new Subject(what), warn, pass);
            warn = null;
        }
        String check = null;
        List<String> values = List.of();
        Node secondFactor = f.get("second_factor");
        Map<String, Node> sf = secondFactor == null ? null
                : in.mapping(secondFactor, what + " second_factor", Set.of("check", "values"), Set.of());
        if (sf != null) {
            check = sf.containsKey("check") ? in.id(sf.get("check"), what + " second_factor check") : null;
            refs.refer(SecurityChecksReader.CHECK, check, sf.get("check"), what + " second_factor check");
            values = sf.containsKey("values") ? in.strings(sf.get("values"), what + " second_factor values", false) : List.of();
            if (check != null) {
                secondFactors.add(new SecondFactor(check, values, sf.getOrDefault("values", secondFactor), what + " second_factor"));
            }
        }
        List<String> words = f.containsKey("context_words") ? in.strings(f.get("context_words"), what + " context_words", true) : List.of();
        for (String word : words) {
            if (word.codePointCount(0, word.length()) < 3) {
                in.problem(f.get("context_words"), "policy.short-word", new Subject(what), word);
            }
        }
        return min == null || minWith == null || pass == null || warn == null || check == null || values.isEmpty() ? null
                : new PasswordPolicy(min, minWith, check, values, pass, warn, words);
    }

    /** Checks that each policy's second-factor values are answers of the check it names. */
    void checkSecondFactors(List<SecurityCheck> checks) {
        Map<String, SecurityCheck> byId = new HashMap<>();
        for (SecurityCheck check : checks) {
            byId.put(check.id(), check);
        }
        for (SecondFactor sf : secondFactors) {
            SecurityCheck check = byId.get(sf.check());
            if (check == null) {
                continue; // an unknown id is reported by References, with a "did you mean"
            }
            if (!(check.rule() instanceof AnswerRule answers)) {
                in.problem(sf.node(), "policy.check-type", new Subject(sf.what()), sf.check(), check.type());
                continue;
            }
            for (String value : sf.values()) {
                if (!answers.statuses().containsKey(value)) {
                    in.problem(sf.node(), "policy.not-an-answer", new Subject(sf.what()), value, sf.check(),
                            String.join(", ", answers.statuses().keySet().stream().sorted().toList()));
                }
            }
        }
    }

    private Integer length(Node node, String what) {
        return ranged(node, what, 1, 256, "policy.length");
    }

    private Integer strength(Node node, String what) {
        return ranged(node, what, 0, 4, "policy.strength");
    }

    private Integer ranged(Node node, String what, int min, int max, String problem) {
        Integer value = node == null ? null : in.integer(node, what);
        if (value != null && (value < min || value > max)) {
            in.problem(node, problem, new Subject(what), value);
            return null;
        }
        return value;
    }
}
