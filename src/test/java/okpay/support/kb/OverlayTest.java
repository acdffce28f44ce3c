package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import okpay.support.cli.CliRunner;
import okpay.support.testing.Fixtures;
import okpay.support.testing.KbValidation;
import okpay.support.testing.Marker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Overlays ({@code extends: builtin}) through the CLI, as an operator uses them: merged over the embedded knowledge
 * base before it is checked, entries by id, maps key by key, several files in order, problems naming their file.
 */
class OverlayTest {
    private static final String OVERLAY = "overlay-contacts.yaml";

    @TempDir
    Path dir;

    @Test
    void theReadmeOverlayReplacesTheSampleContactsWithTheOperatorsOwn() throws IOException {
        CliRunner.Result contact = run(OVERLAY, "contact", "--region", "US");
        assertEquals(0, contact.exitCode(), contact.toString());
        assertTrue(contact.out().contains("+1-555-0199") && contact.out().contains("help@acme-pay.example"), contact.out());
        assertFalse(contact.out().contains("support@okpay.example"), "the sample mailbox is replaced");
        // what the overlay leaves alone is the built-in knowledge base's
        assertTrue(run(OVERLAY, "faq", "show", "forgot-password").exitCode() == 0);
        assertEquals(0, run(OVERLAY, "contact", "verify", "help@acme-pay.example").exitCode(), "the operator's domain is official");
        assertEquals(8, run(OVERLAY, "contact", "verify", "support@okpay.example").exitCode(), "the sample one is not any more");
        // the README shows this very file
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(KbValidation.fixture(OVERLAY).strip()), "README shows " + OVERLAY);
    }

    @Test
    void entriesMergeByIdRegionsByCodeAndRemoveDeletes() {
        assertTrue(run(OVERLAY, "faq", "list").out().contains("acme-opening-hours"), "a new id is added");
        CliRunner.Result germany = run(OVERLAY, "contact", "--region", "DE");
        assertTrue(germany.out().contains("no hotline in Germany"), germany.out());
        assertTrue(run(OVERLAY, "contact", "--region", "JP").out().contains("+1-555-0198"), "a new region is added");
        assertTrue(run(OVERLAY, "contact", "--region", "SG").out().contains("+1-555-0103"), "other regions stay");
        CliRunner.Result validate = run(OVERLAY, "kb", "validate", "--format", "json");
        assertTrue(validate.out().contains("\"faqs\" : 21") && validate.out().contains("\"regions\" : 9"), validate.out());
    }

    @Test
    void aListWithoutIdsIsReplacedWholeAndAMappingKeyByKey() throws IOException {
        Path overlay = write("tips.yaml", """
                extends: builtin
                safety_tips:
                  - {zh: 只相信 acme-pay.example 上的电话。, en: Trust only numbers published on acme-pay.example.}
                product:
                  notice: {zh: 这是 Acme Pay 的知识库。, en: This is Acme Pay's knowledge base.}
                """);
        CliRunner.Result contact = run(overlay.toString(), "contact", "--format", "json");
        assertEquals(0, contact.exitCode(), contact.toString());
        assertTrue(contact.out().contains("\"safetyTips\" : [ \"Trust only numbers published on acme-pay.example.\" ]"), contact.out());
        assertTrue(contact.out().contains("This is Acme Pay's knowledge base."), contact.out());
        assertTrue(contact.out().contains("okpay.example"), "product.official_domains, not given, stays");
    }

    @Test
    void severalFilesApplyInOrderFromOptionsOrTheEnvironment() throws IOException {
        Path second = write("second.yaml", """
                hotline:
                  regions:
                    - {code: JP, remove: true}
                """);
        String first = Fixtures.path(OVERLAY).toString();
        CliRunner.Result options = CliRunner.runEn("--kb", first, "--kb", second.toString(), "contact", "--region", "JP");
        assertTrue(options.out().contains("no hotline in Japan"), options.toString());
        CliRunner.Result env = new CliRunner().env("OKPAY_SUPPORT_KB", first + File.pathSeparator + second).run("contact", "--region", "JP");
        assertEquals(options.out(), env.out());
        CliRunner.Result reversed = CliRunner.runEn("--kb", second.toString(), "--kb", first, "kb", "validate");
        assertEquals(4, reversed.exitCode(), "the second file alone is no whole knowledge base: " + reversed);
    }

    @Test
    void problemsNameTheFileAndPositionTheyComeFrom() throws IOException {
        Marker.Marked text = Marker.strip("""
                extends: builtin
                faqs:
                  - id: acme-refunds
                    title: {zh: 退款, en: Refunds}
                    answer: {zh: 七天内退款。, en: Refunds within seven days.}
                    steps: [{zh: 打开订单, en: Open the order}]
                    tags: [payment]
                    topic: ‸refunds
                    keywords: {zh: [退款], en: [refund]}
                    synonyms: {zh: [退钱], en: [money back]}
                    related: []
                """);
        Path overlay = write("broken.yaml", text.text());
        CliRunner.Result result = CliRunner.runEn("kb", "validate", overlay.toString());
        assertEquals(4, result.exitCode(), result.toString());
        assertTrue(result.out().contains(overlay + ":" + text.position() + ": faq 'acme-refunds' topic refers to unknown topic 'refunds'"),
                result.out());
        // removing an entry others refer to: the problems are in the embedded file, and say so
        Path removal = write("removal.yaml", "extends: builtin\nfaqs:\n  - {id: lost-phone, remove: true}\n");
        CliRunner.Result dangling = CliRunner.runEn("kb", "validate", removal.toString());
        assertEquals(4, dangling.exitCode());
        assertTrue(dangling.out().lines().anyMatch(l -> l.startsWith(KnowledgeBaseLoader.EMBEDDED_NAME + ":")
                && l.endsWith("refers to unknown faq 'lost-phone'")), dangling.out());
    }

    @Test
    void overlayMistakesAreReported() throws IOException {
        Marker.Marked other = Marker.strip("extends: ‸my-base.yaml\n");
        Path wrongBase = write("base.yaml", other.text());
        assertTrue(CliRunner.runEn("kb", "validate", wrongBase.toString()).out()
                .contains(wrongBase + ":" + other.position() + ": extends must be 'builtin'"));
        Marker.Marked nothing = Marker.strip("extends: builtin\nchannels:\n  - ‸{id: fax, remove: true}\n");
        Path removesNothing = write("nothing.yaml", nothing.text());
        assertTrue(CliRunner.runEn("kb", "validate", removesNothing.toString()).out()
                .contains(removesNothing + ":" + nothing.position() + ": remove: nothing to remove, no entry 'fax' in 'channels'"));
    }

    @Test
    void exportPrintsTheMergedKnowledgeBaseAsAFileThatLoadsAsItIs() throws IOException {
        CliRunner.Result export = run(OVERLAY, "kb", "export");
        assertEquals(0, export.exitCode(), export.toString());
        assertTrue(export.out().startsWith("# ") && export.out().contains("\nversion: 1\n"), export.out().substring(0, 300));
        Path merged = write("merged.yaml", export.out());
        CliRunner.Result again = CliRunner.runEn("kb", "validate", "--format", "json", merged.toString());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(run(OVERLAY, "contact", "--region", "JP", "--format", "json").out(),
                CliRunner.runEn("--kb", merged.toString(), "contact", "--region", "JP", "--format", "json").out());
        CliRunner.Result json = run(OVERLAY, "kb", "export", "--format", "json");
        assertTrue(json.out().contains("\"source\" : \"" + Fixtures.path(OVERLAY) + "\"") && json.out().contains("\"knowledgeBase\" : {"),
                json.out().substring(0, 300));
    }

    private static CliRunner.Result run(String kb, String... args) {
        String path = kb.contains(File.separator) ? kb : Fixtures.path(kb).toString();
        return new CliRunner().env("OKPAY_SUPPORT_KB", path).run(args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
