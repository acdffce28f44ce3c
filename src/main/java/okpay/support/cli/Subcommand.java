package okpay.support.cli;

import java.util.concurrent.Callable;

/**
 * A command below the root. It reaches its run's settings and knowledge base through the root command it was made
 * for, which whoever makes it sets ({@link Cli}'s factory for picocli, {@link DirectParser}, {@link CommandModel}),
 * rather than through picocli's {@code CommandSpec}: a one-off run that {@link DirectParser} parses builds none.
 */
abstract class Subcommand implements Callable<Integer> {
    /** The root command of the tree this command belongs to. */
    RootCommand root;

    /** The settings and knowledge base of this run. */
    Session session() {
        return root.session();
    }
}
