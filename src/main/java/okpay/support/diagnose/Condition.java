package okpay.support.diagnose;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A test on the answers given so far, deciding a branch of a decision flow: a comparison of one answer
 * with constants or with another answer, or all / any of several conditions.
 */
public sealed interface Condition permits Condition.Compare, Condition.All, Condition.Any {

    /** A number as conditions compare them: a plain decimal, no exponent, NaN or infinity. */
    Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");

    /** Whether {@code value} matches {@link #NUMBER}. */
    static boolean isNumber(String value) {
        return NUMBER.matcher(value).matches();
    }

    /** How a comparison compares; {@link #id()} is the key used in the knowledge base. */
    enum Op {
        EQUALS, NOT_EQUALS, IN, BELOW, AT_MOST, ABOVE, AT_LEAST;

        /** {@code equals}, {@code not_equals}, {@code in}, {@code below}, {@code at_most}, {@code above}, {@code at_least}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether the comparison orders numbers (below, above...) rather than matching values. */
        public boolean numeric() {
            return this == BELOW || this == AT_MOST || this == ABOVE || this == AT_LEAST;
        }

        /** The operator written as people read it in {@code diagnose describe}. */
        public String symbol() {
            return switch (this) {
                case EQUALS -> "=";
                case NOT_EQUALS -> "!=";
                case IN -> "in";
                case BELOW -> "<";
                case AT_MOST -> "<=";
                case ABOVE -> ">";
                case AT_LEAST -> ">=";
            };
        }
    }

    /** One side of a comparison: a constant from the knowledge base, or the answer to another question. */
    record Operand(String constant, String answer) {
        public Operand {
            if ((constant == null) == (answer == null)) {
                throw new IllegalArgumentException("an operand is either a constant or an answer");
            }
        }

        public static Operand constant(String value) {
            return new Operand(value, null);
        }

        public static Operand answer(String questionId) {
            return new Operand(null, questionId);
        }

        @Override
        public String toString() {
            return constant != null ? constant : "{" + answer + "}";
        }
    }

    /** The answer to {@code question} compared with {@code operands} (one, or several for {@code in}). */
    record Compare(String question, Op op, List<Operand> operands) implements Condition {
        public Compare {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(op, "op");
            operands = List.copyOf(operands);
            if (operands.isEmpty() || (op != Op.IN && operands.size() != 1)) {
                throw new IllegalArgumentException(op.id() + " takes " + (op == Op.IN ? "at least one operand" : "one operand"));
            }
        }

        @Override
        public String toString() {
            String right = op == Op.IN ? operands.toString() : operands.get(0).toString();
            return "{" + question + "} " + op.symbol() + " " + right;
        }
    }

    /** True when every one of {@code conditions} is. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String toString() {
            return "(" + String.join(" and ", conditions.stream().map(Object::toString).toList()) + ")";
        }
    }

    /** True when at least one of {@code conditions} is. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public String toString() {
            return "(" + String.join(" or ", conditions.stream().map(Object::toString).toList()) + ")";
        }
    }
}
