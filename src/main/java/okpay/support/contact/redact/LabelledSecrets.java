package okpay.support.contact.redact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.i18n.Scripts;

/**
 * The secrets the {@link Redactor} recognises by the label in front of them: seed phrases and private
 * keys, passwords and PINs, card security codes. The label stays, so the reader still sees that something
 * was there; the value becomes {@link Redactor#REMOVED}.
 */
final class LabelledSecrets {
    /** "is", ":", "=", "是", "为" between a label and its value, with the spaces around them. */
    private static final String CONNECTOR = "(?:\\s*[:：=]\\s*|\\s*[是为為]\\s*"
            + "|\\s+(?:is|are|was|were|ist|war|lautet|est|était|es|era|é|è|era|это)(?![\\p{IsLatin}\\p{IsCyrillic}])\\s*[:：]?\\s*)";

    /**
     * What may stand between a password's label and "is": "the password to my account is", "password for OKPay:",
     * "mot de passe de mon compte est"; up to three words after to/for/of/on/de/für/para/do/da/от/для.
     */
    private static final String QUALIFIER =
            "(?:\\s+(?:to|for|of|on|in|at|de|du|für|zu|von|para|do|da|del|от|для)(?:\\s+[\\p{L}\\d'’-]+){1,3}?(?=" + CONNECTOR + "))?";

    private static final Pattern SEED_LABEL = Pattern.compile(
            "(?:(?<![A-Za-z])(?:(?:secret\\s+)?(?:seed|recovery|backup|mnemonic)\\s+(?:phrase|words?)s?"
                    + "|mnemonics?|private\\s+keys?|secret\\s+keys?|wallet\\s+keys?)(?![A-Za-z])"
                    + "|助记词|助记短语|恢复短语|私钥|密钥|钱包密钥)"
                    + "(?:(?<said>" + CONNECTOR + ")|[ \\t]*)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A password value: a quoted string, a run up to whitespace or Chinese punctuation, or a run of Chinese
     * characters. A Latin run stops at a Chinese character because Chinese sentences go on without a space.
     */
    private static final String QUOTED =
            "\"[^\"\\n]{1,100}\"|'[^'\\n]{1,100}'|“[^”\\n]{1,100}”|「[^」\\n]{1,100}」";
    private static final String TOKEN =
            "(?:" + QUOTED + "|[^\\s，。；！？、\\p{IsHan}]+|\\p{IsHan}[^\\s，。；！？、]*)";

    private static final Pattern PASSWORD = Pattern.compile(
            "(?:(?<![\\p{IsLatin}\\p{IsCyrillic}_-])(?<!one[-\\s]?time\\s{1,3})(?:password|passwd|passcode|pwd|pass|pin|passwort|kennwort"
                    + "|mot\\s+de\\s+passe|mdp|contrase[ñn]a|clave|senha|palavra-passe|wachtwoord|has[łl]o|parola"
                    + "|пароль|пароля|パスワード|비밀번호)"
                    + "(?:\\s+(?:code|number)|码)?(?![\\p{IsLatin}\\p{IsCyrillic}])|(?<!动态)密码|(?<!动态)口令)"
                    // Either "is"/":"/"=" and any token, or directly a quoted token or a token with a digit
                    // ("PIN 1234", "密码123456"): a bare word after "password" is usually prose ("password reset").
                    + "(?:" + QUALIFIER + CONNECTOR + "(?<said>" + TOKEN + ")"
                    + "|[ \\t]*(?<bare>" + QUOTED + "|(?=[!-~]*\\d)[!-~]{4,64}(?![!-~])))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that follow "password is" in complaints ("password is incorrect"), not passwords. */
    private static final Set<String> NOT_A_PASSWORD = Set.of(
            "wrong", "incorrect", "invalid", "correct", "right", "not", "expired", "locked", "blocked", "required",
            "too", "the", "a", "an", "my", "same", "reset", "changed", "ok", "okay", "fine", "weak", "strong",
            "being", "still", "also", "never", "always", "rejected", "accepted", "saved", "forgotten", "lost",
            "unknown", "empty", "missing", "no", "yes", "now", "valid", "falsch", "richtig", "incorrecte", "faux",
            "incorrecta", "incorrecto", "errada", "errado", "incorreta", "неверный", "неправильный", "what",
            "needed", "changing", "updated", "different", "this", "that", "it", "mine", "ours", "set", "shown",
            "hidden", "given", "taken", "known", "seen", "done", "gone", "stolen", "written", "sent", "read", "for",
            "to", "and", "or", "of", "in", "on", "from", "with", "by", "at", "you", "your", "our", "their", "his",
            "her");
    /** Chinese openings after "密码是" that describe the password rather than give it ("错的", "多少"). */
    private static final String NOT_A_PASSWORD_ZH = "^(?:错|对|正确|不|没|已|被|忘|过期|无效|多少|什么|啥|空).*";

    /** A seed phrase from the Chinese BIP-39 list: twelve single characters apart. */
    private static final Pattern CHINESE_PHRASE = Pattern.compile("(?:\\p{IsHan}\\s+){11,}\\p{IsHan}");

    /** What a key written without "is" looks like: a long run of letters and digits. */
    private static final Pattern KEY_LIKE = Pattern.compile("[A-Za-z0-9]{20,}");

    private static final Pattern CVV = Pattern.compile(
            "(?:(?<![A-Za-z])(?:cvv2?|cvc2?|cvn|security\\s+code|card\\s+verification\\s+(?:code|value|number))"
                    + "(?![A-Za-z])码?|安全码)"
                    + "(?:" + CONNECTOR + "|[ \\t]*)(?<digits>\\d{3,4})(?!\\d)(?![.,/-]\\d)",
            Pattern.CASE_INSENSITIVE);

    private LabelledSecrets() {
    }

    /**
     * Seed phrases and private keys: after the label (and "is"/":"), either a run of at least 12 lowercase
     * words of 3-8 letters, which may span several lines or be numbered ("1. apple 2. banana ..."), or else
     * the rest of the sentence up to ". ", "。", "!", "?", ";" or the end of the line.
     */
    static Replaced seedPhrases(String text) {
        // Transparent bounds: after a region change the label's look-behind must still see the text before it.
        Matcher label = SEED_LABEL.matcher(text).useTransparentBounds(true);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        while (label.find()) {
            int from = label.end();
            int to = mnemonicEnd(text, from);
            if (to < 0) {
                if (label.group("said") == null && !KEY_LIKE.matcher(text).region(from, text.length()).lookingAt()) {
                    continue; // without "is" or ":", only a phrase or a key follows: "助记词丢了怎么办" asks about it
                }
                to = sentenceEnd(text, from);
            }
            String value = text.substring(from, to).replace(Redactor.REMOVED, "");
            if (!hasLetterOrDigit(value)) {
                continue; // "I lost my seed phrase." names the secret without giving it
            }
            if (!value.matches("(?s).*[A-Za-z0-9].*") && !CHINESE_PHRASE.matcher(value).find()) {
                continue; // "私钥：拿到它们的人就能转走你的资产" says what a key does; a Chinese phrase is single characters
            }
            out.append(text, last, from).append(Redactor.REMOVED);
            last = to;
            count++;
            label.region(to, text.length());
        }
        return new Replaced(out.append(text, last, text.length()).toString(), count);
    }

    /** Passwords and PINs after a label, keeping the label: "password is [removed]", "支付密码：[removed]". */
    static Replaced passwords(String text) {
        Matcher m = PASSWORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        while (m.find()) {
            String group = m.group("said") != null ? "said" : "bare";
            String token = m.group(group);
            if (group.equals("said") && !isPassword(token)) {
                continue;
            }
            out.append(text, last, m.start(group)).append(Redactor.REMOVED);
            last = m.end(group);
            count++;
        }
        return new Replaced(out.append(text, last, text.length()).toString(), count);
    }

    /** Card security codes: 3 or 4 digits after CVV, CVC, "security code" or 安全码. */
    static Replaced securityCodes(String text) {
        Matcher m = CVV.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        int count = 0;
        while (m.find()) {
            out.append(text, last, m.start("digits")).append(Redactor.REMOVED);
            last = m.end("digits");
            count++;
        }
        return new Replaced(out.append(text, last, text.length()).toString(), count);
    }

    private static boolean isPassword(String token) {
        if (token.equals(Redactor.REMOVED)) {
            return false;
        }
        if (Scripts.isHan(token.codePointAt(0)) && !token.matches(".*[A-Za-z0-9].*")) {
            return false; // "PIN：真正的客服从不索要密码": Chinese prose; a password is typed in Latin letters and digits
        }
        String word = token.toLowerCase(Locale.ROOT).replaceAll("[.,!?;:]+$", "");
        // "was typed", "is changed": a participle says what happened to the password.
        return !NOT_A_PASSWORD.contains(word) && !word.matches(NOT_A_PASSWORD_ZH) && !token.matches("[a-z]{2,}ed[.,!?;:]*");
    }

    /** The end of a run of at least 12 lowercase mnemonic-like words starting at {@code from}, or -1. */
    private static int mnemonicEnd(String text, int from) {
        int i = from;
        int words = 0;
        int end = -1;
        while (true) {
            int start = skipSeparators(text, i);
            int j = start;
            while (j < text.length() && text.charAt(j) >= 'a' && text.charAt(j) <= 'z') {
                j++;
            }
            int length = j - start;
            if (length < 3 || length > 8 || (j < text.length() && Character.isLetterOrDigit(text.charAt(j)))) {
                break;
            }
            words++;
            end = j;
            i = j;
        }
        return words >= 12 ? end : -1;
    }

    /** Skips spaces, line breaks, commas and list numbers ("1.", "2)") between mnemonic words. */
    static int skipSeparators(String text, int i) {
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || ",，、\"'“”".indexOf(c) >= 0) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < text.length() && j - i < 2 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')')) {
                    i = j + 1;
                } else {
                    return i;
                }
            } else {
                return i;
            }
        }
        return i;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\n\r。！？!?;；".indexOf(c) >= 0) {
                return i;
            }
            if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean hasLetterOrDigit(String text) {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
