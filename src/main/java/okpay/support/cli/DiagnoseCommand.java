package okpay.support.cli;

import java.util.List;
import okpay.support.diagnose.DeclineCodeGuide;
import okpay.support.diagnose.DeclineCodeResult;
import okpay.support.diagnose.DiagnoseText;
import okpay.support.diagnose.Diagnoser;
import okpay.support.diagnose.DiagnosisRequest;
import okpay.support.diagnose.DiagnosisResult;
import okpay.support.diagnose.FlowCatalog;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diagnose [FLOW]}: without FLOW lists the troubleshooting flows, with FLOW runs it; {@code diagnose describe
 * FLOW} prints its questions. A positional FLOW beside two subcommands keeps {@code diagnose declined-tx} short;
 * the knowledge base refuses flows named {@code describe} or {@code list}, so the two never clash.
 */
@Command(name = "diagnose",
        header = "Guided troubleshooting: answer a few questions, get the likely cause, what to do and whom to contact.",
        description = {"Without FLOW, lists the flows. On a terminal the questions are asked one by one; scripts answer them with "
                + "--answer or --answers (answers to questions the path does not reach are ignored). Without a terminal, or with "
                + "--no-input, an unanswered question ends the run with exit code 5 and a list of the --answer options needed."},
        subcommands = {DiagnoseCommand.Describe.class, DiagnoseCommand.ListFlows.class},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support diagnose", "  okpay-support diagnose declined-tx",
            "  okpay-support diagnose declined-tx --code 51", "  okpay-support diagnose describe missing-funds --format json",
            "  okpay-support diagnose declined-tx --no-input --answer action=top-up --answer message=limit",
            "  okpay-support diagnose missing-funds --answers case.yaml --tx-id TX-1001 --format json"})
@KbValues(KbValues.Kind.FLOW_QUESTIONS)
final class DiagnoseCommand extends Subcommand {
    @KbValues(KbValues.Kind.FLOW)
    @Parameters(paramLabel = "FLOW", arity = "0..1", descriptionKey = "flow", description = "The flow to run; leave out to list the flows.")
    String flow;

    @Mixin
    AnswerOptions answerOptions;

    @KbValues(KbValues.Kind.DECLINE_CODE)
    @Option(names = "--code", paramLabel = "CODE", order = 13,
            description = "Explain a decline code (51, insufficient_funds, N7...) instead of asking questions.")
    String code;

    @KbValues(KbValues.Kind.REGION)
    @Option(names = "--region", paramLabel = "CODE", order = 14, description = "Your region (US, DE...), for the right hotline.")
    String region;

    @Mixin
    TicketFactOptions facts;

    @Option(names = "--exit-status", order = 15,
            description = "Exit 10 when the outcome says to contact someone (support, the card issuer, the recipient), as runbooks need.")
    boolean exitStatus;

    @Override
    public Integer call() {
        Session session = session();
        Messages messages = Messages.of(okpay.support.diagnose.Diagnoser.class, session.lang());
        if (flow == null) {
            refuseRunOptions(messages);
            return ListFlows.list(session);
        }
        if (code != null) {
            DeclineCodeResult explanation = new DeclineCodeGuide(session.kb(), session.lang(), session.audience()).explain(flow, code, region);
            if (!explanation.found()) {
                // The general steps go to stdout; the error says why the exit code is not 0.
                return session.printFailing(explanation, new DiagnoseText(messages).code(), new SupportException(ExitCode.NOT_FOUND,
                        messages.get("error.unknown-code", explanation.code()),
                        explanation.suggestion() != null ? messages.get("hint.unknown-code.suggest", explanation.suggestion())
                                : messages.get("hint.unknown-code", explanation.flow())).withCode("decline-code-not-found"));
            }
            session.print(explanation, new DiagnoseText(messages).code());
            return exitStatus(explanation.escalates());
        }
        DiagnosisRequest request = new DiagnosisRequest(answerOptions.answers(session), facts.given(), region,
                session.context().terminal(), answerOptions.noInput(), answerOptions.typedIds());
        DiagnosisResult result = new Diagnoser(session.kb(), session.lang(), session.audience()).run(flow, request);
        session.print(result, new DiagnoseText(messages).result());
        return exitStatus(result.outcome().escalate());
    }

    /** 0, or with {@code --exit-status} {@link ExitCode#ESCALATE} for an outcome that says to contact someone. */
    private int exitStatus(boolean escalates) {
        return exitStatus && escalates ? ExitCode.ESCALATE.code() : 0;
    }

    /** Options that only make sense for a run are an error without a flow, rather than silently ignored. */
    private void refuseRunOptions(Messages messages) {
        if (code != null) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.code-needs-flow"), messages.get("hint.code-needs-flow", code));
        }
        String given = answerOptions.firstGiven();
        String option = given != null ? given : region != null ? "--region" : !facts.given().isEmpty() ? facts.given().keySet().iterator().next().option() : null;
        if (option != null) {
            throw new SupportException(ExitCode.USAGE, messages.get("error.options-need-flow", option),
                    messages.get("hint.options-need-flow", option));
        }
    }

    /** {@code diagnose describe FLOW}. */
    @Command(name = "describe", header = "Show a flow's questions, accepted values and branches, and its outcomes (for runbook authors).",
            description = "Branches are tested in order; {id} stands for the answer to question id.",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support diagnose describe declined-tx", "  okpay-support diagnose describe missing-funds --format json"})
    static final class Describe extends Subcommand {
        @KbValues(KbValues.Kind.FLOW)
        @Parameters(paramLabel = "FLOW", descriptionKey = "flow", description = "The flow, as 'okpay-support diagnose' lists it.")
        String flow;

        @Override
        public Integer call() {
            Session session = session();
            return session.print(new FlowCatalog(session.kb(), session.lang()).describe(flow),
                    new DiagnoseText(Messages.of(okpay.support.diagnose.Diagnoser.class, session.lang())).describe());
        }
    }

    /** {@code diagnose list}: the same as {@code diagnose} alone. */
    @Command(name = "list", header = "List the troubleshooting flows.", description = "The same as 'diagnose' without a flow.",
            footerHeading = "%nExamples:%n", footer = {"  okpay-support diagnose list", "  okpay-support diagnose list --format json"})
    static final class ListFlows extends Subcommand {
        @Override
        public Integer call() {
            return list(session());
        }

        static int list(Session session) {
            return session.print(new FlowCatalog(session.kb(), session.lang()).list(),
                    new DiagnoseText(Messages.of(okpay.support.diagnose.Diagnoser.class, session.lang())).list());
        }
    }
}
