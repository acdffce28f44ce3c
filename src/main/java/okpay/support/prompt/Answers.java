package okpay.support.prompt;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.render.Sanitizer;

/**
 * Answers given before any question is asked: question id to raw value, from repeatable
 * {@code --answer ID=VALUE} options and/or an answers file. Values are checked against their question
 * only when the {@link Asker} reaches it, because only the question knows what it accepts.
 *
 * @param values id to raw value, in the order given; unmodifiable
 */
public record Answers(Map<String, String> values) {

    /** What a question id looks like, in a flag and in a file. */
    /**
     * Whether {@code id} is a question id as answers name it: {@code [A-Za-z0-9][A-Za-z0-9_.-]*}, checked by hand (a
     * cold JVM's first regular expression links {@code java.lang.invoke}, about 10 ms of a diagnose run; {@code
     * AnswersIdTest} compares the two on generated strings).
     */
    static boolean isId(String id) {
        if (id.isEmpty() || !letterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!letterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    public Answers {
        values.forEach((id, value) -> {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(value, "value");
        });
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** No answers. */
    public static Answers empty() {
        return new Answers(Map.of());
    }

    /**
     * Parses {@code --answer} values, each {@code ID=VALUE} (split at the first {@code =}). Giving the same
     * id twice with different values is an error rather than "last wins", because one of them is a mistake.
     *
     * @throws SupportException {@link ExitCode#USAGE} naming the malformed value and the expected form
     */
    public static Answers fromFlags(List<String> flags, Lang lang) {
        return fromFlags(flags, lang, UnaryOperator.identity());
    }

    /** Like {@link #fromFlags(List, Lang)}, a malformed value echoed only after {@code redact} took its secrets out. */
    public static Answers fromFlags(List<String> flags, Lang lang, UnaryOperator<String> redact) {
        Messages messages = Messages.of(Answers.class, lang);
        Map<String, String> values = new LinkedHashMap<>();
        for (String flag : flags) {
            int eq = flag.indexOf('=');
            String id = eq < 0 ? "" : flag.substring(0, eq).trim();
            String value = eq < 0 ? "" : flag.substring(eq + 1);
            if (!isId(id) || value.isBlank()) {
                throw new SupportException(ExitCode.USAGE,
                        messages.get("answers.flag.malformed", Sanitizer.quoted(redact.apply(flag))), messages.get("answers.flag.hint"));
            }
            String earlier = values.putIfAbsent(id, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new SupportException(ExitCode.USAGE,
                        messages.get("answers.flag.conflict", id), messages.get("answers.flag.hint"));
            }
        }
        return new Answers(values);
    }

    /**
     * Reads an answers file: a YAML map of question id to one scalar value.
     *
     * @throws SupportException {@link ExitCode#USAGE} for a missing or unreadable file, or one
     *     {@code FILE:LINE:COLUMN: message} per problem found in it
     * @see AnswersFile
     */
    public static Answers fromFile(Path file, Lang lang) {
        return AnswersFile.read(file, lang);
    }

    /** The answers from {@code file} (if not null) and {@code flags}, where a flag overrides the file. */
    public static Answers parse(List<String> flags, Path file, Lang lang) {
        return parse(flags, file, lang, UnaryOperator.identity());
    }

    /** Like {@link #parse(List, Path, Lang)}, with {@code redact} for the values a message echoes. */
    public static Answers parse(List<String> flags, Path file, Lang lang, UnaryOperator<String> redact) {
        Answers fromFile = file == null ? empty() : fromFile(file, lang);
        return fromFile.overriddenBy(fromFlags(flags, lang, redact));
    }

    /** These answers with each of {@code other}'s replacing the one for the same id. */
    public Answers overriddenBy(Answers other) {
        Map<String, String> merged = new LinkedHashMap<>(values);
        merged.putAll(other.values);
        return new Answers(merged);
    }

    /** The raw value given for question {@code id}. */
    public Optional<String> get(String id) {
        return Optional.ofNullable(values.get(id));
    }

    public boolean has(String id) {
        return values.containsKey(id);
    }

    /** The ids answered, in the order given; callers can warn about ids no question used. */
    public Set<String> ids() {
        return values.keySet();
    }
}
