package okpay.support.i18n;

import java.text.Normalizer;

/**
 * Unicode's compatibility composition (NFKC), which folds what people type (full-width letters and digits, ligatures)
 * into plain forms. ASCII text, the answers of most command lines ({@code pay-or-send}, {@code 3}), is its own NFKC form,
 * so it is returned as it is: the JDK's normaliser reads its data out of the runtime image on first use, a few
 * milliseconds of a cold start.
 */
public final class Nfkc {
    private Nfkc() {}

    /** {@code text} in NFKC, exactly as {@code Normalizer.normalize(text, Normalizer.Form.NFKC)} gives it. */
    public static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }
}
