package okpay.support.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okpay.support.contact.redact.Redactor;
import okpay.support.prompt.Answers;
import okpay.support.prompt.Asker;
import picocli.CommandLine.Option;

/**
 * The options of every command that asks questions ({@code --answer}, {@code --answers}, {@code --no-input}),
 * as a picocli mixin, and the {@link Asker} they configure.
 */
public final class AnswerOptions {
    @KbValues(KbValues.Kind.ANSWER)
    @Option(names = "--answer", paramLabel = "ID=VALUE",
            description = "Answer a question up front instead of being asked (repeatable).")
    List<String> answers = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Answers from a YAML file of 'id: value' lines; --answer overrides the file.")
    Path answersFile;

    @Option(names = "--no-input",
            description = "Never ask, even on a terminal: missing answers are an error (exit 5) that names them all.")
    boolean noInput;

    /** The first of these options that was given ({@code --answer}, {@code --answers}, {@code --no-input}), or null. */
    public String firstGiven() {
        return !answers.isEmpty() ? "--answer" : answersFile != null ? "--answers" : noInput ? "--no-input" : null;
    }

    /** The question ids given with {@code --answer ID=VALUE} (not from the file), in the order given. */
    public Set<String> typedIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (String answer : answers) {
            int eq = answer.indexOf('=');
            if (eq > 0) {
                ids.add(answer.substring(0, eq).strip());
            }
        }
        return ids;
    }

    /** Whether asking is forbidden. */
    public boolean noInput() {
        return noInput;
    }

    /** The answers given with {@code --answers FILE} and {@code --answer ID=VALUE} (flags win). */
    public Answers answers(Session session) {
        return Answers.parse(answers, answersFile, session.lang(), new Redactor(session.lang()));
    }

    /** An asker for this run: the given answers, else the session's terminal unless {@code --no-input}. */
    public Asker asker(Session session) {
        return asker(session, answers(session));
    }

    /** An asker for already parsed {@code given} answers. */
    public Asker asker(Session session, Answers given) {
        return new Asker(given, session.context().terminal(), noInput, session.lang(), new Redactor(session.lang()));
    }
}
