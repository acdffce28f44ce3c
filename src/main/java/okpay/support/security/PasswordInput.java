package okpay.support.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;
import okpay.support.prompt.Terminal;

/**
 * Where the password to check comes from: the first line of standard input ({@code --password-stdin}), a
 * masked prompt on the terminal, or nowhere (then it is reported missing with the other answers).
 * Passwords are read into char arrays that the caller clears; no String of it is ever made here.
 */
public final class PasswordInput {
    /** Longer input is a wrong file, not a password (NIST asks to allow at least 64). */
    public static final int MAX_CHARS = 1024;

    private final InputStream stdin;
    private final Terminal terminal;
    private final Messages messages;

    private PasswordInput(InputStream stdin, Terminal terminal, Messages messages) {
        this.stdin = stdin;
        this.terminal = terminal;
        this.messages = messages;
    }

    /** The first line of {@code stdin}. */
    public static PasswordInput fromStdin(InputStream stdin, Messages messages) {
        return new PasswordInput(stdin, null, messages);
    }

    /** A masked prompt on {@code terminal}, or nothing when it is not interactive or {@code noInput}. */
    public static PasswordInput fromTerminal(Terminal terminal, boolean noInput, Messages messages) {
        return new PasswordInput(null, terminal.interactive() && !noInput ? terminal : null, messages);
    }

    /** Whether a password can be read at all. */
    public boolean available() {
        return stdin != null || terminal != null;
    }

    /** Reads the password; {@code prompt} is shown on the terminal. The caller must clear the array. */
    public char[] read(String prompt) {
        if (stdin != null) {
            return firstLine(stdin);
        }
        while (true) {
            char[] secret = terminal.readSecret(prompt);
            if (secret == null) {
                // Ctrl-D: no password and none can be asked, as when there is no terminal (not a cancel: Ctrl-C is 130)
                throw new SupportException(ExitCode.INPUT_REQUIRED, messages.get("password.input.ended"), messages.get("password.missing.hint"));
            }
            if (secret.length > 0) {
                return secret;
            }
            terminal.println(messages.get("password.input.empty.retry"));
        }
    }

    /**
     * The first line of {@code in} (without its line ending), decoded as UTF-8 into a fresh char array.
     * Bytes are read one at a time up to the newline, so nothing after the line is consumed and no
     * decoder keeps a buffer of the password; every intermediate array is cleared.
     */
    char[] firstLine(InputStream in) {
        byte[] bytes = new byte[128];
        int n = 0;
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (n == bytes.length) {
                    if (n >= MAX_CHARS * 4) {
                        Arrays.fill(bytes, (byte) 0);
                        throw tooLong();
                    }
                    byte[] bigger = Arrays.copyOf(bytes, n * 2);
                    Arrays.fill(bytes, (byte) 0);
                    bytes = bigger;
                }
                bytes[n++] = (byte) b;
            }
            if (n > 0 && bytes[n - 1] == '\r') {
                n--;
            }
            return decode(bytes, n);
        } catch (IOException e) {
            throw new SupportException(ExitCode.INPUT_REQUIRED, messages.get("password.stdin.unreadable", e.getMessage()),
                    messages.get("password.stdin.hint"));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private char[] decode(byte[] bytes, int n) {
        if (n == 0) {
            throw new SupportException(ExitCode.INPUT_REQUIRED, messages.get("password.stdin.empty"), messages.get("password.stdin.hint"));
        }
        char[] chars = new char[n];
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.wrap(chars);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, 0, n), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            Arrays.fill(chars, '\0');
            throw new SupportException(ExitCode.USAGE, messages.get("password.stdin.notUtf8"), messages.get("password.stdin.hint"));
        }
        char[] password = Arrays.copyOf(chars, out.position());
        Arrays.fill(chars, '\0');
        if (password.length > MAX_CHARS) {
            Arrays.fill(password, '\0');
            throw tooLong();
        }
        return password;
    }

    private SupportException tooLong() {
        return new SupportException(ExitCode.USAGE, messages.get("password.stdin.tooLong", MAX_CHARS), messages.get("password.stdin.hint"));
    }
}
