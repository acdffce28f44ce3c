package okpay.support;

import java.io.BufferedOutputStream;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okpay.support.cli.Cli;
import okpay.support.cli.CliContext;
import okpay.support.cli.StandardInput;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.prompt.ConsoleTerminal;

/** The command-line entry point: the only place that touches {@code System} streams or exits. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // picocli looks up 19 converters (java.time, java.sql, java.nio.file.Path) by reflection for every command
        // it builds, and loads and initialises those classes: no option takes them but --kb, whose Path converter Cli
        // registers itself. A cold start saves the lookups.
        System.setProperty("picocli.converters.excludes", ".*");
        // Always UTF-8: Chinese answers must survive a C locale and a pipe.
        Stdout stdout = new Stdout(new FileOutputStream(FileDescriptor.out));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // Closed input is checked at its first read (most commands read none); a console needs descriptor 0 to be a
        // terminal, which a file the JVM opened in its place is not.
        Console console = System.console();
        InputStream in = StandardInput.stream(System.in);
        Map<String, String> env = System.getenv();
        CliContext context = new CliContext(out, err, in, env, console != null, new ConsoleTerminal(console, err));
        int code = undecodable(args) ? refuseUndecodable(err, args, env) : Cli.run(context, args);
        out.flush();
        if (out.checkError() || System.out.checkError()) {
            // A result that never reached its reader must not look like success. A reader that stopped reading (`| head`)
            // knows it did: that ends quietly, as other tools end on a closed pipe; anything else (a full disk) is said.
            code = ExitCode.OUTPUT_FAILED.code();
            if (!stdout.readerGone()) {
                // One line: what is the matter with the output is what the user needs, and the exit status says the rest.
                Lang lang = Cli.languageOf(List.of(args), Lang.fromEnvironment(env));
                Messages messages = Messages.core(lang);
                String why = stdout.cause();
                String message = why == null ? messages.get("error.output-failed") : messages.get("error.output-" + why);
                code = Cli.printError(err, lang, new SupportException(ExitCode.OUTPUT_FAILED, message, null), false);
            }
        }
        err.flush();
        System.exit(code);
    }

    /** Standard output, remembering why a write failed (PrintWriter keeps only that one did). */
    private static final class Stdout extends FilterOutputStream {
        private IOException failure;

        Stdout(OutputStream out) {
            super(new BufferedOutputStream(out, 8192));
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        /** True when a write failed because the reading end of the pipe was closed (EPIPE). */
        boolean readerGone() {
            return failure != null && String.valueOf(failure.getMessage()).contains("Broken pipe");
        }

        /**
         * Why the output failed, as the end of a message key: {@code full} (ENOSPC), {@code closed} (EBADF: standard
         * output was closed, and the descriptor is a file the JVM opened for reading); null when it is something else.
         */
        String cause() {
            String message = failure == null ? "" : String.valueOf(failure.getMessage());
            return message.contains("No space left") ? "full" : message.contains("Bad file descriptor") ? "closed" : null;
        }
    }

    /**
     * True when an argument holds U+FFFD while the JVM decodes arguments with a character set that is not UTF-8: under
     * {@code LC_ALL=C} Java turns each byte of a Chinese word into U+FFFD, and a search for that finds nothing.
     */
    private static boolean undecodable(String[] args) {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8")) {
            return false;
        }
        for (String arg : args) {
            if (arg.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int refuseUndecodable(PrintWriter err, String[] args, Map<String, String> env) {
        Lang lang = Cli.languageOf(List.of(args), Lang.fromEnvironment(env));
        Messages messages = Messages.core(lang);
        return Cli.printError(err, lang, new SupportException(ExitCode.USAGE,
                messages.get("error.undecodable-args", System.getProperty("sun.jnu.encoding")), messages.get("hint.undecodable-args")), false);
    }
}
