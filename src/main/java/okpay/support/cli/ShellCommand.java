package okpay.support.cli;

import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import java.util.List;
import okpay.support.i18n.Messages;
import okpay.support.shell.JLineShellLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shell}: the interactive prompt with completion and history, running the same commands. */
@Command(name = "shell",
        header = "Open an interactive prompt: Tab completes commands, options and FAQ ids; history is kept.",
        description = {"Every command works inside it exactly as outside, with the same output and exit status.",
            "Running okpay-support on a terminal without arguments opens it too."},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support shell", "  okpay-support --lang en shell --no-history"})
final class ShellCommand extends Subcommand {
    /** Loaded by name, so that picocli building this command does not load the shell or JLine. */
    static final String LAUNCHER = "okpay.support.shell.JLineShellLauncher";

    @Option(names = "--no-history", description = "Neither read nor write the history file for this session.")
    boolean noHistory;

    @Override
    public Integer call() {
        return open(root, noHistory);
    }

    /** Whether running the tool without a command should open the shell: on a console, not inside the shell. */
    static boolean opensByDefault(CliContext context) {
        return context.tty() && context.terminal().interactive() && !ShellRequest.inside(context);
    }

    static int open(RootCommand root, boolean noHistory) {
        Session session = root.session();
        CliContext context = session.context();
        if (ShellRequest.inside(context)) {
            Messages messages = session.messages();
            throw new SupportException(ExitCode.USAGE, messages.get("error.shell-nested"), messages.get("hint.shell-nested"));
        }
        return launcher().launch(new ShellRequest(context, root.kb == null ? List.of() : root.kb, root.kbMaxSize, root.lang, root.format, root.noColor, root.verbose, noHistory, root.audience,
                root.noPager));
    }

    private static ShellLauncher launcher() {
        try {
            return (ShellLauncher) Class.forName(LAUNCHER).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the shell is missing from this build: " + LAUNCHER, e);
        }
    }
}
