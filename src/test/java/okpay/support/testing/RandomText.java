package okpay.support.testing;

import java.util.Random;

/** Generated text for tests that compare two ways of doing one thing: characters drawn from a set of pieces. */
public final class RandomText {
    private RandomText() {}

    /**
     * Up to {@code maxLength - 1} pieces of {@code pieces}, each drawn by {@code random}: a character, or a surrogate
     * pair drawn at its first half (drawn at its second half, that half comes alone: text no well-formed string holds).
     */
    public static String of(String pieces, Random random, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(maxLength); n > 0; n--) {
            int at = random.nextInt(pieces.length() - 1);
            text.append(Character.isHighSurrogate(pieces.charAt(at)) ? pieces.substring(at, at + 2) : pieces.substring(at, at + 1));
        }
        return text.toString();
    }
}
