package okpay.support.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okpay.support.contact.HotlineReader;
import okpay.support.contact.Region;
import okpay.support.diagnose.DeclineCode;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowsReader;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Question;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;
import okpay.support.prompt.AnswerNormalizer;
import okpay.support.security.SecurityChecks;
import okpay.support.security.SecurityChecksReader;

/**
 * The knowledge-base values the shell completes, keyed by command path and option name or positional
 * index: FAQ ids, tags, topics, regions, flows, decline codes, security checks and the answers of their questions.
 * This is the one place to register more: a command that takes an id from the knowledge base adds one line
 * to {@link #standard()}, such as {@code .option("diagnose", "--code", KnowledgeBaseValues::declineCodes)}.
 */
final class KnowledgeBaseValues {
    /** A value offered on Tab, with a short description in the session's language (may be null). */
    record Value(String value, String description) {}

    /** Reads the values of one option or parameter from a loaded knowledge base. */
    @FunctionalInterface
    interface Source {
        List<Value> values(KnowledgeBase kb, Lang lang);
    }

    /**
     * Reads values that depend on the rest of the line, such as {@code --answer ID=VALUE} for the questions of
     * the flow named on it.
     */
    @FunctionalInterface
    interface LineSource {
        List<Value> values(KnowledgeBase kb, Lang lang, List<String> words);
    }

    private final Map<String, LineSource> sources = new HashMap<>();

    /** The values of {@code option} (its longest name, as {@code --topic}) of the command at {@code path}. */
    KnowledgeBaseValues option(String path, String option, Source source) {
        return optionFromLine(path, option, (kb, lang, words) -> source.values(kb, lang));
    }

    /** Like {@link #option}, with values that depend on the other words of the line. */
    KnowledgeBaseValues optionFromLine(String path, String option, LineSource source) {
        sources.put(path + " " + option, source);
        return this;
    }

    /** The values of positional parameter {@code index} (from 0) of the command at {@code path}. */
    KnowledgeBaseValues positional(String path, int index, Source source) {
        sources.put(path + " #" + index, (kb, lang, words) -> source.values(kb, lang));
        return this;
    }

    /** The registrations of the commands this build has. */
    static KnowledgeBaseValues standard() {
        return new KnowledgeBaseValues()
                .positional("faq show", 0, KnowledgeBaseValues::faqIds)
                .option("faq list", "--tag", KnowledgeBaseValues::tags)
                .option("contact", "--topic", KnowledgeBaseValues::topics)
                .option("contact draft", "--topic", KnowledgeBaseValues::topics)
                .option("contact", "--region", KnowledgeBaseValues::regions)
                .positional("diagnose", 0, KnowledgeBaseValues::flows)
                .positional("diagnose describe", 0, KnowledgeBaseValues::flows)
                .option("diagnose", "--code", KnowledgeBaseValues::declineCodes)
                .option("diagnose", "--region", KnowledgeBaseValues::regions)
                .optionFromLine("diagnose", "--answer", (kb, lang, words) -> answers(flowQuestions(kb, words)))
                .option("security-check", "--only", KnowledgeBaseValues::securityChecks)
                .option("security-check", "--answer", (kb, lang) -> answers(securityQuestions(kb)));
    }

    /** Whether values are registered for {@code position}; null-safe. */
    boolean covers(CommandPosition position) {
        return source(position) != null;
    }

    /** The values for {@code position} on a line of {@code words}, or an empty list. */
    List<Value> values(CommandPosition position, List<String> words, KnowledgeBase kb, Lang lang) {
        LineSource source = source(position);
        return source == null || kb == null ? List.of() : source.values(kb, lang, words);
    }

    private LineSource source(CommandPosition position) {
        if (position.option() != null) {
            return sources.get(position.path() + " " + position.option().longestName());
        }
        return position.positional() < 0 ? null : sources.get(position.path() + " #" + position.positional());
    }

    /**
     * {@code --answer ID=VALUE} pairs for {@code questions}: every accepted value of yes/no and choice questions,
     * and {@code ID=} for numbers and text. Tab narrows them by what is typed, so {@code alerts=} shows its values.
     */
    static List<Value> answers(List<Question> questions) {
        List<Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question question : questions) {
            if (!seen.add(question.id())) {
                continue; // Flows may share a question id such as "amount".
            }
            List<String> accepted = AnswerNormalizer.completions(question);
            if (accepted.isEmpty()) {
                values.add(new Value(question.id() + "=", null));
            }
            for (String answer : accepted) {
                values.add(new Value(question.id() + "=" + answer, null));
            }
        }
        return values;
    }

    static List<Value> flows(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (Flow flow : kb.get(FlowsReader.SECTION)) {
            values.add(new Value(flow.id(), flow.title().get(lang)));
        }
        return values;
    }

    /** Every code and alias of the decline-code catalogue ({@code 51}, {@code insufficient_funds}...), with its title. */
    static List<Value> declineCodes(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (DeclineCode code : kb.get(DeclineCodesReader.SECTION).codes()) {
            for (String alias : code.codes()) {
                values.add(new Value(alias, code.title().get(lang)));
            }
        }
        return values;
    }

    /** The questions of the flow named on the line ({@code diagnose declined-tx --answer ...}), else of every flow. */
    private static List<Question> flowQuestions(KnowledgeBase kb, List<String> words) {
        List<Question> questions = new ArrayList<>();
        for (Flow flow : kb.get(FlowsReader.SECTION)) {
            if (words.contains(flow.id())) {
                questions.clear();
                flow.questions().forEach(q -> questions.add(q.question()));
                return questions;
            }
            flow.questions().forEach(q -> questions.add(q.question()));
        }
        return questions;
    }

    static List<Value> securityChecks(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (SecurityChecks.SecurityCheck check : kb.get(SecurityChecksReader.SECTION).checks()) {
            values.add(new Value(check.id(), check.name().get(lang)));
        }
        return values;
    }

    private static List<Question> securityQuestions(KnowledgeBase kb) {
        List<Question> questions = new ArrayList<>();
        for (SecurityChecks.SecurityCheck check : kb.get(SecurityChecksReader.SECTION).checks()) {
            if (check.question() != null) {
                questions.add(check.question());
            }
        }
        return questions;
    }

    static List<Value> faqIds(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (Faq faq : kb.get(FaqReader.SECTION)) {
            values.add(new Value(faq.id(), faq.title().get(lang)));
        }
        return values;
    }

    static List<Value> tags(KnowledgeBase kb, Lang lang) {
        TreeSet<String> tags = new TreeSet<>();
        for (Faq faq : kb.get(FaqReader.SECTION)) {
            tags.addAll(faq.tags());
        }
        List<Value> values = new ArrayList<>();
        for (String tag : tags) {
            values.add(new Value(tag, null));
        }
        return values;
    }

    static List<Value> topics(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (Topic topic : kb.get(TopicsReader.SECTION)) {
            values.add(new Value(topic.id(), topic.name().get(lang)));
        }
        return values;
    }

    static List<Value> regions(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        if (kb.get(HotlineReader.SECTION) == null) {
            return values;
        }
        for (Region region : kb.get(HotlineReader.SECTION).regions()) {
            values.add(new Value(region.code(), region.name().get(lang)));
        }
        return values;
    }
}
