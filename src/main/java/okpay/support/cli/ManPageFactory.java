package okpay.support.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;
import picocli.CommandLine;

/**
 * Builds the commands for picocli's man-page generator, which runs at build time: the root command needs
 * a {@link CliContext}, and one with no streams or terminal is enough to describe the command tree.
 */
public final class ManPageFactory implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == CommandTree.class) {
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            return type.cast(new CommandTree(new CliContext(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), false)));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
