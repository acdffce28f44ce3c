package okpay.support.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import okpay.support.error.ExitCode;
import okpay.support.faq.FaqReader;
import okpay.support.i18n.Messages;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.KnowledgeBaseLoader;
import okpay.support.maintain.CompileResult;
import okpay.support.maintain.CompileText;
import okpay.support.maintain.ExportResult;
import okpay.support.maintain.ExportText;
import okpay.support.maintain.KbSchema;
import okpay.support.maintain.SchemaText;
import okpay.support.maintain.StatsResult;
import okpay.support.maintain.StatsText;
import okpay.support.maintain.ValidationResult;
import okpay.support.maintain.ValidationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb}: work with knowledge-base files. */
@Command(name = "kb", header = "Check, inspect, merge and compile knowledge-base files.",
        subcommands = {KbCommand.Validate.class, KbCommand.Stats.class, KbCommand.Export.class, KbCommand.Compile.class,
            KbCommand.Schema.class},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support kb validate my-faq.yaml", "  okpay-support --kb my-faq.yaml kb validate",
            "  okpay-support --kb overlay.yaml kb export > merged.yaml", "  okpay-support kb compile my-faq.yaml -o my-faq.kbc"})
final class KbCommand extends Subcommand {
    @Override
    public Integer call() {
        Cli.usage(session(), "kb");
        return 0;
    }

    /** The files to work on: {@code files} if given, else those of --kb / OKPAY_SUPPORT_KB, else none (embedded). */
    static List<Path> files(Session session, List<Path> files) {
        return files != null && !files.isEmpty() ? files : session.kbFiles();
    }

    /** {@code kb validate [FILE...]}. */
    @Command(name = "validate",
            header = "Report every problem in a knowledge base as file:line:column: message; exit 0 only when it is valid.",
            description = "Without FILE, checks the files named by --kb or OKPAY_SUPPORT_KB, else the embedded one. "
                    + "Several files are an overlay chain, checked merged.",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support kb validate my-faq.yaml", "  okpay-support kb validate --format json my-faq.yaml"})
    static final class Validate extends Subcommand {
        @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "kb-file", description = "The YAML file(s) to check.")
        List<Path> files;

        @Override
        public Integer call() {
            Session session = session();
            KnowledgeBaseLoader.Settings settings = session.kbSettings();
            ValidationResult report = ValidationResult.of(KnowledgeBaseFormat.LOADER.check(files(session, files),
                    settings.uncached()), KnowledgeBaseFormat.sections());
            session.print(report, new ValidationText(session.messages()));
            return report.valid() ? 0 : ExitCode.KB_INVALID.code();
        }
    }

    /** {@code kb stats [FILE...]}. */
    @Command(name = "stats",
            header = "Entries per section, texts per language, untranslated texts, FAQ entries with few example questions.",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support kb stats my-faq.yaml", "  okpay-support --kb overlay.yaml kb stats --format json"})
    static final class Stats extends Subcommand {
        @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "kb-file",
                description = "The knowledge base (default: --kb, else the embedded one).")
        List<Path> files;

        @Override
        public Integer call() {
            Session session = session();
            KnowledgeBase kb = KnowledgeBaseFormat.LOADER.load(files(session, files), session.kbSettings());
            return session.print(StatsResult.of(kb, KnowledgeBaseFormat.sections()), new StatsText(messages(session)));
        }
    }

    /** {@code kb export [FILE...]}. */
    @Command(name = "export",
            header = "Print the knowledge base a run uses, overlays merged, as one YAML file (json/yaml: {source, knowledgeBase}).",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support --kb overlay.yaml kb export > merged.yaml", "  okpay-support kb export --format json"})
    static final class Export extends Subcommand {
        @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "kb-file",
                description = "The knowledge base or overlays (default: --kb, else the embedded one).")
        List<Path> files;

        @Override
        public Integer call() {
            Session session = session();
            KnowledgeBase kb = KnowledgeBaseFormat.LOADER.load(files(session, files), session.kbSettings());
            return session.print(ExportResult.of(kb), new ExportText(messages(session)));
        }
    }

    /** {@code kb compile FILE... -o OUT}. */
    @Command(name = "compile",
            header = "Check a knowledge base (or an overlay chain) and write its compiled snapshot, for --kb OUT.",
            description = "A compiled knowledge base loads in milliseconds whatever its size; it is tied to this version "
                    + "of the tool.",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support kb compile my-faq.yaml -o my-faq.kbc", "  okpay-support --kb my-faq.kbc faq search refund"})
    static final class Compile extends Subcommand {
        @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "kb-file", description = "The YAML file(s) to compile.")
        List<Path> files;

        @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "Where to write the snapshot.")
        Path output;

        @Override
        public Integer call() throws java.io.IOException {
            Session session = session();
            KnowledgeBaseLoader.Validation validation = KnowledgeBaseFormat.LOADER.compile(files, session.kbSettings(), output);
            if (!validation.valid()) {
                session.print(ValidationResult.of(validation, KnowledgeBaseFormat.sections()), new ValidationText(session.messages()));
                return ExitCode.KB_INVALID.code();
            }
            KnowledgeBase kb = validation.knowledgeBase();
            return session.print(new CompileResult(files.stream().map(Path::toString).toList(), output.toString(), Files.size(output),
                    kb.ids(FaqReader.SECTION).size()), new CompileText(messages(session)));
        }
    }

    /** {@code kb schema}. */
    @Command(name = "schema",
            header = "Print the JSON Schema of the knowledge-base format, for editors that validate and complete YAML.",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support kb schema > okpay-kb.schema.json"})
    static final class Schema extends Subcommand {
        @Override
        public Integer call() {
            return session().print(KbSchema.of(KnowledgeBaseFormat.sections()), new SchemaText());
        }
    }

    private static Messages messages(Session session) {
        return Messages.of(ValidationResult.class, session.lang());
    }
}
