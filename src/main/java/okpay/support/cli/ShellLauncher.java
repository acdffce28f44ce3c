package okpay.support.cli;

/**
 * The interactive shell as seen from the command layer. The JLine implementation lives in package
 * {@code okpay.support.shell} and is loaded by name only when {@code shell} runs, so one-off commands
 * never load a JLine class.
 */
public interface ShellLauncher {
    /** Runs the shell until the user leaves it; returns the exit code of the {@code shell} command. */
    int launch(ShellRequest request);
}
