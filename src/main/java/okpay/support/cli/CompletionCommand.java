package okpay.support.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code completion bash|zsh}: a script that makes the user's shell complete okpay-support commands and options. */
@Command(name = "completion",
        header = "Print a Tab-completion script for bash or zsh.",
        description = {"bash: add 'source <(okpay-support completion bash)' to ~/.bashrc.",
            "zsh: add 'source <(okpay-support completion zsh)' to ~/.zshrc."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(okpay-support completion bash)", "  okpay-support completion zsh > ~/.okpay-support.zsh"})
final class CompletionCommand extends Subcommand {
    /** The shells a script can be printed for. */
    enum TargetShell { bash, zsh }

    @Parameters(paramLabel = "bash|zsh", descriptionKey = "shell-type", description = "The shell to print the script for.")
    TargetShell shell;

    @Override
    public Integer call() {
        Session session = session();
        // The whole tree: a one-off run builds only the command it runs (see Cli).
        String script = AutoComplete.bash(RootCommand.NAME, Cli.create(session.context(), session.lang()));
        if (shell == TargetShell.zsh) {
            // zsh runs bash completion scripts through its bashcompinit emulation.
            session.out().println("#compdef " + RootCommand.NAME);
            session.out().println("autoload -U +X compinit && compinit");
            session.out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        session.out().print(script);
        session.out().flush();
        return 0;
    }
}
