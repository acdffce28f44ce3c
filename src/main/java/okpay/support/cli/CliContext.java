package okpay.support.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a run of the tool gets from its surroundings: streams, environment, and whether a person is
 * at a terminal. {@code Main} builds it from {@code System}; tests and the shell build their own.
 */
public record CliContext(PrintWriter out, PrintWriter err, InputStream in, Map<String, String> env, boolean terminal) {
    public CliContext {
        env = Map.copyOf(env);
    }
}
