package okpay.support.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.render.Format;
import okpay.support.render.Renderer;
import okpay.support.render.Style;
import okpay.support.render.TextLayout;

/**
 * One run's settings, resolved from options and environment, and its knowledge base, loaded the
 * first time a command asks for it (so {@code --help} and {@code --version} never parse YAML).
 */
public final class Session {
    static final String KB_ENV = "OKPAY_SUPPORT_KB";

    private final CliContext context;
    private final Path kbPath;
    private final Lang lang;
    private final Format format;
    private final boolean verbose;
    private final Style style;
    private Messages messages;
    private KnowledgeBase kb;
    private FollowUps followUps;

    Session(CliContext context, Path kbOption, Lang langOption, Format formatOption, boolean noColor, boolean verbose) {
        this.context = context;
        this.kbPath = kbPath(kbOption, context.env());
        this.lang = langOption != null ? langOption : Lang.fromEnvironment(context.env());
        this.format = formatOption != null ? formatOption : Format.TEXT;
        this.verbose = verbose;
        this.style = Style.forOutput(context.tty(), noColor, context.env());
    }

    public Lang lang() {
        return lang;
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

    /** The tool's own messages ({@code core} bundle) in the session's language. */
    public Messages messages() {
        if (messages == null) {
            messages = Messages.core(lang);
        }
        return messages;
    }

    /** The file named by --kb or OKPAY_SUPPORT_KB, or null for the embedded knowledge base. */
    public Path kbPath() {
        return kbPath;
    }

    /** The knowledge base a run uses: {@code option} (--kb) if given, else OKPAY_SUPPORT_KB, else null (the embedded one). */
    public static Path kbPath(Path option, Map<String, String> env) {
        String fromEnv = env.get(KB_ENV);
        return option != null ? option : fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
    }

    /** The knowledge base, loaded and checked on first use. */
    public KnowledgeBase kb() {
        if (kb == null) {
            kb = KnowledgeBaseFormat.LOADER.load(kbPath);
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

    /** Writes {@code result} to stdout in the session's format and returns exit code 0. */
    public <T> int print(T result, TextLayout<T> layout) {
        Renderer.of(format, style).render(result, layout, context.out());
        return 0;
    }
}
