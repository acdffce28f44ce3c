package okpay.support.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import okpay.support.config.UserConfig;
import okpay.support.i18n.Lang;
import okpay.support.kb.Audience;
import okpay.support.prompt.Answers;
import okpay.support.render.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top command: global options that every subcommand also accepts, before or after its name.
 * Its subcommands are listed in {@link CommandTree}; {@link Cli} adds all of them, or for a one-off
 * command only the one named, so picocli does not build the model of commands that will not run.
 */
@Command(name = RootCommand.NAME,
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        header = {"Offline help for OKPay wallet users and support staff: genuine support channels, FAQ, troubleshooting.",
            "Answers in Chinese or English, for people at a terminal and for support runbooks (--format json|yaml)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  okpay-support ask 我的转账一天了还没到账",
            "  okpay-support contact --topic funds",
            "  okpay-support faq search 钱没到账",
            "  okpay-support --lang en faq show forgot-password",
            "  okpay-support faq search payment failed --format json",
            "  okpay-support diagnose declined-tx",
            "  okpay-support shell",
            "  okpay-support diagnose declined-tx --code 59 --audience agent"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (contact verify: an official channel)",
            "1:internal error (a bug: rerun with --verbose)",
            "2:usage error: unknown option or command, bad value",
            "3:not found: unknown FAQ id, topic, tag, flow, decline code or check",
            "4:knowledge base missing, unreadable or invalid",
            "5:input required: a question has no answer and none can be asked",
            "6:check failed (security-check --fail-under)",
            "7:contact verify: a lookalike of an official channel",
            "8:contact verify: not an official channel",
            "9:ask: nothing in the knowledge base fits the description",
            "10:diagnose --exit-status: the outcome says to contact someone",
            "74:the output could not be written (disk full, closed pipe)",
            "130:cancelled with Ctrl-C"})
public class RootCommand implements Callable<Integer> {
    /** The tool's name, as commands and help show it. */
    static final String NAME = "okpay-support";

    @Spec
    CommandSpec spec;

    private final CliContext context;
    private Session session;
    private UserConfig config;

    @Option(names = "--kb", paramLabel = "FILE", scope = ScopeType.INHERIT, order = 1,
            description = "Knowledge base to use instead of the embedded one, or an overlay on it (extends: builtin); "
                    + "repeat to apply several in order (also: OKPAY_SUPPORT_KB, a list like PATH).")
    List<Path> kb;

    @Option(names = "--kb-max-size", paramLabel = "SIZE", scope = ScopeType.INHERIT, order = 6,
            description = "Largest knowledge-base file to read, e.g. 100M (default: 64M; also: OKPAY_SUPPORT_KB_MAX_SIZE).")
    String kbMaxSize;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, order = 2, completionCandidates = Candidates.Langs.class,
            description = "Language of answers and messages (default: from LC_ALL/LANG; zh* means Chinese).")
    Lang lang;

    @Option(names = "--format", paramLabel = "text|json|yaml", scope = ScopeType.INHERIT, order = 3, completionCandidates = Candidates.Formats.class,
            description = "Output format: text for people, json or yaml for scripts (default: text).")
    Format format;

    @Option(names = "--audience", paramLabel = "customer|agent", scope = ScopeType.INHERIT, order = 7,
            completionCandidates = Candidates.Audiences.class,
            description = "Whom answers speak to: customer (default), or agent for support staff, who also see the real reason "
                    + "behind a decline code, what to tell the customer, escalation paths and internal notes.")
    Audience audience;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, order = 4,
            description = "Plain text without colours (also: NO_COLOR).")
    boolean noColor;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, order = 5,
            description = "Show details of unexpected errors, including stack traces.")
    boolean verbose;

    @Option(names = "--no-pager", scope = ScopeType.INHERIT, order = 8,
            description = "Print long text output directly instead of through the pager ($PAGER, else less -FRX).")
    boolean noPager;

    public RootCommand(CliContext context) {
        this.context = context;
    }

    /**
     * The settings and lazily loaded knowledge base of this run; the options must be set (parsed) first. A settings
     * file with lines that cannot be used fails the run here (once: the error is then printed in the session's language).
     */
    Session session() {
        if (session == null) {
            configSession();
            config().check(session.lang());
        }
        return session;
    }

    /** The session of a {@code config} command, which runs whatever the settings file holds, so that it can repair it. */
    Session configSession() {
        if (session == null) {
            session = new Session(context, kb, kbMaxSize, lang, format, noColor, verbose, noPager, audience);
        }
        return session;
    }

    /** The user's settings file, read once per run (and again after each command in the shell). */
    UserConfig config() {
        if (config == null) {
            config = UserConfig.load(context.env());
        }
        return config;
    }

    /** Uses settings already read for this run (the one-off run reads the file once, whoever parses the line). */
    void config(UserConfig read) {
        config = read;
    }

    /** Forgets the session, so the next command (in the shell) sees changed options. */
    void resetSession() {
        session = null;
    }

    /** Forgets the settings read, so the next command line (in the shell) reads the file again. */
    void forgetConfig() {
        config = null;
    }

    /** What the last command of this tree offered to go on with, or null; the shell opens its items by number. */
    public FollowUps followUps() {
        return session == null ? null : session.followUps();
    }

    @Override
    public Integer call() {
        // No command on a console: open the shell rather than print the help (scripts and pipes still get the help).
        if (ShellCommand.opensByDefault(context)) {
            return ShellCommand.open(this, false);
        }
        spec.commandLine().usage(context.out());
        return 0;
    }

    /** What this run gets from its surroundings. */
    CliContext context() {
        return context;
    }
}
