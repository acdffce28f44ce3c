package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The terminal the shell opens without JLine's builder: the capabilities it reads its own way are exactly the ones
 * JLine's parser reads, for every terminal type JLine carries and for generated entries (seeded), and the dumb
 * terminal of a pipe has those of JLine's "dumb" entry.
 */
class ShellTerminalTest {
    /** What JLine's own parser makes of an entry. */
    private record Parsed(Set<Capability> bools, Map<Capability, Integer> ints, Map<Capability, String> strings) {
        static Parsed byJLine(String entry) {
            Parsed parsed = empty();
            InfoCmp.parseInfoCmp(entry, parsed.bools(), parsed.ints(), parsed.strings());
            return parsed;
        }

        static Parsed ours(String entry) throws Exception {
            Parsed parsed = empty();
            TerminalCapabilities.parse(entry, TerminalCapabilities.names(), parsed.bools(), parsed.ints(), parsed.strings());
            return parsed;
        }

        static Parsed empty() {
            return new Parsed(EnumSet.noneOf(Capability.class), new HashMap<>(), new HashMap<>());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dumb", "dumb-color", "ansi", "xterm", "xterm-256color", "screen", "screen-256color", "rxvt",
        "rxvt-basic", "rxvt-unicode", "rxvt-unicode-256color", "windows", "windows-256color", "windows-conemu", "windows-vtp"})
    void everyTypeJLineCarriesReadsAsJLineReadsIt(String type) {
        assertTrue(TerminalCapabilities.bundled(type));
        Parsed ours = Parsed.empty();
        assertTrue(TerminalCapabilities.read(type, ours.bools(), ours.ints(), ours.strings()), type);
        Parsed jline = Parsed.byJLine(InfoCmp.getDefaultInfoCmp(type));
        assertEquals(jline, ours, type);
        assertFalse(ours.strings().isEmpty(), "the entry has strings: " + type);
    }

    @Test
    void aTypeNobodyKnowsIsLeftToJLine() {
        Parsed ours = Parsed.empty();
        assertFalse(TerminalCapabilities.bundled("no-such-terminal-okpay"));
        assertFalse(TerminalCapabilities.read("no-such-terminal-okpay", ours.bools(), ours.ints(), ours.strings()));
        assertEquals(Parsed.empty(), ours, "nothing filled in");
    }

    /**
     * Types JLine does not carry (tmux's, for one) are read from the system's infocmp, as JLine reads them; a system
     * whose terminfo lacks the type leaves it to JLine.
     */
    @ParameterizedTest
    @ValueSource(strings = {"tmux-256color", "vt100", "linux"})
    void otherTypesReadTheSystemsEntryAsJLineDoes(String type) throws Exception {
        Parsed ours = Parsed.empty();
        boolean read = TerminalCapabilities.read(type, ours.bools(), ours.ints(), ours.strings());
        String entry;
        try {
            entry = InfoCmp.getInfoCmp(type);
        } catch (java.io.IOException e) {
            assertFalse(read, "no entry for " + type + " on this system");
            return;
        }
        assertTrue(read, type);
        assertEquals(Parsed.byJLine(entry), ours, type);
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    /**
     * Generated entries: items of known and unknown names, flags, numbers (decimal, octal, hexadecimal), strings with
     * escapes, '$', '#' and '=', spaces and commas in odd places, lines without a final comma.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void generatedEntriesReadAsJLineReadsThem(long seed) throws Exception {
        Random random = new Random(seed);
        String[] names = {"am", "cols", "lines", "colors", "bel", "cr", "cup", "smso", "kcuu1", "auto_right_margin", "nope",
            "Tc", "u8", "XT", "bce", "it"};
        String[] values = {"#80", "#0", "#010", "#0x1f", "=^G", "=\\E[%i%p1%d;%p2%dH", "=\\E[?1049h$<5>", "=a\\,b", "=x=y",
            "=#1", "", "", "=", "#"};
        StringBuilder entry = new StringBuilder("# comment line\n");
        int lines = 1 + random.nextInt(5);
        for (int l = 0; l < lines; l++) {
            entry.append(random.nextBoolean() ? "\t" : " ".repeat(random.nextInt(3)));
            int items = random.nextInt(6);
            for (int i = 0; i < items; i++) {
                entry.append(names[random.nextInt(names.length)]).append(values[random.nextInt(values.length)]);
                entry.append(random.nextInt(8) == 0 ? (random.nextBoolean() ? "$" : "") : ",");
                entry.append(" ".repeat(random.nextInt(2)));
                if (random.nextInt(10) == 0) {
                    entry.append(',');
                }
            }
            entry.append('\n');
        }
        String text = entry.toString();
        Parsed jline;
        try {
            jline = Parsed.byJLine(text);
        } catch (NumberFormatException e) {
            assertThrows(NumberFormatException.class, () -> Parsed.ours(text), text);
            return;
        }
        assertEquals(jline, Parsed.ours(text), text);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void thePipesDumbTerminalHasTheDumbEntrysCapabilities(boolean empty) throws Exception {
        InputStream in = empty ? InputStream.nullInputStream() : new java.io.ByteArrayInputStream("x\n".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = new ShellTerminal.PipeTerminal(in, out)) {
            assertEquals(Terminal.TYPE_DUMB, terminal.getType());
            Parsed jline = Parsed.byJLine(InfoCmp.getDefaultInfoCmp(Terminal.TYPE_DUMB));
            for (Capability capability : Capability.values()) {
                assertEquals(jline.bools().contains(capability), terminal.getBooleanCapability(capability), capability.name());
                assertEquals(jline.ints().get(capability), terminal.getNumericCapability(capability), capability.name());
                assertEquals(jline.strings().get(capability), terminal.getStringCapability(capability), capability.name());
            }
            terminal.writer().print("shown");
            terminal.flush();
        }
        assertEquals("shown", out.toString(StandardCharsets.UTF_8));
    }
}
