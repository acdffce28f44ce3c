package okpay.support.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The screen text output is laid out for, in columns and rows; 0 when unknown (output that is not for a terminal
 * is not wrapped and never paged).
 */
public record Screen(int columns, int rows) {
    /** No screen: output goes to a pipe or a file. */
    public static final Screen NONE = new Screen(0, 0);
    private static final int DEFAULT_COLUMNS = 80;
    private static final int DEFAULT_ROWS = 24;

    /**
     * {@code COLUMNS} and {@code LINES} when set (the launcher and the shell export them), else, when output goes to
     * the process's own {@code terminal}, its size as {@code stty} reports it (80×24 when it cannot), else no width:
     * piped output is wrapped only when {@code COLUMNS} asks for it. Only a terminal run without both variables
     * starts {@code stty}.
     */
    public static Screen of(Map<String, String> env, boolean terminal) {
        int columns = number(env.get("COLUMNS"));
        int rows = number(env.get("LINES"));
        if (terminal && (columns == 0 || rows == 0)) {
            int[] size = stty();
            columns = columns > 0 ? columns : size[1] > 0 ? size[1] : DEFAULT_COLUMNS;
            rows = rows > 0 ? rows : size[0] > 0 ? size[0] : DEFAULT_ROWS;
        }
        return new Screen(columns, rows);
    }

    /** A positive number of columns or rows from a variable; 0 when unset or not one. */
    static int number(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 && n <= 10_000 ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Rows and columns of the terminal on standard input, from {@code stty size}; zeros when it does not say. */
    private static int[] stty() {
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String answer;
            try (InputStream in = stty.getInputStream()) {
                answer = new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
            }
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroy();
                return new int[2];
            }
            String[] parts = answer.split(" ");
            return parts.length == 2 ? new int[] {number(parts[0]), number(parts[1])} : new int[2];
        } catch (IOException e) {
            return new int[2];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new int[2];
        }
    }
}
