package okpay.support.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code completion bash|zsh}: a script that makes the user's shell complete okpay-support commands and options. */
@Command(name = "completion",
        header = "Print a Tab-completion script for bash or zsh.",
        description = {"bash: add 'source <(okpay-support completion bash)' to ~/.bashrc.",
            "zsh: add 'source <(okpay-support completion zsh)' to ~/.zshrc."},
        footerHeading = "%nExamples:%n",
        footer = {"  source <(okpay-support completion bash)", "  okpay-support completion zsh > ~/.okpay-support.zsh"})
final class CompletionCommand implements Callable<Integer> {
    /** The shells a script can be printed for. */
    enum TargetShell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "bash|zsh", descriptionKey = "shell-type", description = "The shell to print the script for.")
    TargetShell shell;

    @Override
    public Integer call() {
        Session session = RootCommand.session(spec);
        // The whole tree: a one-off run builds only the command it runs (see Cli).
        String script = AutoComplete.bash(spec.root().name(), Cli.create(session.context(), session.lang()));
        if (shell == TargetShell.zsh) {
            // zsh runs bash completion scripts through its bashcompinit emulation.
            session.out().println("#compdef " + spec.root().name());
            session.out().println("autoload -U +X compinit && compinit");
            session.out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        session.out().print(script);
        session.out().flush();
        return 0;
    }
}
