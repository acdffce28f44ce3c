package okpay.support.cli;

import picocli.CommandLine.Command;

/**
 * The whole command tree as one annotated class: the single list of the top-level commands, in the
 * order help shows them. {@link Cli} reads the list from this annotation; the build's man-page
 * generator, which only knows annotated classes, is given this class.
 */
@Command(name = "okpay-support",
        subcommands = {AskCommand.class, ContactCommand.class, FaqCommand.class, DiagnoseCommand.class, SecurityCheckCommand.class, KbCommand.class,
            ConfigCommand.class, ShellCommand.class, CompletionCommand.class})
public final class CommandTree extends RootCommand {
    public CommandTree(CliContext context) {
        super(context);
    }

    /** The classes of the top-level commands, in help order. */
    static Class<?>[] commands() {
        return CommandTree.class.getAnnotation(Command.class).subcommands();
    }
}
