package okpay.support.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Shows text longer than the screen through a pager: {@code $PAGER} (split into words as a shell would, quotes
 * respected; empty means none), else {@code less -FRX}. The caller decides when (a terminal, text format, not
 * {@code --no-pager}, not in the shell) and hands it text already sanitised and wrapped.
 */
public final class Pager {
    private Pager() {}

    /** The pager command {@code env} asks for; empty when {@code PAGER} is set but empty (no pager). */
    public static List<String> command(Map<String, String> env) {
        String pager = env.get("PAGER");
        return pager == null ? List.of("less", "-FRX") : words(pager);
    }

    /** Whether {@code text} takes more than the screen's rows, less one for the shell's prompt. */
    public static boolean tooLong(String text, Screen screen) {
        int lines = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lines++;
        }
        return screen.rows() > 0 && lines > screen.rows() - 1;
    }

    /**
     * Sends {@code text} to {@code command}, its output and errors on the terminal, and waits for it to end; false,
     * having shown nothing, when the pager cannot start (the caller prints the text then).
     */
    public static boolean page(String text, List<String> command, Map<String, String> env) {
        return page(text, command, env, true);
    }

    /**
     * Like {@link #page(String, List, Map)}; {@code ignoreInterrupt} false leaves Ctrl-C's signal alone, for a caller
     * that ignores it already while a command runs (the shell, whose terminal library owns the signal handlers: one
     * replaced and put back here no longer turns Ctrl-C at its prompt into clearing the line).
     */
    public static boolean page(String text, List<String> command, Map<String, String> env, boolean ignoreInterrupt) {
        if (command.isEmpty()) {
            return false;
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        // The text is UTF-8 whatever the locale; less needs telling, or it shows Chinese as <E4><BD>.
        if (!env.containsKey("LESSCHARSET")) {
            builder.environment().put("LESSCHARSET", "utf-8");
        }
        Process pager;
        try {
            pager = builder.start();
        } catch (IOException e) {
            return false;
        }
        // Ctrl-C in the pager reaches this process too (the same foreground group); ending here would hand the
        // terminal back to the shell under a pager still running. The pager decides, as git does with its pager.
        Object interrupt = ignoreInterrupt ? ignoreInterrupt() : null;
        try (OutputStream in = pager.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The reader quit before the end (q in less): what it did not want is not an error.
        }
        try {
            pager.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            restoreInterrupt(interrupt);
        }
        return true;
    }

    /** Ignores SIGINT, returning the handler to restore; null where the JVM offers no way (then Ctrl-C ends it). */
    private static Object ignoreInterrupt() {
        try {
            return sun.misc.Signal.handle(new sun.misc.Signal("INT"), sun.misc.SignalHandler.SIG_IGN);
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static void restoreInterrupt(Object previous) {
        if (previous instanceof sun.misc.SignalHandler handler) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal("INT"), handler);
            } catch (RuntimeException | LinkageError e) {
                // nothing to restore
            }
        }
    }

    /** {@code line} split into words at unquoted blanks; single and double quotes group, a backslash escapes. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
