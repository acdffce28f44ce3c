package okpay.support.kb;

/**
 * What a knowledge-base problem is about, as the readers name it in English ({@code flow 'x' question 'y' choice}):
 * an argument of a problem's message that {@link ProblemWords} says in the reader's language (the nouns translated,
 * the quoted ids and the YAML keys kept as they are written).
 */
public record Subject(String phrase) {
    @Override
    public String toString() {
        return phrase;
    }
}
