package okpay.support.contact.verify;

import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.contact.ContactKind;
import okpay.support.contact.redact.CardNumbers;
import okpay.support.contact.redact.Redactor;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;
import okpay.support.render.Sanitizer;

/**
 * Reads what a user pasted into {@code contact verify}: decides whether it is an email address, a URL, a
 * domain, a phone number or a handle, and normalises it (case, spaces, trailing dots, full-width forms,
 * internationalised domains, phone punctuation) so that spellings of one address compare equal.
 */
final class ContactInput {
    /** Longer than any real address; refusing it bounds every later step (edit distances, IDN). */
    static final int MAX_LENGTH = 2048;
    static final int MAX_SHOWN = 120;
    private static final int MAX_HOST = 253;

    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]{0,20})://(.*)", Pattern.DOTALL);
    private static final Pattern NAME_ADDR = Pattern.compile("(.*?)\\s*<([^<>]+)>");
    private static final String EXTENSION_MARK = "\\s*(?:;ext=|ext\\.?|extension|x|#|,|分机|转)\\s*";
    private static final Pattern PHONE = Pattern.compile("\\+?[(]?[0-9][0-9 ()./-]*(?:" + EXTENSION_MARK + "[0-9]{1,7})?");
    private static final Pattern EXTENSION = Pattern.compile("(.*?)" + EXTENSION_MARK + "([0-9]{1,7})");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 ()./-]*");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3}){3}");
    private static final Pattern HOST_LIKE = Pattern.compile("[^\\s@/?#\\\\]+\\.[^\\s@/?#\\\\]+(?:[/?#\\\\]\\S*)?");
    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}_.-]{1,64}");
    private static final Pattern BARE_HANDLE = Pattern.compile("[\\p{L}\\p{N}_]{2,64}");
    private static final Pattern LOCAL = Pattern.compile("[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern ASCII_HOST = Pattern.compile("[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*");
    private static final Pattern PORT = Pattern.compile("(.*):[0-9]{0,5}");

    private final Messages m;

    ContactInput(Messages messages) {
        this.m = messages;
    }

    ParsedContact parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw usage(m.get("error.verify.empty"));
        }
        if (raw.length() > MAX_LENGTH) {
            throw usage(m.get("error.verify.too-long", raw.length(), MAX_LENGTH));
        }
        String shown = shown(raw);
        StringBuilder visible = new StringBuilder(raw.length());
        boolean hidden = false;
        for (int i = 0; i < raw.length(); i = raw.offsetByCodePoints(i, 1)) {
            int c = raw.codePointAt(i);
            if (Sanitizer.isHidden(c)) {
                hidden = true;
            } else if (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c)
                    || Character.getType(c) == Character.SURROGATE) {
                throw usage(m.get("error.verify.control", shown));
            } else {
                visible.appendCodePoint(foldWidth(c));
            }
        }
        String s = trim(visible.toString());
        if (s.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw usage(m.get("error.verify.control", shown));  // a tab or line break inside the value
        }
        String displayName = null;
        Matcher nameAddr = NAME_ADDR.matcher(s);
        if (nameAddr.matches()) {
            displayName = nameAddr.group(1).isBlank() ? null : Sanitizer.shown(CardNumbers.mask(trim(nameAddr.group(1))).text(), 60);
            s = trim(nameAddr.group(2));
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.startsWith("mailto:")) {
            return email(trim(s.substring(7)), shown, hidden, displayName);
        }
        if (s.startsWith("tel:")) {
            return phone(s.substring(4), shown, hidden);
        }
        Matcher scheme = SCHEME.matcher(s);
        if (scheme.matches()) {
            return url(scheme.group(1), scheme.group(2), shown, hidden);
        }
        if (s.startsWith("@") && HANDLE.matcher(s.substring(1)).matches()) {
            return handle(s.substring(1), shown, hidden);
        }
        if (s.indexOf('@') > 0 && !s.contains(" ") && !s.contains("/")) {
            return email(s, shown, hidden, displayName);
        }
        if (PHONE.matcher(s).matches() && !IPV4.matcher(s).matches()) {
            if (digitCount(s) >= 7 || !HOST_LIKE.matcher(s).matches()) {
                return phone(s, shown, hidden);
            }
        }
        if (HOST_LIKE.matcher(s).matches()) {
            return url(null, s, shown, hidden);
        }
        if (BARE_HANDLE.matcher(s).matches() && !s.chars().allMatch(Character::isDigit)) {
            return handle(s, shown, hidden);
        }
        throw usage(m.get("error.verify.unrecognised", shown));
    }

    /**
     * {@code raw} as it may be echoed: secrets taken out (people paste the wrong thing, and a terminal keeps it), control
     * and invisible characters escaped, cut after {@value #MAX_SHOWN} characters. A value of digits and phone punctuation
     * can only hide a card number, so the other rules, whose patterns a cold start pays for, are left out for it.
     */
    static String shown(String raw) {
        String value = raw.length() > 8 * MAX_SHOWN ? raw.substring(0, 8 * MAX_SHOWN) : raw.strip();  // only the start is shown
        String clean = PHONE_CHARACTERS.matcher(value).matches() || !Redactor.mayHoldSecrets(value)
                ? CardNumbers.mask(value).text() : new Redactor().redact(value).text();
        return Sanitizer.shown(clean, MAX_SHOWN);
    }

    private ParsedContact url(String scheme, String rest, String shown, boolean hidden) {
        rest = rest.replace('\\', '/');  // browsers read a backslash in a web address as a slash
        int end = 0;
        while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(0, end);
        String tail = rest.substring(end);
        String userInfo = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        Matcher port = PORT.matcher(authority);
        if (!authority.startsWith("[") && port.matches()) {
            authority = port.group(1);
        }
        String[] host = host(authority, shown);
        String segment = null;
        if (tail.startsWith("/")) {
            int stop = 1;
            while (stop < tail.length() && "/?#".indexOf(tail.charAt(stop)) < 0) {
                stop++;
            }
            segment = tail.substring(1, stop).replaceFirst("^@", "");
            segment = segment.isEmpty() ? null : segment;
        }
        boolean bare = scheme == null && userInfo == null && tail.replaceAll("^/+$", "").isEmpty() && !authority.contains(":");
        return new ParsedContact(bare ? ContactKind.DOMAIN : ContactKind.URL, shown, hidden, null, scheme,
                userInfo == null || userInfo.isEmpty() ? null : userInfo, host[0], host[1], segment,
                tail.isEmpty() ? null : tail, null, null, null, false, null);
    }

    private ParsedContact email(String s, String shown, boolean hidden, String displayName) {
        int at = s.lastIndexOf('@');
        String local = at > 0 ? s.substring(0, at) : "";
        if (!LOCAL.matcher(local).matches() || local.startsWith(".") || local.endsWith(".") || at == s.length() - 1) {
            throw usage(m.get("error.verify.bad-email", shown));
        }
        String[] host = host(s.substring(at + 1), shown);
        if (host[0].indexOf('.') < 0) {
            throw usage(m.get("error.verify.bad-email", shown));
        }
        return new ParsedContact(ContactKind.EMAIL, shown, hidden, displayName, null, null, host[0], host[1], null, null,
                local, null, null, false, null);
    }

    private ParsedContact phone(String s, String shown, boolean hidden) {
        String number = s.strip();
        String extension = null;
        Matcher ext = EXTENSION.matcher(number);
        if (ext.matches() && digitCount(ext.group(1)) >= 7) {
            number = ext.group(1);
            extension = ext.group(2);
        }
        String digits = number.replaceAll("[\\s()./-]", "");
        boolean plus = digits.startsWith("+");
        if (plus) {
            digits = digits.substring(1);
        } else if (digits.startsWith("00")) {
            plus = true;
            digits = digits.substring(2);
        }
        if (!digits.matches("[0-9]{7,15}")) {
            throw usage(m.get("error.verify.bad-phone", shown));
        }
        return new ParsedContact(ContactKind.PHONE, shown, hidden, null, null, null, null, null, null, null, null, null,
                digits, plus, extension);
    }

    private static ParsedContact handle(String name, String shown, boolean hidden) {
        return new ParsedContact(ContactKind.HANDLE, shown, hidden, null, null, null, null, null, null, null, null,
                name, null, false, null);
    }

    /** {ASCII form, Unicode form} of a host, or a usage error when it cannot be one. */
    private String[] host(String raw, String shown) {
        String host = percentDecoded(raw).replaceAll("\\.+$", "");
        if (host.startsWith("[") && host.endsWith("]") && host.length() > 2) {
            return new String[] {host, host};  // an IP address literal: never an official name
        }
        if (host.isEmpty() || host.length() > MAX_HOST) {
            throw usage(m.get("error.verify.bad-domain", shown));
        }
        try {
            String ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (!ASCII_HOST.matcher(ascii).matches() || ascii.length() > MAX_HOST) {
                throw usage(m.get("error.verify.bad-domain", shown));
            }
            return new String[] {ascii, IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT)};
        } catch (IllegalArgumentException e) {
            throw usage(m.get("error.verify.bad-domain", shown));
        }
    }

    /** Browsers decode %xx in a host name, so "%6Fkpay.example" goes where "okpay.example" goes. */
    private static String percentDecoded(String host) {
        if (host.indexOf('%') < 0) {
            return host;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '%' && i + 2 < host.length() && isHex(host.charAt(i + 1)) && isHex(host.charAt(i + 2))) {
                bytes.write(Integer.parseInt(host.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Full-width ASCII (typed with a Chinese input method) as ASCII; ideographic full stops as dots. */
    private static int foldWidth(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return c - 0xFEE0;
        }
        return c == 0x3002 || c == 0xFF61 ? '.' : c == 0x3000 ? ' ' : c;
    }

    /** Without surrounding spaces, quotes and brackets, nor the dots and commas of the sentence it came from. */
    private static String trim(String s) {
        String previous;
        do {
            previous = s;
            s = s.strip().replaceAll("[.,;!?]+$", "");
            for (String pair : new String[] {"\"\"", "''", "“”", "‘’", "()", "[]", "「」", "《》", "<>"}) {
                if (s.length() >= 2 && s.charAt(0) == pair.charAt(0) && s.charAt(s.length() - 1) == pair.charAt(1)) {
                    s = s.substring(1, s.length() - 1);
                }
            }
        } while (!s.equals(previous));
        return s;
    }

    private static int digitCount(String s) {
        return (int) s.chars().filter(Character::isDigit).count();
    }

    private SupportException usage(String message) {
        return new SupportException(ExitCode.USAGE, message, m.get("hint.verify.examples"));
    }
}
