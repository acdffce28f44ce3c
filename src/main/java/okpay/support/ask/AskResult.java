package okpay.support.ask;

import java.util.List;
import java.util.Map;
import okpay.support.render.KeepEmpty;

/**
 * What {@code ask} answers, in the user's language: the FAQ entries that fit, best first; the troubleshooting flow to
 * run, with the answers already taken from the description; the support topic with its urgency; one thing to do now.
 *
 * @param query the description as understood, secrets removed
 * @param flow  null when no flow fits
 * @param topic the topic of the best answer, or, when nothing fits, of the closest one; null if nothing is close
 */
public record AskResult(String query, @KeepEmpty List<FaqMatch> faqs, FlowSuggestion flow, TopicRoute topic, String next) {
    public AskResult {
        faqs = List.copyOf(faqs);
    }

    /** Whether anything fits: an entry or a flow. */
    public boolean fits() {
        return !faqs.isEmpty() || flow != null;
    }

    /** A FAQ entry that fits, with its score from 0 to 1 and the words of the description that matched it. */
    public record FaqMatch(String id, String title, double score, List<String> matched) {
        public FaqMatch {
            matched = List.copyOf(matched);
        }
    }

    /**
     * The flow to run, with the answers (question id to value) already given by the description, in the flow's order;
     * {@code code} is the decline code the description names, for a flow that explains codes (null otherwise).
     */
    public record FlowSuggestion(String id, String title, Map<String, String> answers, String code) {
        public FlowSuggestion {
            answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
        }

        /** The command that runs it: {@code diagnose FLOW --answer ID=VALUE...}, or {@code diagnose FLOW --code CODE}. */
        public List<String> command() {
            List<String> args = new java.util.ArrayList<>(List.of("diagnose", id));
            if (code != null) {
                args.addAll(List.of("--code", code));
                return args;
            }
            for (Map.Entry<String, String> answer : answers.entrySet()) {
                args.add("--answer");
                args.add(answer.getKey() + "=" + answer.getValue());
            }
            return args;
        }
    }

    /** A support topic with its urgency ({@code low}, {@code normal}, {@code high}, {@code critical}). */
    public record TopicRoute(String id, String name, String urgency) {
        /** The command that shows the channels for it: {@code contact --topic ID}. */
        public List<String> command() {
            return List.of("contact", "--topic", id);
        }
    }
}
