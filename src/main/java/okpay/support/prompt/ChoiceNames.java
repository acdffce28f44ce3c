package okpay.support.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okpay.support.i18n.Nfkc;
import okpay.support.i18n.Scripts;
import okpay.support.kb.Question;

/**
 * Finds the choices an answer names other than by value or number: by its label in either language, by one of its
 * words, by the start of its value or label ({@code 我转出的}, {@code pa}), or by a part of its label ({@code 提现}). Each
 * way is tried in that order and the first that names any choice decides; the caller accepts one and reports several
 * as ambiguous. Spaces, punctuation, case and full-width forms are ignored.
 */
final class ChoiceNames {
    private ChoiceNames() {}

    /** The choices {@code raw} names, by the first way that names any; empty when none. */
    static List<Question.Choice> matching(List<Question.Choice> choices, String raw) {
        String answer = compact(raw);
        if (answer.isEmpty()) {
            return List.of();
        }
        List<Question.Choice> found = new ArrayList<>();
        for (int way = 0; way < 4 && found.isEmpty(); way++) {
            for (Question.Choice choice : choices) {
                if (names(choice, answer, way)) {
                    found.add(choice);
                }
            }
        }
        return found;
    }

    private static boolean names(Question.Choice choice, String answer, int way) {
        List<String> labels = List.of(compact(choice.label().zh()), compact(choice.label().en()));
        return switch (way) {
            case 0 -> labels.contains(answer);
            case 1 -> choice.words().zh().stream().anyMatch(w -> compact(w).equals(answer))
                    || choice.words().en().stream().anyMatch(w -> compact(w).equals(answer));
            case 2 -> longEnough(answer, 2) && (compact(choice.value()).startsWith(answer) || labels.stream().anyMatch(l -> l.startsWith(answer)));
            default -> longEnough(answer, 4) && labels.stream().anyMatch(l -> l.contains(answer));
        };
    }

    /** Whether {@code text} is at least {@code letters} Latin letters long, or two Chinese characters. */
    private static boolean longEnough(String text, int letters) {
        boolean han = Scripts.anyHan(text);
        return text.codePointCount(0, text.length()) >= (han ? 2 : letters);
    }

    private static String compact(String text) {
        String folded = Nfkc.of(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
