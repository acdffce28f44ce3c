package okpay.support.contact.redact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
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
public final class Redactor implements UnaryOperator<String> {
    /** What a removed value is replaced with while the rules run; {@link #redact} gives the user's language's word. */
    public static final String REMOVED = "[removed]";

    /** Labels that every rule without digits needs ("pass" covers password, passwd, passcode, passwort, mot de passe). */
    private static final String[] LABELS = {"seed", "phrase", "mnemonic", "private key", "secret key", "wallet key", "pass",
        "pwd", "pin", "prv", "助记", "私钥", "密钥", "密码", "口令", "恢复短语", "kennwort", "mdp", "contrase", "clave", "senha",
        "wachtwoord", "hasło", "haslo", "parola", "пароль", "пароля", "パスワード", "비밀번호"};

    /** What a value is, where the caller knows it: a ticket field, or free text. */
    public enum ValueKind {
        /** Free text: a description, an answer, a search, an argument. */
        TEXT,
        /**
         * A transaction or order id: never masked as a card or removed as a code (a tx hash is kept too); only a
         * secret with its label (a password, a seed phrase) is taken out.
         */
        IDENTIFIER,
        /** An error message: its numbers are error codes, so only a code with an explicit label (OTP, 验证码) is removed. */
        ERROR
    }

    private final Lang lang;
    /** The placeholder in {@link #lang}, read from the bundle when first needed: most texts hold no secret. */
    private String removed;

    /** A redactor whose placeholder is English {@value #REMOVED}. */
    public Redactor() {
        this.lang = null;
        this.removed = REMOVED;
    }

    /** A redactor whose placeholder is in {@code lang} ({@code [已隐去]} in Chinese). */
    public Redactor(Lang lang) {
        this.lang = lang;
    }

    private String removed() {
        if (removed == null) {
            removed = Messages.of(Redactor.class, lang).get("removed");
        }
        return removed;
    }

    /**
     * Whether {@code text} may hold anything these rules remove: each needs three digits in a row (a card number, a
     * one-time code, a CVV, a hex key), one of its labels (a password or PIN, a seed phrase, a private key, an extended
     * key's "prv"), or twelve words of 3-8 letters (a seed phrase without a label), so text with none of them ("3 days",
     * "¥50") comes back unchanged. A caller on a start-up path can skip the patterns, whose set-up costs a cold JVM some
     * tens of milliseconds.
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
        return WalletSecrets.mayHoldPhrase(text);
    }

    /** Takes the secrets out of free {@code text}. */
    public Redaction redact(String text) {
        return redact(text, ValueKind.TEXT);
    }

    /** Takes the secrets out of {@code text}, a value of {@code kind}. */
    public Redaction redact(String text, ValueKind kind) {
        // A text redacted before (an echo of an echo) keeps its placeholders as they are.
        String removed = removed();
        String start = removed.equals(REMOVED) ? asciiDigits(text) : asciiDigits(text).replace(removed, REMOVED);
        boolean identifier = kind == ValueKind.IDENTIFIER;
        Replaced keys = identifier ? new Replaced(start, 0) : WalletSecrets.keys(start);
        Replaced labelled = LabelledSecrets.seedPhrases(keys.text());
        Replaced phrases = identifier ? new Replaced(labelled.text(), 0) : WalletSecrets.seedPhrases(labelled.text());
        Replaced passwords = LabelledSecrets.passwords(phrases.text());
        Replaced cvvs = LabelledSecrets.securityCodes(passwords.text());
        Replaced cards = identifier ? new Replaced(cvvs.text(), 0) : CardNumbers.mask(cvvs.text());
        Replaced codes = identifier ? new Replaced(cards.text(), 0) : OneTimeCodes.remove(cards.text(), kind == ValueKind.ERROR);

        List<RedactionNote> notes = new ArrayList<>();
        note(notes, RedactionNote.Secret.CARD_MASKED, cards.count());
        note(notes, RedactionNote.Secret.ONE_TIME_CODE_REMOVED, codes.count());
        note(notes, RedactionNote.Secret.PASSWORD_REMOVED, passwords.count());
        note(notes, RedactionNote.Secret.SEED_PHRASE_REMOVED, keys.count() + labelled.count() + phrases.count());
        note(notes, RedactionNote.Secret.CVV_REMOVED, cvvs.count());
        String out = notes.isEmpty() ? text : codes.text();
        return new Redaction(removed.equals(REMOVED) ? out : out.replace(REMOVED, removed), notes);
    }

    /**
     * The text of {@link #redact(String, ValueKind)}, without running the patterns on a value that cannot hold a secret
     * ({@link #mayHoldSecrets}) or a placeholder: the answers of a diagnose run are mostly choices ({@code pay-or-send}),
     * and the patterns' set-up cost a cold start about 10 ms.
     */
    public String redactedText(String text, ValueKind kind) {
        return mayHoldSecrets(text) || text.contains(REMOVED) ? redact(text, kind).text() : text;
    }

    /**
     * {@code text} as it may be shown back to the user or written down (an error message, the shell's history): its
     * secrets taken out, or {@code text} itself when it cannot hold any.
     */
    @Override
    public String apply(String text) {
        return text == null || !mayHoldSecrets(text) ? text : redact(text).text();
    }

    private static void note(List<RedactionNote> notes, RedactionNote.Secret kind, int count) {
        if (count > 0) {
            notes.add(new RedactionNote(kind, count));
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
