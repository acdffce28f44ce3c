package okpay.support.shell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

/**
 * Reads a terminal's capabilities as JLine's {@link InfoCmp#parseInfoCmp} does, with the same result. JLine's own way costs a cold JVM tens of milliseconds before the first prompt: an {@code infocmp}
 * process, a stream pipeline over its table of capability names with a regular expression per line, and another per
 * line of the entry. Here both texts are read with plain loops; {@code ShellTerminalTest} checks the result against
 * JLine's for every type it carries.
 */
final class TerminalCapabilities {
    /** The terminal types whose capabilities JLine carries; any other is read from the system's infocmp. */
    private static final Set<String> BUNDLED = Set.of("dumb", "dumb-color", "ansi", "xterm", "xterm-256color",
            "screen", "screen-256color", "rxvt", "rxvt-basic", "rxvt-unicode", "rxvt-unicode-256color", "windows",
            "windows-256color", "windows-conemu", "windows-vtp");

    private TerminalCapabilities() {}

    /** Whether JLine carries the capabilities of {@code type}. */
    static boolean bundled(String type) {
        return BUNDLED.contains(type);
    }

    /**
     * Fills the three collections with the capabilities of {@code type}: from JLine's own entry for a type it carries,
     * else from the system's {@code infocmp}, as JLine asks it; false (and nothing filled) when neither has the type,
     * so the caller leaves it to JLine, which falls back to ANSI.
     */
    static boolean read(String type, Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        try {
            String entry = bundled(type) ? resource(type + ".caps") : InfoCmp.getInfoCmp(type);
            Map<String, Capability> names = names();
            Set<Capability> b = java.util.EnumSet.noneOf(Capability.class);
            Map<Capability, Integer> i = new HashMap<>();
            Map<Capability, String> s = new HashMap<>();
            parse(entry, names, b, i, s);
            bools.addAll(b);
            ints.putAll(i);
            strings.putAll(s);
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // JLine parses it its own way, and reports what is wrong as it would
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** JLine's table of capability names: each capability by its own name and by its terminfo name. */
    static Map<String, Capability> names() throws IOException {
        Map<String, Capability> names = new HashMap<>();
        for (String line : lines(resource("capabilities.txt"))) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int first = trimmed.indexOf(", ");
            int second = trimmed.indexOf(", ", first + 2);
            String name = trimmed.substring(0, first);
            Capability capability = Capability.valueOf(name);
            names.put(name, capability);
            names.put(trimmed.substring(first + 2, second < 0 ? trimmed.length() : second), capability);
        }
        return names;
    }

    /**
     * An entry in infocmp's text form, read as JLine reads it: lines after the first, each a list of items ended by
     * a comma; {@code name#number} is a number (0x hexadecimal, a leading 0 octal), {@code name=text} a string, a bare
     * name a flag. Names JLine does not know are skipped.
     */
    static void parse(String entry, Map<String, Capability> names, Set<Capability> bools, Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        String[] lines = entry.split("\n");
        for (int l = 1; l < lines.length; l++) {
            String line = lines[l];
            int at = 0;
            while (at < line.length()) {
                int start = at;
                while (start < line.length() && space(line.charAt(start))) {
                    start++;
                }
                int end = line.indexOf(',', start);
                if (end < 0) {
                    end = line.lastIndexOf('$');
                    if (end <= start) {
                        break; // no item ends on this line
                    }
                }
                if (end > start) {
                    item(line.substring(start, end), names, bools, ints, strings);
                }
                at = end + 1;
            }
        }
    }

    /** What a regular expression's {@code \\s} matches, as JLine's pattern does. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static void item(String item, Map<String, Capability> names, Set<Capability> bools, Map<Capability, Integer> ints,
            Map<Capability, String> strings) {
        int hash = item.indexOf('#');
        int equals = item.indexOf('=');
        if (hash >= 0) {
            String value = item.substring(hash + 1);
            int number = value.equals("0") ? 0 : value.startsWith("0x") ? Integer.parseInt(value.substring(2), 16)
                    : value.startsWith("0") ? Integer.parseInt(value.substring(1), 8) : Integer.parseInt(value);
            Capability capability = names.get(item.substring(0, hash));
            if (capability != null) {
                ints.put(capability, number);
            }
        } else if (equals >= 0) {
            Capability capability = names.get(item.substring(0, equals));
            if (capability != null) {
                strings.put(capability, item.substring(equals + 1));
            }
        } else {
            Capability capability = names.get(item);
            if (capability != null) {
                bools.add(capability);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InfoCmp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no " + name + " in JLine");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String[] lines(String text) {
        return text.split("\n");
    }
}
