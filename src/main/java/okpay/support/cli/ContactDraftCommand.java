package okpay.support.cli;

import java.util.List;
import okpay.support.contact.draft.DraftComposer;
import okpay.support.contact.draft.DraftRequest;
import okpay.support.contact.draft.DraftResult;
import okpay.support.contact.draft.DraftText;
import okpay.support.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code contact draft}: a ready-to-send support message for a topic, without the secrets support must never see. */
@Command(name = "draft",
        header = "Write a ready-to-send support message for your problem, for the best channel that takes written messages.",
        description = {"Fields you leave out become [placeholders] to fill in. Card numbers are shortened to the first 6 and "
            + "last 4 digits; one-time codes, passwords and seed phrases are removed, with a warning on stderr."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support contact draft --topic funds --tx-id TX-20250308-0042 --amount 120.00 --currency USD",
            "  okpay-support contact draft --topic technical --error E1004 --device \"Pixel 8, Android 15, OKPay 5.2\" --tried \"restarted the app\"",
            "  okpay-support contact draft --topic security --message \"Someone signed in from another city\" --lang zh --format json"})
final class ContactDraftCommand extends Subcommand {
    @KbValues(KbValues.Kind.TOPIC)
    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "What the problem is about: funds, security, technical, mistake, feedback.")
    String topic;

    @Mixin
    TicketFactOptions facts;

    @Option(names = "--message", paramLabel = "TEXT", description = "What happened, in your own words.")
    String message;

    @Option(names = "--tried", paramLabel = "STEP", description = "Something you already tried; repeat for each step.")
    List<String> tried;

    @Override
    public Integer call() {
        Session session = session();
        Messages messages = Messages.of(okpay.support.contact.ContactGuide.class, session.lang());
        DraftResult draft = new DraftComposer(session.kb(), session.lang())
                .draft(new DraftRequest(topic, facts.given(), message, tried));
        for (String warning : draft.warnings()) {
            session.err().println(messages.get("label.warning") + session.messages().get("label.separator") + warning);
        }
        session.err().flush();
        return session.print(draft, new DraftText(messages));
    }
}
