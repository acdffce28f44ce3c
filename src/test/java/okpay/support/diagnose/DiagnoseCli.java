package okpay.support.diagnose;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;

/** Runs {@code diagnose} in-process, as users do, on the fixture kb/flows.yaml, and reads its JSON. */
final class DiagnoseCli {
    /** Copies of the shipped flows declined-tx, password-reset and app-error, and fifteen decline codes. */
    static final String KB = "flows.yaml";

    private DiagnoseCli() {}

    /** A runner on {@link #KB}, English, no terminal. */
    static CliRunner cli() {
        return Fixtures.cli(KB);
    }

    /** One run of the tool on {@link #KB}. */
    static CliRunner.Result runArgs(String... args) {
        return Fixtures.run(KB, args);
    }

    /** {@code diagnose FLOW --no-input --format json} with each {@code id=value} as an {@code --answer}, plus {@code extra}. */
    static CliRunner.Result run(String flow, List<String> answers, String... extra) {
        List<String> args = new ArrayList<>(List.of("diagnose", flow, "--no-input", "--format", "json"));
        for (String answer : answers) {
            args.add("--answer");
            args.add(answer);
        }
        args.addAll(List.of(extra));
        return runArgs(args.toArray(String[]::new));
    }

    static Map<String, Object> json(String text) {
        try {
            return JSON.std.mapFrom(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
