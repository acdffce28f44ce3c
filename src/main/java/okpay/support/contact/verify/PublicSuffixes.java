package okpay.support.contact.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Who owns a host name, by the Public Suffix List: the registrable domain of {@code a.b.co.uk} is {@code b.co.uk}, of
 * {@code x.github.io} it is {@code x.github.io} (a private suffix), of {@code okpay.example} it is itself (the default
 * rule {@code *}). The list is {@code public-suffixes.txt}, written at build time from Guava's copy
 * (src/build/VerifyData.java), and read the first time a name is looked up, so a run that never asks pays nothing.
 */
final class PublicSuffixes {
    private static final byte EXACT = 1;
    private static final byte WILDCARD = 2;
    private static final byte EXCEPTION = 4;

    private PublicSuffixes() {}

    /** The rules: a suffix (ASCII, no leading dot) → which kinds of rule it has. */
    private static final class SuffixRules {
        static final Map<String, Byte> RULES = load();

        private static Map<String, Byte> load() {
            Map<String, Byte> rules = new HashMap<>(16_384);
            try (InputStream in = PublicSuffixes.class.getResourceAsStream("public-suffixes.txt")) {
                if (in == null) {
                    return rules;  // a build without the data: every name falls back to the default rule
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String rule = line.startsWith("~") ? line.substring(1) : line;
                    byte kind = EXACT;
                    if (rule.startsWith("!")) {
                        kind = EXCEPTION;
                        rule = rule.substring(1);
                    } else if (rule.startsWith("*.")) {
                        kind = WILDCARD;
                        rule = rule.substring(2);
                    }
                    rules.merge(rule, kind, (a, b) -> (byte) (a | b));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rules;
        }
    }

    /** The public suffix of an ASCII host ({@code co.uk} for {@code a.b.co.uk}); the last label when no rule applies. */
    static String suffix(String host) {
        int start = host.lastIndexOf('.') + 1;  // the default rule "*": the last label
        // Longer and longer endings of the name; the longest rule that matches wins, an exception above all.
        for (int at = host.length(); at > 0; ) {
            int dot = host.lastIndexOf('.', at - 1);
            int from = dot + 1;
            Byte kind = SuffixRules.RULES.get(host.substring(from));
            if (kind != null && (kind & EXCEPTION) != 0) {
                return host.substring(at == host.length() ? from : at + 1);  // "!www.ck": the suffix is ck
            }
            if (kind != null && (kind & EXACT) != 0) {
                start = Math.min(start, from);
            }
            if (kind != null && (kind & WILDCARD) != 0 && dot > 0) {
                start = Math.min(start, host.lastIndexOf('.', dot - 1) + 1);  // "*.ck": one label more
            }
            at = dot;
        }
        return host.substring(start);
    }

    /**
     * The registrable domain of an ASCII host: its public suffix and one label more; the host itself when it is a
     * public suffix or just one label.
     */
    static String registrable(String host) {
        String suffix = suffix(host);
        if (host.length() <= suffix.length()) {
            return host;
        }
        int dot = host.lastIndexOf('.', host.length() - suffix.length() - 2);
        return host.substring(dot + 1);
    }
}
