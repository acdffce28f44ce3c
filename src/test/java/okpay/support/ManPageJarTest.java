package okpay.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okpay.support.cli.Cli;
import okpay.support.cli.CliContext;
import picocli.CommandLine;

/** The man pages the build generates from the command model: one per command, AsciiDoc and troff. */
class ManPageJarTest {
    private static final Path TARGET = JarTest.jar().getParent();

    private static void names(CommandLine command, String prefix, List<String> out) {
        out.add(prefix);
        command.getSubcommands().forEach((name, sub) -> names(sub, prefix + "-" + name, out));
    }

    @org.junit.jupiter.api.Test
    void everyCommandHasAManPage() throws Exception {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        List<String> pages = new ArrayList<>();
        names(Cli.create(new CliContext(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), false)), "okpay-support", pages);
        assertTrue(pages.contains("okpay-support-shell") && pages.contains("okpay-support-faq-search"), pages.toString());
        for (String page : pages) {
            String adoc = Files.readString(TARGET.resolve("generated-docs/" + page + ".adoc"), StandardCharsets.UTF_8);
            assertTrue(adoc.contains(":doctype: manpage") && adoc.contains("= " + page + "(1)"), page);
            String troff = Files.readString(TARGET.resolve("man/" + page + ".1"), StandardCharsets.UTF_8);
            assertTrue(troff.contains(".TH \"" + page.toUpperCase(java.util.Locale.ROOT).replace("-", "\\-") + "\""), page + ":\n" + troff.lines().limit(20).toList());
        }
        String shell = Files.readString(TARGET.resolve("man/okpay-support-shell.1"), StandardCharsets.UTF_8);
        assertTrue(shell.contains("no\\-history"), shell);
        assertTrue(Files.readString(TARGET.resolve("generated-docs/okpay-support.adoc"), StandardCharsets.UTF_8)
                .contains(":revnumber: okpay-support 0.1.0"), "the version, not 'development'");
    }
}
