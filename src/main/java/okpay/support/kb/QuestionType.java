package okpay.support.kb;

import java.util.Locale;

/** How a question is answered; {@link #id()} is the spelling used in the knowledge base. */
public enum QuestionType {
    YES_NO("yes_no"),
    CHOICE("choice"),
    NUMBER("number"),
    TEXT("text");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    /** {@code yes_no}, {@code choice}, {@code number} or {@code text}. */
    public String id() {
        return id;
    }

    /** The type whose {@link #id()} is {@code id} (any case, trimmed); null if none, like {@link Lang#parse}. */
    public static QuestionType parse(String id) {
        if (id == null) {
            return null;
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (QuestionType type : values()) {
            if (type.id.equals(wanted)) {
                return type;
            }
        }
        return null;
    }
}
