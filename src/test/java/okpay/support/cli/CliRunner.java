package okpay.support.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import okpay.support.Main;
import okpay.support.prompt.NoTerminal;
import okpay.support.prompt.Terminal;

/** Runs the tool in-process through the same factory {@code Main} uses, capturing both streams. */
public final class CliRunner {
    /** What one run did. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>(Map.of("LANG", "en_US.UTF-8"));
    private String stdin = "";
    private boolean tty;
    private Terminal terminal = NoTerminal.INSTANCE;

    public CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    public CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    /** Whether stdout counts as a terminal (colours). */
    public CliRunner tty(boolean value) {
        this.tty = value;
        return this;
    }

    /** The terminal questions are asked on (default: none, as in CI). */
    public CliRunner terminal(Terminal value) {
        this.terminal = value;
        return this;
    }

    public Result run(String... args) {
        return run(true, args);
    }

    /** The same run parsed by picocli even when {@link DirectParser} could take it ({@code DirectParserTest} compares them). */
    public Result runWithPicocli(String... args) {
        return run(false, args);
    }

    private Result run(boolean direct, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, tty, terminal);
        int code = direct ? Cli.run(context, args) : Cli.runWithPicocli(context, args);
        context.out().flush();
        context.err().flush();
        return new Result(code, out.toString(), err.toString());
    }

    /** A runner with an English locale and no terminal, as in CI. */
    public static Result runEn(String... args) {
        return new CliRunner().run(args);
    }
}
