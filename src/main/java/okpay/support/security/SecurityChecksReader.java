package okpay.support.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.References;
import okpay.support.kb.SectionReader;
import okpay.support.kb.Text;
import okpay.support.security.SecurityChecks.Grade;
import okpay.support.security.SecurityChecks.SecurityCheck;
import okpay.support.security.SecurityChecks.Severity;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code security_checks} section: severities, grades and the checks themselves (the
 * checks through {@link SecurityCheckReader}). Ids go through {@link References}, so a check naming an
 * unknown severity, FAQ entry or second-factor check is reported at its position.
 */
public final class SecurityChecksReader implements SectionReader<SecurityChecks> {
    /** The one instance, as {@code kb.get(SecurityChecksReader.SECTION)} names the section. */
    public static final SecurityChecksReader SECTION = new SecurityChecksReader();

    /** Kinds of ids the section declares, for {@link References}. */
    static final String SEVERITY = "severity";
    static final String CHECK = "security check";

    private SecurityChecksReader() {}

    @Override
    public String key() {
        return "security_checks";
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public SecurityChecks absent() {
        return SecurityChecks.EMPTY;
    }

    @Override
    public SecurityChecks read(Node node, Context context) {
        return new Checks(context.in(), context.refs()).read(node);
    }

    /** One reading of the section, with the file's node reader. */
    private static final class Checks {

        private final NodeReader in;
        private final References refs;

        Checks(NodeReader in, References refs) {
            this.in = in;
            this.refs = refs;
        }

        SecurityChecks read(Node node) {
            Map<String, Node> f = in.mapping(node, "security_checks", Set.of("severities", "grades", "checks"), Set.of());
            if (f == null) {
                return SecurityChecks.EMPTY;
            }
            List<Severity> severities = f.containsKey("severities") ? severities(f.get("severities")) : List.of();
            List<Grade> grades = f.containsKey("grades") ? grades(f.get("grades")) : List.of();
            List<SecurityCheck> checks = new ArrayList<>();
            if (f.containsKey("checks")) {
                SecurityCheckReader reader = new SecurityCheckReader(in, refs);
                for (Node item : in.sequence(f.get("checks"), "security_checks checks", false)) {
                    SecurityCheck check = reader.read(item);
                    if (check != null) {
                        checks.add(check);
                    }
                }
                reader.finish(checks);
            }
            return new SecurityChecks(checks, severities, grades);
        }

        private List<Severity> severities(Node node) {
            List<Severity> out = new ArrayList<>();
            for (Node item : in.sequence(node, "security_checks severities", false)) {
                Map<String, Node> f = in.mapping(item, "severity", Set.of("id", "factor", "name"), Set.of());
                if (f == null) {
                    continue;
                }
                String id = f.containsKey("id") ? in.id(f.get("id"), "severity id") : null;
                refs.declare(in, SEVERITY, id, f.get("id"));
                String what = NodeReader.named("severity", id);
                Double factor = f.containsKey("factor") ? SecurityCheckReader.positive(in, f.get("factor"), what + " factor") : null;
                Text name = f.containsKey("name") ? in.text(f.get("name"), what + " name") : null;
                if (id != null && factor != null && name != null) {
                    out.add(new Severity(id, factor, name));
                }
            }
            return out;
        }

        private List<Grade> grades(Node node) {
            List<Grade> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Integer previous = null;
            Node last = null;
            for (Node item : in.sequence(node, "security_checks grades", false)) {
                Map<String, Node> f = in.mapping(item, "grade", Set.of("grade", "min_score", "summary"), Set.of());
                if (f == null) {
                    continue;
                }
                String grade = f.containsKey("grade") ? in.string(f.get("grade"), "grade") : null;
                if (grade != null && !seen.add(grade)) {
                    in.problem(f.get("grade"), "grade.duplicate", grade);
                }
                String what = "grade '" + grade + "'";
                Integer min = f.containsKey("min_score") ? in.integer(f.get("min_score"), what + " min_score") : null;
                if (min != null && (min < 0 || min > 100)) {
                    in.problem(f.get("min_score"), "grade.range", new Subject(what), min);
                    min = null;
                } else if (min != null && previous != null && min >= previous) {
                    in.problem(f.get("min_score"), "grade.order", new Subject(what), previous);
                }
                if (min != null) {
                    previous = min;
                    last = f.get("min_score");
                }
                Text summary = f.containsKey("summary") ? in.text(f.get("summary"), what + " summary") : null;
                if (grade != null && min != null && summary != null) {
                    out.add(new Grade(grade, min, summary));
                }
            }
            if (last != null && previous != 0) {
                in.problem(last, "grade.last");
            }
            return out;
        }
    }
}
