package okpay.support.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import okpay.support.ask.AskResult;
import okpay.support.ask.Triage;
import okpay.support.diagnose.FlowsReader;
import okpay.support.error.SupportException;
import okpay.support.faq.FaqReader;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Terms;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Scores an answerer against the held-out evaluation queries (src/test/resources/eval/queries.yaml, written before any
 * tuning): hit@1 and hit@3 of the expected FAQ entry on the in-scope queries, how often an out-of-scope query gets
 * "nothing fits", and how often the suggested flow and topic are the ones a query names. The queries are split into
 * two halves by position (even: the half looked at while developing, odd: never looked at), and each figure is also
 * given for each half, so that a gap between them shows tuning to the queries.
 */
public final class SearchEvaluation {
    /** The file of queries, relative to the project. */
    public static final Path QUERIES = Path.of("src/test/resources/eval/queries.yaml");

    /** One query with what a good answer holds. */
    public record Query(int index, String text, String lang, String faq, List<String> also, String flow, String topic) {
        /** Whether the knowledge base has an answer: an expected FAQ entry. */
        public boolean inScope() {
            return faq != null;
        }

        /** Whether {@code id} is an acceptable best answer. */
        public boolean accepts(String id) {
            return faq != null && (faq.equals(id) || also.contains(id));
        }

        /** The half this query belongs to: the one developed on ({@code even}) or the one kept aside ({@code odd}). */
        public boolean developed() {
            return index % 2 == 0;
        }
    }

    /** What an answerer said: FAQ ids best first (empty when nothing fits), the flow and topic suggested (or null). */
    public record Answer(List<String> faqs, String flow, String topic) {}

    /** A query the answerer did not answer as expected, for the report. */
    public record Miss(Query query, Answer answer, String what) {}

    /** The figures, overall and by half. */
    public record Report(Figures all, Figures developed, Figures keptAside, List<Miss> misses) {
        /** The report as lines of text. */
        public String text() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%-22s %8s %8s %8s%n", "", "all", "even", "odd"));
            row(out, "hit@1", Figures::hit1);
            row(out, "hit@3", Figures::hit3);
            row(out, "nothing fits (oos)", Figures::nothingFits);
            row(out, "flow routing", Figures::flow);
            row(out, "topic routing", Figures::topic);
            return out.toString();
        }

        private void row(StringBuilder out, String name, Function<Figures, Ratio> figure) {
            out.append(String.format(Locale.ROOT, "%-22s %8s %8s %8s%n", name, figure.apply(all), figure.apply(developed),
                    figure.apply(keptAside)));
        }
    }

    /** A share: {@code hits} of {@code total}. */
    public record Ratio(int hits, int total) {
        public double value() {
            return total == 0 ? 1.0 : (double) hits / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d/%d", hits, total);
        }
    }

    /** hit@1 and hit@3 (in-scope queries), "nothing fits" (out-of-scope ones), flow and topic routing. */
    public record Figures(Ratio hit1, Ratio hit3, Ratio nothingFits, Ratio flow, Ratio topic) {}

    private SearchEvaluation() {}

    /** The queries of {@link #QUERIES}, in file order. */
    @SuppressWarnings("unchecked")
    public static List<Query> queries() {
        String text;
        try {
            text = Files.readString(QUERIES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> items = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        List<Query> queries = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Object also = item.get("also");
            queries.add(new Query(queries.size(), String.valueOf(item.get("q")), (String) item.get("lang"), (String) item.get("faq"),
                    also == null ? List.of() : List.copyOf((List<String>) also), (String) item.get("flow"), (String) item.get("topic")));
        }
        return queries;
    }

    /** How {@code ask} answers {@code query} on {@code kb}, with at most three entries; a description without words fits nothing. */
    public static Answer ask(KnowledgeBase kb, String query) {
        AskResult result;
        try {
            result = new Triage(kb, Lang.EN).ask(query, 3);
        } catch (SupportException e) {
            return new Answer(List.of(), null, null);
        }
        return new Answer(result.faqs().stream().map(AskResult.FaqMatch::id).toList(), result.flow() == null ? null : result.flow().id(),
                result.fits() && result.topic() != null ? result.topic().id() : null);
    }

    /**
     * The queries that are not one of {@code kb}'s example questions written again (ignoring case, spaces and
     * punctuation): the two files were written apart, and a few queries came out the same as an example.
     */
    public static List<Query> notAmongTheExamples(List<Query> queries, KnowledgeBase kb) {
        Set<String> examples = new java.util.HashSet<>();
        kb.get(FaqReader.SECTION).forEach(faq -> add(faq.examples(), examples));
        kb.get(FlowsReader.SECTION).forEach(flow -> add(flow.examples(), examples));
        return queries.stream().filter(q -> !examples.contains(bare(q.text()))).collect(Collectors.toList());
    }

    private static void add(Terms terms, Set<String> into) {
        for (Lang lang : Lang.values()) {
            terms.get(lang).forEach(text -> into.add(bare(text)));
        }
    }

    private static String bare(String text) {
        return text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Runs {@code answerer} on every query. */
    public static Report run(List<Query> queries, Function<String, Answer> answerer) {
        List<Miss> misses = new ArrayList<>();
        Counter all = new Counter();
        Counter even = new Counter();
        Counter odd = new Counter();
        for (Query query : queries) {
            Answer answer = answerer.apply(query.text());
            Counter half = query.developed() ? even : odd;
            for (Counter counter : List.of(all, half)) {
                counter.add(query, answer, counter == all ? misses : new ArrayList<>());
            }
        }
        return new Report(all.figures(), even.figures(), odd.figures(), misses);
    }

    /** Tallies for one set of queries. */
    private static final class Counter {
        int inScope;
        int hit1;
        int hit3;
        int outOfScope;
        int nothing;
        int flows;
        int flowRight;
        int topics;
        int topicRight;

        void add(Query query, Answer answer, List<Miss> misses) {
            if (!query.inScope()) {
                outOfScope++;
                if (answer.faqs().isEmpty() && answer.flow() == null) {
                    nothing++;
                } else {
                    misses.add(new Miss(query, answer, "out of scope, answered"));
                }
                return;
            }
            inScope++;
            List<String> faqs = answer.faqs();
            if (!faqs.isEmpty() && query.accepts(faqs.get(0))) {
                hit1++;
            } else {
                misses.add(new Miss(query, answer, "faq"));
            }
            if (faqs.stream().limit(3).anyMatch(query::accepts)) {
                hit3++;
            }
            // Every in-scope query says which flow fits, by naming one or by leaving it out (none fits).
            flows++;
            if (java.util.Objects.equals(query.flow(), answer.flow())) {
                flowRight++;
            } else {
                misses.add(new Miss(query, answer, "flow"));
            }
            if (query.topic() != null) {
                topics++;
                if (query.topic().equals(answer.topic())) {
                    topicRight++;
                } else {
                    misses.add(new Miss(query, answer, "topic"));
                }
            }
        }

        Figures figures() {
            return new Figures(new Ratio(hit1, inScope), new Ratio(hit3, inScope), new Ratio(nothing, outOfScope),
                    new Ratio(flowRight, flows), new Ratio(topicRight, topics));
        }
    }
}
