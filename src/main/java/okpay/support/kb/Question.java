package okpay.support.kb;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A question a decision flow or checklist asks the user.
 *
 * <p>The constructor only guards the invariants, with {@link IllegalArgumentException}; the knowledge-base
 * loader is expected to check the same things first and report them with file positions.
 *
 * @param id      the stable id used in {@code --answer ID=VALUE} and in answers files
 * @param help    longer explanation shown when the user types {@code ?}; null if none
 * @param choices the options of a {@link Type#CHOICE} question (at least one, values unique ignoring
 *                case); empty for every other type
 * @param min     inclusive lower bound of a {@link Type#NUMBER} answer; null for none or other types
 * @param max     inclusive upper bound of a {@link Type#NUMBER} answer; null for none or other types
 * @param unknown whether "I don't know" is an accepted answer, recorded as {@link #UNKNOWN}: the flow that asks
 *                has a branch for it (a checklist question never has one)
 */
public record Question(
        String id, Type type, Text prompt, Text help, List<Choice> choices, Double min, Double max, boolean unknown) {

    /** The canonical answer "I don't know", for a question that accepts it. */
    public static final String UNKNOWN = "unknown";

    public Question {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("question id must not be blank");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prompt, "prompt");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (type == Type.CHOICE) {
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("choice question " + id + " has no choices");
            }
            Set<String> seen = new HashSet<>();
            for (Choice choice : choices) {
                if (!seen.add(choice.value().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("choice question " + id + " repeats value " + choice.value());
                }
            }
        } else if (!choices.isEmpty()) {
            throw new IllegalArgumentException(type.id() + " question " + id + " must not have choices");
        }
        if (type != Type.NUMBER && (min != null || max != null)) {
            throw new IllegalArgumentException(type.id() + " question " + id + " must not have min or max");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("number question " + id + " has min above max");
        }
        if ((min != null && !Double.isFinite(min)) || (max != null && !Double.isFinite(max))) {
            throw new IllegalArgumentException("number question " + id + " has a non-finite bound");
        }
        if (unknown && type == Type.CHOICE && choices.stream().anyMatch(c -> c.value().equalsIgnoreCase(UNKNOWN))) {
            throw new IllegalArgumentException("choice question " + id + " has a choice 'unknown' and an unknown branch");
        }
    }

    /** A question without an "I don't know" answer. */
    public Question(String id, Type type, Text prompt, Text help, List<Choice> choices, Double min, Double max) {
        this(id, type, prompt, help, choices, min, max, false);
    }

    /** A yes/no question. */
    public static Question yesNo(String id, Text prompt, Text help) {
        return new Question(id, Type.YES_NO, prompt, help, List.of(), null, null);
    }

    /** A question answered by picking one of {@code choices}. */
    public static Question choice(String id, Text prompt, Text help, List<Choice> choices) {
        return new Question(id, Type.CHOICE, prompt, help, choices, null, null);
    }

    /** A question answered by a number within the optional bounds. */
    public static Question number(String id, Text prompt, Text help, Double min, Double max) {
        return new Question(id, Type.NUMBER, prompt, help, List.of(), min, max);
    }

    /** A question answered by a short free text. */
    public static Question text(String id, Text prompt, Text help) {
        return new Question(id, Type.TEXT, prompt, help, List.of(), null, null);
    }

    /**
     * One option of a {@code choice} question: the canonical value recorded as the answer, its label, and the
     * words that name it in a description or an answer ({@code 提现}, {@code cash out}), which may be none.
     */
    public record Choice(String value, Text label, Terms words) {
        public Choice {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(words, "words");
            if (value == null || value.isBlank() || !value.equals(value.trim())) {
                throw new IllegalArgumentException("choice value must be non-blank without surrounding spaces: " + value);
            }
        }

        /** A choice named only by its value and label. */
        public Choice(String value, Text label) {
            this(value, label, Terms.NONE);
        }
    }

    /** How a question is answered; {@link #id()} is the spelling used in the knowledge base. */
    public enum Type {
        YES_NO("yes_no"),
        CHOICE("choice"),
        NUMBER("number"),
        TEXT("text");

        private final String id;

        Type(String id) {
            this.id = id;
        }

        /** {@code yes_no}, {@code choice}, {@code number} or {@code text}. */
        public String id() {
            return id;
        }

        /** The type whose {@link #id()} is {@code id} (any case, trimmed); null if none. */
        public static Type parse(String id) {
            if (id == null) {
                return null;
            }
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (Type type : values()) {
                if (type.id.equals(wanted)) {
                    return type;
                }
            }
            return null;
        }
    }
}
