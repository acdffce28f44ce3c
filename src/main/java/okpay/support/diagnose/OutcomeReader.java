package okpay.support.diagnose;

import java.util.List;
import java.util.Map;
import java.util.Set;
import okpay.support.kb.AgentText;
import okpay.support.kb.NodeReader;
import okpay.support.kb.Subject;
import okpay.support.kb.References;
import okpay.support.kb.Text;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one outcome of a decision flow: cause, steps, retry advice, whether and where to escalate. */
final class OutcomeReader {
    private final NodeReader in;
    private final References refs;

    OutcomeReader(NodeReader in, References refs) {
        this.in = in;
        this.refs = refs;
    }

    /**
     * The outcome at {@code node} of {@code flow}; {@code flowTopic} is the topic when it names none, {@code flowPayment}
     * whether it is about a payment when it does not say.
     */
    Outcome read(Node node, String flow, String flowTopic, boolean flowPayment, FlowChecker graph) {
        Map<String, Node> f = in.mapping(node, flow + " outcome",
                Set.of("id", "title", "cause", "retry", "escalate"), Set.of("steps", "topic", "faqs", "payment", "agent"));
        if (f == null) {
            return null;
        }
        String id = f.containsKey("id") ? in.id(f.get("id"), flow + " outcome id") : null;
        graph.declare(id, f.get("id"), false);
        String what = NodeReader.named(flow + " outcome", id);
        Text title = f.containsKey("title") ? in.text(f.get("title"), what + " title") : null;
        Text cause = f.containsKey("cause") ? in.text(f.get("cause"), what + " cause") : null;
        Node stepsNode = f.get("steps");
        List<Text> steps = stepsNode == null ? List.of() : in.texts(stepsNode, what + " steps", true);
        if (steps.isEmpty() && (stepsNode == null || isEmptyList(stepsNode))) {
            in.problem(stepsNode != null ? stepsNode : node, "outcome.no-steps", new Subject(what));
        }
        Retry retry = f.containsKey("retry") ? in.enumValue(f.get("retry"), what + " retry", Retry.class) : null;
        Boolean escalate = f.containsKey("escalate") ? in.bool(f.get("escalate"), what + " escalate") : null;
        String topic = f.containsKey("topic") ? in.id(f.get("topic"), what + " topic") : null;
        refs.refer("topic", topic, f.get("topic"), what + " topic");
        List<String> faqs = refs.referList(in, f.get("faqs"), "faq", what + " faqs", true);
        Boolean payment = f.containsKey("payment") ? in.bool(f.get("payment"), what + " payment") : Boolean.valueOf(flowPayment);
        AgentText agent = f.containsKey("agent") ? AgentText.read(in, f.get("agent"), what, Set.of()) : null;
        if (id == null || title == null || cause == null || steps.isEmpty() || retry == null || escalate == null || payment == null
                || f.containsKey("agent") && agent == null) {
            return null;
        }
        return new Outcome(id, title, cause, steps, retry, escalate, topic != null ? topic : flowTopic, faqs, payment, agent);
    }

    private static boolean isEmptyList(Node node) {
        return node instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence && sequence.getValue().isEmpty();
    }
}
