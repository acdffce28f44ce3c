package okpay.support.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import okpay.support.error.ExitCode;
import okpay.support.maintain.ValidationResult;
import okpay.support.maintain.ValidationText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kb}: work with knowledge-base files. */
@Command(name = "kb", header = "Check a knowledge-base file before you ship it.",
        subcommands = {KbCommand.Validate.class},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support kb validate my-faq.yaml", "  okpay-support --kb my-faq.yaml kb validate"})
final class KbCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Cli.usage(spec);
        return 0;
    }

    /** {@code kb validate [FILE]}. */
    @Command(name = "validate",
            header = "Report every problem in a knowledge base as file:line:column: message; exit 0 only when it is valid.",
            description = "Without FILE, checks the file named by --kb or OKPAY_SUPPORT_KB, else the embedded one.",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support kb validate my-faq.yaml", "  okpay-support kb validate --format json my-faq.yaml"})
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "kb-file", description = "The YAML file to check.")
        Path file;

        @Override
        public Integer call() {
            Session session = RootCommand.session(spec);
            ValidationResult report = ValidationResult.of(KnowledgeBaseFormat.LOADER.check(file != null ? file : session.kbPath()),
                    KnowledgeBaseFormat.SECTIONS);
            session.print(report, new ValidationText(session.messages()));
            return report.valid() ? 0 : ExitCode.KB_INVALID.code();
        }
    }
}
