package okpay.support.cli;

import java.util.ArrayList;
import java.util.List;
import okpay.support.ask.AskResult;
import okpay.support.ask.AskText;
import okpay.support.ask.Triage;
import okpay.support.error.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask TEXT...}: a problem in the user's own words, answered with the best route through the knowledge base. */
@Command(name = "ask",
        header = "Describe a problem in your own words, Chinese or English: what to do first, the FAQ entries, the check to run, whom to contact.",
        description = {"Exit 0 when something in the knowledge base fits; 9 when nothing does (the closest topic's contact route is "
            + "still shown). Decline codes, durations (3 days, 两天), amounts (¥300) and words such as card or withdrawal in the "
            + "description answer the suggested check's questions."},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support ask 我的转账一天了还没到账", "  okpay-support ask \"my withdrawal is stuck, it's been 3 days\"",
            "  okpay-support ask payment declined with code 51 --format json"})
final class AskCommand extends Subcommand {
    @Parameters(paramLabel = "TEXT", arity = "1..*", descriptionKey = "text", description = "The problem, as you would tell a person.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "3", description = "At most N FAQ entries (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        Session session = session();
        int most = session.limit(limit); // checked before the knowledge base is read
        AskResult result = new Triage(session.kb(), session.lang()).ask(String.join(" ", words), most);
        session.followUps(followUps(result));
        session.print(result, new AskText(session.messages()));
        return result.fits() ? 0 : ExitCode.NO_MATCH.code();
    }

    /** The numbered lines of the text output as commands, in the same order, and the flow for 'go'. */
    private static FollowUps followUps(AskResult result) {
        List<List<String>> items = new ArrayList<>();
        List<String> faqIds = new ArrayList<>();
        for (AskResult.FaqMatch faq : result.faqs()) {
            items.add(List.of("faq", "show", faq.id()));
            faqIds.add(faq.id());
        }
        if (result.flow() != null) {
            items.add(result.flow().command());
        }
        if (result.topic() != null) {
            items.add(result.topic().command());
        }
        return new FollowUps(faqIds, items, result.flow() == null ? null : result.flow().command());
    }
}
