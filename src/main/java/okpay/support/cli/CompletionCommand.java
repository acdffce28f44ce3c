package okpay.support.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code completion bash|zsh}: a script that makes the user's shell complete okpay-support commands, options and their
 * values, the knowledge base's included (written into the script: see {@link CompletionValues}).
 */
@Command(name = "completion",
        header = "Print a Tab-completion script for bash or zsh.",
        description = {"bash: add 'source <(okpay-support completion bash)' to ~/.bashrc.",
            "zsh: add 'source <(okpay-support completion zsh)' to ~/.zshrc.",
            "The script offers the values of the knowledge base in effect (--kb): make it again after changing that."},
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
        CommandLine tree = Cli.create(session.context(), session.lang());
        String script = AutoComplete.bash(RootCommand.NAME, tree) + CompletionValues.bash(tree, session.kb());
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
