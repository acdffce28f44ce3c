package okpay.support;

import java.io.Console;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import okpay.support.cli.Cli;
import okpay.support.cli.CliContext;
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
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Console console = System.console();
        CliContext context = new CliContext(out, err, System.in, System.getenv(), console != null,
                new ConsoleTerminal(console, err));
        int code = Cli.run(context, args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
