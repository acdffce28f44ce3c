package okpay.support.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.lang.reflect.AnnotatedElement;
import okpay.support.cli.KbValues;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import okpay.support.contact.HotlineReader;
import okpay.support.contact.Region;
import okpay.support.diagnose.DeclineCode;
import okpay.support.diagnose.DeclineCodesReader;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowsReader;
import okpay.support.faq.Faq;
import okpay.support.faq.FaqReader;
import okpay.support.faq.FaqTag;
import okpay.support.faq.TagsReader;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Question;
import okpay.support.kb.Topic;
import okpay.support.kb.TopicsReader;
import okpay.support.prompt.AnswerNormalizer;
import okpay.support.security.SecurityChecks;
import okpay.support.security.SecurityChecksReader;

/**
 * The knowledge-base values the shell completes: FAQ ids, tags, topics, regions, flows, decline codes, security
 * checks and the answers of their questions. Which option or parameter takes which values is declared on the
 * command itself with {@link KbValues}; this class only knows how to read each kind from a knowledge base.
 */
final class KnowledgeBaseValues {
    /** A value offered on Tab, with a short description in the session's language (may be null). */
    record Value(String value, String description) {}

    private KnowledgeBaseValues() {}

    /** The kind of values the word at {@code position} takes, as its option or parameter declares; null if none. */
    static KbValues.Kind kind(CommandPosition position) {
        ArgSpec arg = position.arg();
        KbValues declared = arg != null && arg.userObject() instanceof AnnotatedElement element
                ? element.getAnnotation(KbValues.class) : null;
        return declared == null ? null : declared.value();
    }

    /** Whether values are declared for {@code position}. */
    static boolean covers(CommandPosition position) {
        return kind(position) != null;
    }

    /** The values for {@code position} on a line of {@code words}, or an empty list. */
    static List<Value> values(CommandPosition position, List<String> words, KnowledgeBase kb, Lang lang) {
        KbValues.Kind kind = kind(position);
        if (kind == null || kb == null) {
            return List.of();
        }
        return switch (kind) {
            case FAQ_ID -> faqIds(kb, lang);
            case FAQ_TAG -> tags(kb, lang);
            case TOPIC -> topics(kb, lang);
            case REGION -> regions(kb, lang);
            case FLOW -> flows(kb, lang);
            case DECLINE_CODE -> declineCodes(kb, lang);
            case SECURITY_CHECK -> securityChecks(kb, lang);
            case ANSWER -> answers(questionsOf(position.command(), kb, words));
            case FLOW_QUESTIONS, SECURITY_QUESTIONS -> List.of();
        };
    }

    /** The questions that {@code command}'s {@code --answer} answers, as its class declares. */
    private static List<Question> questionsOf(CommandSpec command, KnowledgeBase kb, List<String> words) {
        KbValues declared = command.userObject() == null ? null : command.userObject().getClass().getAnnotation(KbValues.class);
        if (declared == null) {
            return List.of();
        }
        return declared.value() == KbValues.Kind.FLOW_QUESTIONS ? flowQuestions(kb, words) : securityQuestions(kb);
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

    /** Every tag's id, described by its name; in Chinese also the Chinese names, which {@code --tag} takes too. */
    static List<Value> tags(KnowledgeBase kb, Lang lang) {
        TreeSet<String> tags = new TreeSet<>();
        for (Faq faq : kb.get(FaqReader.SECTION)) {
            tags.addAll(faq.tags());
        }
        Map<String, String> names = new HashMap<>();
        for (FaqTag tag : kb.get(TagsReader.SECTION)) {
            names.put(tag.id(), tag.name().get(lang));
        }
        List<Value> values = new ArrayList<>();
        for (String tag : tags) {
            values.add(new Value(tag, names.get(tag)));
        }
        if (lang == Lang.ZH) {
            for (String tag : tags) {
                if (names.containsKey(tag) && !names.get(tag).equals(tag)) {
                    values.add(new Value(names.get(tag), tag));
                }
            }
        }
        return values;
    }

    /** Every topic's id, described by its name; in Chinese also the Chinese names, which {@code --topic} takes too. */
    static List<Value> topics(KnowledgeBase kb, Lang lang) {
        List<Value> values = new ArrayList<>();
        for (Topic topic : kb.get(TopicsReader.SECTION)) {
            values.add(new Value(topic.id(), topic.name().get(lang)));
        }
        if (lang == Lang.ZH) {
            for (Topic topic : kb.get(TopicsReader.SECTION)) {
                values.add(new Value(topic.name().zh(), topic.id()));
            }
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
        if (lang == Lang.ZH) {
            for (Region region : kb.get(HotlineReader.SECTION).regions()) {
                values.add(new Value(region.name().zh(), region.code()));
            }
        }
        return values;
    }
}
