package okpay.support.shell;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okpay.support.i18n.Messages;
import okpay.support.prompt.Terminal;

/**
 * Standard input of a command run in the shell (for example {@code --password-stdin}): on the first read,
 * one line typed at a hidden prompt, then end of input. The line is neither shown nor recorded in history,
 * and nothing is asked of a command that never reads its input.
 */
final class SecretLineInput extends InputStream {
    private final Terminal terminal;
    private final Messages messages;
    private byte[] bytes;
    private int position;

    SecretLineInput(Terminal terminal, Messages messages) {
        this.terminal = terminal;
        this.messages = messages;
    }

    @Override
    public int read() {
        fill();
        return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        fill();
        if (length == 0) {
            return 0;
        }
        if (position >= bytes.length) {
            return -1;
        }
        int count = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private void fill() {
        if (bytes != null) {
            return;
        }
        char[] line = terminal.readSecret(messages.get("secret.input") + " ");
        if (line == null) {
            bytes = new byte[0];
            return;
        }
        String text = new String(line) + "\n";
        Arrays.fill(line, '\0');
        bytes = text.getBytes(StandardCharsets.UTF_8);
    }
}
