package okpay.support.contact.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;

/**
 * The values a run of {@code contact verify} checks, from its arguments: each argument is one value, {@code -} stands
 * for the lines of standard input (one value a line; blank lines and lines starting with {@code #} skipped), and
 * arguments that are all pieces of one phone number ({@code +1 555 0100}) are that number.
 *
 * @param values the values, in order
 * @param batch  more than one value, or any from standard input: a value that is no contact detail is then a verdict
 *               of its own (invalid) instead of ending the run
 */
public record VerifyInputs(List<String> values, boolean batch) {
    /** The most values one run checks: far above any runbook's list, and it bounds the memory a run can take. */
    public static final int MAX_VALUES = 100_000;
    /** The most standard input read: {@link #MAX_VALUES} values of a typical length. */
    public static final long MAX_STDIN_BYTES = 16L << 20;

    private static final Pattern PHONE_PART = Pattern.compile("[+(]?[0-9()./-]*[0-9][0-9()./-]*");

    public VerifyInputs {
        values = List.copyOf(values);
    }

    /** The values of {@code args}, reading standard input ({@code stdin}) where an argument is {@code -}. */
    public static VerifyInputs of(List<String> args, InputStream stdin, Messages m) {
        if (args.size() > 1 && args.stream().allMatch(a -> PHONE_PART.matcher(a).matches())
                && args.stream().anyMatch(a -> digits(a) < 7)) {
            return new VerifyInputs(List.of(String.join(" ", args)), false);  // one number given in parts
        }
        List<String> values = new ArrayList<>();
        boolean fromStdin = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                fromStdin = true;
                read(stdin, values, m);
            } else {
                values.add(arg);
            }
            if (values.size() > MAX_VALUES) {
                throw new SupportException(ExitCode.USAGE, m.get("error.verify.too-many", MAX_VALUES), m.get("hint.verify.too-many"));
            }
        }
        if (values.isEmpty()) {
            throw new SupportException(ExitCode.USAGE, m.get("error.verify.stdin-empty"), m.get("hint.verify.stdin"));
        }
        return new VerifyInputs(values, fromStdin || values.size() > 1);
    }

    /**
     * The lines of {@code stdin} as values. Undecodable bytes become U+FFFD (the value is then no contact detail); a
     * stream that cannot be read, or was closed, ends the input like end of file.
     */
    private static void read(InputStream stdin, List<String> values, Messages m) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(new Bounded(stdin, m),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String value = line.strip();
                if (!value.isEmpty() && !value.startsWith("#")) {
                    values.add(value);
                }
                if (values.size() > MAX_VALUES) {
                    throw new SupportException(ExitCode.USAGE, m.get("error.verify.too-many", MAX_VALUES), m.get("hint.verify.too-many"));
                }
            }
        } catch (IOException e) {
            // Closed or unreadable input is the end of the list, not a failure: what was read is checked.
        }
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }

    /** Standard input up to {@link #MAX_STDIN_BYTES}; more is a usage error, so a runaway producer cannot fill memory. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private final Messages m;
        private long read;

        Bounded(InputStream in, Messages m) {
            this.in = in;
            this.m = m;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            read += Math.max(n, 0);
            if (read > MAX_STDIN_BYTES) {
                throw new SupportException(ExitCode.USAGE, m.get("error.verify.stdin-too-large", MAX_STDIN_BYTES >> 20),
                        m.get("hint.verify.too-many"));
            }
            return n;
        }
    }
}
