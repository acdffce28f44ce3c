package okpay.support.render;

import java.util.Map;

/**
 * ANSI styling, in one place. Off when output is not a terminal, with {@code --no-color}, when
 * {@code NO_COLOR} is set to anything, or when {@code TERM=dumb}; then every method returns its text unchanged.
 */
public final class Style {
    private static final String RESET = "\u001b[0m";
    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    public static Style plain() {
        return new Style(false);
    }

    public static Style ansi() {
        return new Style(true);
    }

    /** The style for an output stream: colours only on a terminal and when nothing asks for plain text. */
    public static Style forOutput(boolean terminal, boolean noColorOption, Map<String, String> env) {
        boolean noColorEnv = env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty();
        boolean dumb = "dumb".equals(env.get("TERM"));
        return new Style(terminal && !noColorOption && !noColorEnv && !dumb);
    }

    public boolean enabled() {
        return enabled;
    }

    public String bold(String s) {
        return wrap("1", s);
    }

    public String dim(String s) {
        return wrap("2", s);
    }

    public String heading(String s) {
        return wrap("1;36", s);
    }

    public String good(String s) {
        return wrap("32", s);
    }

    public String warn(String s) {
        return wrap("33", s);
    }

    public String bad(String s) {
        return wrap("31", s);
    }

    public String accent(String s) {
        return wrap("36", s);
    }

    private String wrap(String code, String s) {
        return enabled ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
