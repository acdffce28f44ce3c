package okpay.support.cli;

import java.util.List;
import okpay.support.contact.verify.ContactVerifier;
import okpay.support.contact.verify.VerifyResult;
import okpay.support.contact.verify.VerifyText;
import okpay.support.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code contact verify VALUE}: is this email, link, phone number or account really OKPay's? */
@Command(name = "verify",
        header = "Check whether an email address, link, domain, phone number or social account is an official channel.",
        description = {"Offline, against the knowledge base. Exit 0: official; 7: a lookalike of an official channel; "
            + "8: not an official channel; 2: not a contact detail at all."},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support contact verify support@okpay.example", "  okpay-support contact verify https://okpay-help.test/login",
            "  okpay-support contact verify +1 555 0100", "  okpay-support contact verify @OKPay_Support_Sample --format json"})
final class ContactVerifyCommand extends Subcommand {
    @Parameters(paramLabel = "VALUE", arity = "1..*", descriptionKey = "value",
            description = "The email address, URL, domain, phone number or @handle to check; a phone number may be given in parts.")
    List<String> value;

    @Override
    public Integer call() {
        Session session = session();
        VerifyResult result = new ContactVerifier(session.kb(), session.lang()).verify(String.join(" ", value));
        session.print(result, new VerifyText(Messages.of(okpay.support.contact.ContactGuide.class, session.lang())));
        return ContactVerifier.exitCode(result).code();
    }
}
