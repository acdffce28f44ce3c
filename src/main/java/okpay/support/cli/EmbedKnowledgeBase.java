package okpay.support.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Build step (run by Maven after compiling): checks the knowledge base that goes into the jar and stores its
 * snapshot beside it. An invalid {@code faq.yaml} fails the build with every problem listed.
 */
public final class EmbedKnowledgeBase {
    private EmbedKnowledgeBase() {}

    /** {@code args[0]}: the faq.yaml copied into the classes folder; the snapshot is written next to it. */
    public static void main(String[] args) throws IOException {
        KnowledgeBaseFormat.LOADER.compileEmbedded(Path.of(args[0]));
    }
}
