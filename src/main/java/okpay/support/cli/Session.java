package okpay.support.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Audience;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.KnowledgeBaseLoader;
import okpay.support.render.Format;
import okpay.support.render.Pager;
import okpay.support.render.Renderer;
import okpay.support.render.Screen;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;

/**
 * One run's settings, resolved from options and environment, and its knowledge base, loaded the
 * first time a command asks for it (so {@code --help} and {@code --version} never parse YAML).
 */
public final class Session {
    static final String KB_ENV = "OKPAY_SUPPORT_KB";
    static final String KB_MAX_SIZE_ENV = "OKPAY_SUPPORT_KB_MAX_SIZE";

    private final CliContext context;
    private final List<Path> kbFiles;
    private final String kbMaxSize;
    private final Lang lang;
    private final Format format;
    private final boolean verbose;
    private final Audience audience;
    private final Style style;
    private final boolean noPager;
    private Screen screen;
    private Messages messages;
    private KnowledgeBase kb;
    private FollowUps followUps;
    private boolean documentWritten;

    Session(CliContext context, List<Path> kbOption, String kbMaxSize, Lang langOption, Format formatOption, boolean noColor,
            boolean verbose, boolean noPager, Audience audienceOption) {
        this.noPager = noPager;
        this.context = context;
        this.kbFiles = kbFiles(kbOption, context.env());
        this.kbMaxSize = kbMaxSize;
        this.lang = langOption != null ? langOption : Lang.fromEnvironment(context.env());
        this.format = formatOption != null ? formatOption : Format.TEXT;
        this.verbose = verbose;
        this.audience = audienceOption != null ? audienceOption : Audience.CUSTOMER;
        this.style = Style.forOutput(context.tty(), noColor, context.env());
    }

    public Lang lang() {
        return lang;
    }

    /**
     * Whom answers speak to: {@code --audience}, else the customer. Support staff ({@code agent}) also get the
     * knowledge base's agent-only text; the customer never does.
     */
    public Audience audience() {
        return audience;
    }

    public Format format() {
        return format;
    }

    public Style style() {
        return style;
    }

    public boolean verbose() {
        return verbose;
    }

    public CliContext context() {
        return context;
    }

    public PrintWriter out() {
        return context.out();
    }

    public PrintWriter err() {
        return context.err();
    }

    /** {@code limit}, the value of a {@code --limit} option, or a usage error when it is below 1. */
    int limit(int limit) {
        if (limit < 1) {
            throw new SupportException(ExitCode.USAGE, messages().get("error.bad-limit", limit), messages().get("hint.bad-limit"));
        }
        return limit;
    }

    /** The tool's own messages ({@code core} bundle) in the session's language. */
    public Messages messages() {
        if (messages == null) {
            messages = Messages.core(lang);
        }
        return messages;
    }

    /** The files named by --kb or OKPAY_SUPPORT_KB, applied in order; empty for the embedded knowledge base. */
    public List<Path> kbFiles() {
        return kbFiles;
    }

    /**
     * The knowledge-base files a run uses: {@code option} (each --kb) if given, else OKPAY_SUPPORT_KB (a list separated
     * like PATH: ':' on Unix, ';' on Windows), else none (the embedded one).
     */
    public static List<Path> kbFiles(List<Path> option, Map<String, String> env) {
        if (option != null && !option.isEmpty()) {
            return List.copyOf(option);
        }
        String fromEnv = env.get(KB_ENV);
        List<Path> files = new ArrayList<>();
        if (fromEnv != null) {
            for (String part : fromEnv.split(Pattern.quote(File.pathSeparator))) {
                if (!part.isBlank()) {
                    files.add(Path.of(part.strip()));
                }
            }
        }
        return files;
    }

    /** How this run loads knowledge bases: the size limit (--kb-max-size) and the cache folder of the environment. */
    public KnowledgeBaseLoader.Settings kbSettings() {
        return kbSettings(kbMaxSize, context.env(), messages());
    }

    /** The settings of {@code maxSize} (--kb-max-size, or null: OKPAY_SUPPORT_KB_MAX_SIZE, else the default) and {@code env}. */
    public static KnowledgeBaseLoader.Settings kbSettings(String maxSize, Map<String, String> env, Messages messages) {
        String setting = maxSize != null ? "--kb-max-size" : KB_MAX_SIZE_ENV;
        String value = maxSize != null ? maxSize : env.get(KB_MAX_SIZE_ENV);
        int bytes = KnowledgeBaseLoader.Settings.DEFAULT.maxBytes();
        if (value != null && !value.isBlank()) {
            // compiled here, not in a static field: most runs set no size, and need no regular expression
            Matcher size = Pattern.compile("(\\d{1,10})\\s*(|b|k|kb|kib|m|mb|mib|g|gb|gib)").matcher(value.strip().toLowerCase(Locale.ROOT));
            long parsed = size.matches() ? Long.parseLong(size.group(1)) * switch (size.group(2)) {
                case "k", "kb", "kib" -> 1024L;
                case "m", "mb", "mib" -> 1024L * 1024;
                case "g", "gb", "gib" -> 1024L * 1024 * 1024;
                default -> 1L;
            } : -1;
            if (parsed < 1 || parsed > Integer.MAX_VALUE - 16) {
                throw new SupportException(ExitCode.USAGE, messages.get("error.kb-max-size", setting, value),
                        messages.get("hint.kb-max-size"));
            }
            bytes = (int) parsed;
        }
        return KnowledgeBaseLoader.Settings.of(bytes, env, messages.lang());
    }

    /** The knowledge base, loaded and checked on first use. */
    public KnowledgeBase kb() {
        if (kb == null) {
            kb = KnowledgeBaseFormat.LOADER.load(kbFiles, kbSettings());
        }
        return kb;
    }

    /** What the last command's output offered to go on with (numbered results, a flow to start), or null. */
    FollowUps followUps() {
        return followUps;
    }

    /** Notes that the output numbers these FAQ entries 1, 2..., so that the shell can open one by its number. */
    public void numbered(List<String> faqIds) {
        followUps(FollowUps.faqs(faqIds));
    }

    /** Notes what the output offers to go on with, so that the shell can open a numbered line or start the flow. */
    public void followUps(FollowUps offered) {
        followUps = offered;
    }

    /**
     * The screen text is laid out for: its width wraps text output (see {@link Screen#of}; only the process's own
     * terminal is asked, the shell passes its size in COLUMNS); found on first use, so JSON, YAML and commands that
     * print nothing never look.
     */
    public Screen screen() {
        if (screen == null) {
            screen = Screen.of(context.env(), context.tty() && context.terminal().ownsStandardOutput());
        }
        return screen;
    }

    /**
     * Writes {@code result} to stdout in the session's format and returns exit code 0. Text is wrapped to the
     * screen, and on a terminal text longer than the screen goes through the pager (not with {@code --no-pager};
     * piped output never, since it is no terminal). Inside the shell the shell's terminal pages, handing itself back
     * to the shell's line reader afterwards ({@link okpay.support.prompt.Terminal#page}).
     */
    public <T> int print(T result, TextLayout<T> layout) {
        documentWritten = true;
        if (format != Format.TEXT) {
            Renderer.of(format, style).render(result, layout, context.out());
            return 0;
        }
        boolean inShell = ShellRequest.inside(context);
        boolean pager = context.tty() && !noPager && (inShell || context.terminal().ownsStandardOutput());
        if (!pager) {
            Renderer.of(format, style, screen().columns()).render(result, layout, context.out());
            return 0;
        }
        StringWriter text = new StringWriter();
        Renderer.of(format, style, screen().columns()).render(result, layout, new PrintWriter(text));
        context.out().flush();
        if (!Pager.tooLong(text.toString(), screen()) || !(inShell ? context.terminal().page(text.toString(), context.env())
                : Pager.page(text.toString(), Pager.command(context.env()), context.env()))) {
            context.out().print(text);
            context.out().flush();
        }
        return 0;
    }

    /**
     * Writes {@code result} that comes with a {@code failure} (the general steps of an unknown decline code, a score
     * below {@code --fail-under}) and throws it. In JSON and YAML the result's document also holds the failure's error
     * object as its member {@code error}, so stdout keeps one document that scripts can read both from.
     */
    public <T> int printFailing(T result, TextLayout<T> layout, SupportException failure) {
        if (format == Format.TEXT) {
            Renderer.of(format, style, screen().columns()).render(result, layout, context.out());
        } else {
            Renderer.of(format, style).render(Renderer.withMember(result, "error", ErrorReport.document(failure, lang).get("error")),
                    null, context.out());
        }
        documentWritten = true;
        throw failure;
    }

    /** Whether this run wrote its document to stdout already (a failure then adds no second one). */
    boolean documentWritten() {
        return documentWritten;
    }
}
