package org.yaml.snakeyaml.external.com.google.gdata.util.common.base;

/**
 * This tool's own version of SnakeYAML's percent-escaper, which escapes tag URIs: the same API and the same output,
 * written to start faster. SnakeYAML's {@code Tag} class makes one of these the first time any node is built, and the
 * original checks its safe characters with a regular expression there; in a cold JVM that first regular expression,
 * with the lambda machinery it links, cost about 5 ms of every command that reads the knowledge base (README
 * "Speed"). The build keeps this class instead of the library's (pom.xml, shade filter), and {@code
 * PercentEscaperTest} checks that both escape alike.
 */
public class PercentEscaper extends UnicodeEscaper {
    public static final String SAFECHARS_URLENCODER = "-_.*";
    public static final String SAFEPATHCHARS_URLENCODER = "-_.!~*'()@:$&,;=";
    public static final String SAFEQUERYSTRINGCHARS_URLENCODER = "-_.!~*'()@:$,;/?:";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final boolean plusForSpace;
    /** Indexed by character: true when it stays as it is. Letters and digits always do. */
    private final boolean[] safe;

    public PercentEscaper(String safeChars, boolean plusForSpace) {
        int widest = 'z';
        for (int i = 0; i < safeChars.length(); i++) {
            char c = safeChars.charAt(i);
            if (letterOrDigit(c)) {
                throw new IllegalArgumentException("Alphanumeric characters are always 'safe' and should not be explicitly specified");
            }
            widest = Math.max(widest, c);
        }
        if (plusForSpace && safeChars.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("plusForSpace cannot be specified when space is a 'safe' character");
        }
        if (safeChars.indexOf('%') >= 0) {
            throw new IllegalArgumentException("The '%' character cannot be specified as 'safe'");
        }
        this.plusForSpace = plusForSpace;
        this.safe = new boolean[widest + 1];
        for (char c = 0; c <= 'z'; c++) {
            safe[c] = letterOrDigit(c);
        }
        for (int i = 0; i < safeChars.length(); i++) {
            safe[safeChars.charAt(i)] = true;
        }
    }

    private static boolean letterOrDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private boolean isSafe(int c) {
        return c < safe.length && safe[c];
    }

    @Override
    protected int nextEscapeIndex(CharSequence text, int index, int end) {
        while (index < end && isSafe(text.charAt(index))) {
            index++;
        }
        return index;
    }

    @Override
    public String escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSafe(text.charAt(i))) {
                return escapeSlow(text, i);
            }
        }
        return text;
    }

    /** The escaped form of one code point ({@code %XX} per UTF-8 byte, or '+' for a space when asked), null when safe. */
    @Override
    protected char[] escape(int codePoint) {
        if (isSafe(codePoint)) {
            return null;
        }
        if (codePoint == ' ' && plusForSpace) {
            return new char[] {'+'};
        }
        byte[] bytes;
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
            throw new IllegalArgumentException("Invalid unicode character value " + codePoint);
        } else if (codePoint < 0x80) {
            bytes = new byte[] {(byte) codePoint};
        } else if (codePoint < 0x800) {
            bytes = new byte[] {(byte) (0xC0 | codePoint >> 6), continuation(codePoint)};
        } else if (codePoint < 0x10000) {
            bytes = new byte[] {(byte) (0xE0 | codePoint >> 12), continuation(codePoint >> 6), continuation(codePoint)};
        } else {
            bytes = new byte[] {(byte) (0xF0 | codePoint >> 18), continuation(codePoint >> 12), continuation(codePoint >> 6),
                    continuation(codePoint)};
        }
        char[] escaped = new char[bytes.length * 3];
        for (int i = 0; i < bytes.length; i++) {
            escaped[3 * i] = '%';
            escaped[3 * i + 1] = HEX[(bytes[i] >> 4) & 0xF];
            escaped[3 * i + 2] = HEX[bytes[i] & 0xF];
        }
        return escaped;
    }

    private static byte continuation(int bits) {
        return (byte) (0x80 | (bits & 0x3F));
    }
}
