package okpay.support.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okpay.support.cli.CliRunner;
import okpay.support.cli.KnowledgeBaseFormat;
import okpay.support.kb.KnowledgeBase;

/**
 * The fixture knowledge bases under {@code src/test/resources/kb/}, for logic tests that must not depend on the wording
 * of the shipped faq.yaml (only the content tests, {@code ShippedKnowledgeBaseTest} and {@code ShippedChineseOutputTest},
 * read that): paths, loaded knowledge bases, CLI runs.
 */
public final class Fixtures {
    /** The environment variable that points the tool at a knowledge-base file. */
    public static final String KB_VARIABLE = "OKPAY_SUPPORT_KB";
    private static final Map<String, KnowledgeBase> LOADED = new ConcurrentHashMap<>();

    private Fixtures() {}

    /** The absolute path of fixture {@code name}, e.g. {@code flows.yaml}. */
    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/kb/" + name);
        if (url == null) {
            throw new IllegalArgumentException("test setup: no fixture kb/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fixture {@code name}, loaded once per test run. */
    public static KnowledgeBase load(String name) {
        return LOADED.computeIfAbsent(name, n -> KnowledgeBaseFormat.LOADER.load(path(n)));
    }

    /** A runner (English, no terminal) whose knowledge base is fixture {@code name}, given as {@value #KB_VARIABLE}. */
    public static CliRunner cli(String name) {
        return new CliRunner().env(KB_VARIABLE, path(name).toString());
    }

    /** One run of the tool on fixture {@code name}. */
    public static CliRunner.Result run(String name, String... args) {
        return cli(name).run(args);
    }
}
