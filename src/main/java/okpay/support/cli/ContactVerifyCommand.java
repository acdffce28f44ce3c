package okpay.support.cli;

import java.util.List;
import okpay.support.contact.verify.ContactVerifier;
import okpay.support.contact.verify.VerifyInputs;
import okpay.support.contact.verify.VerifyResult;
import okpay.support.contact.verify.VerifyText;
import okpay.support.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contact verify VALUE...}: is this email, link, phone number or account really OKPay's? */
@Command(name = "verify",
        header = "Check whether email addresses, links, domains, phone numbers or social accounts are official channels.",
        description = {"Offline, against the knowledge base. Several values (or - for one per line of standard input) give "
            + "one line each. Exit code of the worst verdict: 7 a lookalike of an official channel; 8 not an official channel; "
            + "2 not a contact detail at all; 0 all official."},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support contact verify support@okpay.example", "  okpay-support contact verify https://okpay-help.test/login",
            "  okpay-support contact verify +1 555 0100 --incoming", "  okpay-support contact verify @OKPay_Support_Sample --format json",
            "  okpay-support contact verify - --format json < values.txt"})
final class ContactVerifyCommand extends Subcommand {
    @Parameters(paramLabel = "VALUE", arity = "1..*", descriptionKey = "value",
            description = "The email addresses, URLs, domains, phone numbers or @handles to check, or - to read one per line "
                + "from standard input; a phone number may be given in parts.")
    List<String> value;

    @Option(names = "--incoming", descriptionKey = "incoming",
            description = "The value contacted you (a call, a text, an email): show first that callers and senders can be faked.")
    boolean incoming;

    @Override
    public Integer call() {
        Session session = session();
        Messages m = Messages.of(okpay.support.contact.ContactGuide.class, session.lang());
        VerifyInputs inputs = VerifyInputs.of(value, session.context().in(), m);
        VerifyResult result = new ContactVerifier(session.kb(), session.lang()).verifyAll(inputs.values(), inputs.batch());
        session.print(result, new VerifyText(m, incoming));
        return ContactVerifier.exitCode(result).code();
    }
}
