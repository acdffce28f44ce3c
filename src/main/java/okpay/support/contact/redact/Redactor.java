package okpay.support.contact.redact;

import java.util.ArrayList;
import java.util.List;
import okpay.support.kb.Shared;

/**
 * Takes out of free text what must never reach a support agent, genuine or not: full card numbers,
 * one-time codes, passwords and PINs, card security codes, seed phrases and private keys.
 *
 * <p>Rules, applied in this order (each sees the result of the one before, so a value is counted once):
 * <ol>
 *   <li><b>Seed phrases and private keys</b>: after "seed phrase", "recovery phrase", "backup phrase",
 *       "seed words", "mnemonic", "private key", 助记词 or 私钥 (optionally followed by "is", ":", "=", 是 or 为),
 *       either a run of at least 12 lowercase words of 3-8 letters (BIP-39 words; the run may span lines and
 *       be numbered), or else the rest of the sentence, is replaced. A label with nothing after it
 *       ("I lost my seed phrase.") is left alone.</li>
 *   <li><b>Passwords and PINs</b>: after "password", "passwd", "passcode", "pwd", "pass", "PIN" (optionally
 *       "PIN code"/"PIN码"), or 密码 (so also 支付密码, 登录密码), then "is", "was", ":", "=", 是 or 为, the next
 *       token (up to a space or Chinese punctuation; a quoted value whole) is replaced. Words that describe
 *       a password instead ("password is incorrect", 密码是错的) are kept. A quoted value, or a token containing
 *       a digit, may also follow the label directly ("PIN 1234", 密码123456).</li>
 *   <li><b>Card security codes</b>: 3 or 4 digits after CVV, CVC, CVV2, CVN, "security code",
 *       "card verification code/value" or 安全码.</li>
 *   <li><b>Card numbers</b>: 13-19 digits, contiguous or in groups joined by single spaces or dashes, that
 *       pass the Luhn check, become the first 6 and last 4 digits with '*' between, the length kept and the
 *       separators dropped ({@code 4111 1111 1111 1111} → {@code 411111******1111}). Numbers failing Luhn
 *       are kept (they may be transaction ids), as are digits glued to letters or to "TX-" (identifiers) and
 *       digits continuing as a decimal.</li>
 *   <li><b>One-time codes</b>: a number of 4-8 digits (or "123 456") near a code word: code, OTP, one-time
 *       code/password, verification (code), 2FA, SMS (code), 验证码, 动态码, 校验码, 短信码, 动态密码 — at most
 *       {@value OneTimeCodes#MAX_GAP_WORDS} words and {@value OneTimeCodes#MAX_GAP_CHARS} characters apart, in
 *       the same sentence, before or after the number. "Error code", "promo code", "bank code" and the like
 *       do not count, and neither do amounts, dates, times or parts of identifiers.</li>
 * </ol>
 * Removed values become {@value #REMOVED}; labels stay so the text still reads. Full-width digits
 * (from Chinese input methods) are turned into ASCII digits first, so they cannot slip past the rules.
 *
 * <p>Not caught: secrets with no label ("here it is: 483920"), one-time codes further away from their
 * word, seed phrases without a label. The ticket rules tell users not to paste them in the first place.
 */
@Shared
public final class Redactor {
    /** What a removed value is replaced with. */
    public static final String REMOVED = "[removed]";

    /** Labels that every rule without digits needs ("pass" covers password, passwd, passcode). */
    private static final String[] LABELS = {"seed", "phrase", "mnemonic", "private key", "pass", "pwd", "pin", "助记词", "私钥", "密码"};

    /**
     * Whether {@code text} may hold anything these rules remove: each needs three digits in a row (a card number, a
     * one-time code, a CVV) or one of its labels (a password or PIN, a seed phrase, a private key), so text with neither
     * ("3 days", "¥50") comes back unchanged. A caller on a start-up path can skip the patterns, whose set-up costs a
     * cold JVM some tens of milliseconds.
     */
    public static boolean mayHoldSecrets(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = (c >= '0' && c <= '9') || (c >= '０' && c <= '９') ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String label : LABELS) {
            if (lower.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** Takes the secrets out of {@code text}. */
    public Redaction redact(String text) {
        Replaced seeds = LabelledSecrets.seedPhrases(asciiDigits(text));
        Replaced passwords = LabelledSecrets.passwords(seeds.text());
        Replaced cvvs = LabelledSecrets.securityCodes(passwords.text());
        Replaced cards = CardNumbers.mask(cvvs.text());
        Replaced codes = OneTimeCodes.remove(cards.text());

        List<RedactionNote> notes = new ArrayList<>();
        note(notes, RedactionNote.Secret.CARD_MASKED, cards);
        note(notes, RedactionNote.Secret.ONE_TIME_CODE_REMOVED, codes);
        note(notes, RedactionNote.Secret.PASSWORD_REMOVED, passwords);
        note(notes, RedactionNote.Secret.SEED_PHRASE_REMOVED, seeds);
        note(notes, RedactionNote.Secret.CVV_REMOVED, cvvs);
        return new Redaction(codes.text(), notes);
    }

    private static void note(List<RedactionNote> notes, RedactionNote.Secret kind, Replaced step) {
        if (step.count() > 0) {
            notes.add(new RedactionNote(kind, step.count()));
        }
    }

    /** Full-width digits ０-９ as 0-9; nothing else changes, so Chinese punctuation stays as typed. */
    private static String asciiDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }
}
