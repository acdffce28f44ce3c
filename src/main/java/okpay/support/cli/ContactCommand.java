package okpay.support.cli;

import okpay.support.contact.ContactGuide;
import okpay.support.contact.ContactText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code contact}: the official channels, ranked for a problem, with the hotline of a region. */
@Command(name = "contact",
        header = "The official support channels: which fits your problem, what to have ready, what never to share.",
        description = {"Topics: funds, security, technical, mistake, feedback. Regions: two-letter codes such as US, CN, DE."},
        subcommands = {ContactVerifyCommand.class, ContactDraftCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support contact", "  okpay-support contact --topic security", "  okpay-support contact --topic funds --region CN --all", "  okpay-support contact --region DE",
            "  okpay-support contact --topic funds --region US --format json",
            "  okpay-support contact verify support@okpay.example", "  okpay-support contact draft --topic funds --tx-id TX-1"})
final class ContactCommand extends Subcommand {
    @KbValues(KbValues.Kind.TOPIC)
    @Option(names = "--topic", paramLabel = "TOPIC", description = "Rank the channels for this problem and say how urgent it is.")
    String topic;

    @KbValues(KbValues.Kind.REGION)
    @Option(names = "--region", paramLabel = "CODE", description = "Show the hotline and hours of this region, or what to use where there is none.")
    String region;

    @Option(names = "--all", description = "Show everything: how to use each channel and what to have ready, every region's "
            + "hotline and how to spot fake support (by default, text shows the best channels first; JSON and YAML are always complete).")
    boolean all;

    @Override
    public Integer call() {
        Session session = session();
        return session.print(new ContactGuide(session.kb(), session.lang()).advise(topic, region),
                new ContactText(session.messages(), all));
    }
}
