package okpay.support.shell;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okpay.support.cli.KbValueLists;
import okpay.support.cli.KbValues;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowsReader;
import okpay.support.i18n.Lang;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Question;
import okpay.support.prompt.AnswerNormalizer;
import okpay.support.security.SecurityChecks;
import okpay.support.security.SecurityChecksReader;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The knowledge-base values the shell completes: FAQ ids, tags, topics, regions, flows, decline codes, security
 * checks and the answers of their questions. Which option or parameter takes which values is declared on the
 * command itself with {@link KbValues}; {@link KbValueLists} reads each kind from a knowledge base, and this class adds
 * the answers of the questions of the command on the line.
 */
final class KnowledgeBaseValues {
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
    static List<KbValueLists.Value> values(CommandPosition position, List<String> words, KnowledgeBase kb, Lang lang) {
        KbValues.Kind kind = kind(position);
        if (kind == null || kb == null) {
            return List.of();
        }
        return kind == KbValues.Kind.ANSWER ? answers(questionsOf(position.command(), kb, words)) : KbValueLists.of(kind, kb, lang);
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
    static List<KbValueLists.Value> answers(List<Question> questions) {
        List<KbValueLists.Value> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question question : questions) {
            if (!seen.add(question.id())) {
                continue; // Flows may share a question id such as "amount".
            }
            List<String> accepted = AnswerNormalizer.completions(question);
            if (accepted.isEmpty()) {
                values.add(new KbValueLists.Value(question.id() + "=", null));
            }
            for (String answer : accepted) {
                values.add(new KbValueLists.Value(question.id() + "=" + answer, null));
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

    private static List<Question> securityQuestions(KnowledgeBase kb) {
        List<Question> questions = new ArrayList<>();
        for (SecurityChecks.SecurityCheck check : kb.get(SecurityChecksReader.SECTION).checks()) {
            if (check.question() != null) {
                questions.add(check.question());
            }
        }
        return questions;
    }
}
