package okpay.support.diagnose;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.cli.CliRunner;

/** Runs {@code diagnose} in-process, as users do, and reads its JSON. */
final class DiagnoseCli {
    private DiagnoseCli() {}

    /** {@code diagnose FLOW --no-input --format json} with each {@code id=value} as an {@code --answer}, plus {@code extra}. */
    static CliRunner.Result run(String flow, List<String> answers, String... extra) {
        List<String> args = new ArrayList<>(List.of("diagnose", flow, "--no-input", "--format", "json"));
        for (String answer : answers) {
            args.add("--answer");
            args.add(answer);
        }
        args.addAll(List.of(extra));
        return CliRunner.runEn(args.toArray(String[]::new));
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
