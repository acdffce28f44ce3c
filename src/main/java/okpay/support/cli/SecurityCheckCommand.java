package okpay.support.cli;

import java.util.List;
import java.util.regex.Pattern;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;
import okpay.support.prompt.Answers;
import okpay.support.security.CheckSelection;
import okpay.support.security.PasswordEstimator;
import okpay.support.security.PasswordInput;
import okpay.support.security.SecurityAudit;
import okpay.support.security.SecurityCheckResult;
import okpay.support.security.SecurityChecks.SecurityCheck;
import okpay.support.security.SecurityChecksReader;
import okpay.support.security.SecurityText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code security-check}: the account-security checklist, scored, with the fixes that matter most. */
@Command(name = "security-check",
        header = "Check how well an OKPay account is protected: a score, a grade and the three fixes that matter most.",
        description = {"Asks each check on a terminal; give answers with --answer/--answers for scripts.",
            "The password is estimated offline and is never shown, stored or put in the output."},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support security-check",
            "  okpay-support security-check --check-password --email alice@example.com",
            "  okpay-support security-check --list-checks --format json",
            "  okpay-support security-check --answers a.yaml --no-input --fail-under 80",
            "  okpay-support security-check --only two-step,alerts --answer two-step=sms",
            "  pass show okpay | okpay-support security-check --password-stdin"})
@KbValues(KbValues.Kind.SECURITY_QUESTIONS)
final class SecurityCheckCommand extends Subcommand {

    @Mixin
    AnswerOptions answerOptions;

    @Option(names = "--check-password", description = "Also estimate the password's strength offline (masked prompt).")
    boolean checkPassword;

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (implies --check-password).")
    boolean passwordStdin;

    @Option(names = "--email", paramLabel = "ADDRESS", description = "Your email address: the password should not contain it or its name part.")
    String email;

    @KbValues(KbValues.Kind.SECURITY_CHECK)
    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Run only these checks (comma-separated ids); the rest are skipped.")
    List<String> only; // null when not given: "--only ,," names no check and is refused, not taken as "all"

    @Option(names = "--list-checks", description = "List the checks, what each asks and accepts, and exit.")
    boolean listChecks;

    @Option(names = "--fail-under", paramLabel = "N", description = "Exit 6 when the score is below N (0-100), for runbooks and audits.")
    Integer failUnder;

    @Override
    public Integer call() {
        Session session = session();
        Messages m = Messages.of(okpay.support.security.SecurityAudit.class, session.lang());
        boolean password = checkPassword || passwordStdin;
        String usage = session.messages().get("hint.usage", RootCommand.NAME + " security-check");
        if (failUnder != null && (failUnder < 0 || failUnder > 100)) {
            throw new SupportException(ExitCode.USAGE, m.get("error.fail-under", failUnder), usage);
        }
        if (email != null && !password) {
            throw new SupportException(ExitCode.USAGE, m.get("error.email-without-password"), usage);
        }
        if (email != null && !Pattern.matches("[^@\\s]+@[^@\\s]+", email.strip())) {
            throw new SupportException(ExitCode.USAGE, m.get("error.bad-email", email), usage);
        }
        if (password && !listChecks) {
            // The word lists load on another core while the knowledge base loads and the questions are answered.
            PasswordEstimator.warmUp();
        }
        CheckSelection selection = new CheckSelection(session.kb().get(SecurityChecksReader.SECTION), session.lang());
        List<SecurityCheck> selected = selection.select(only);
        if (listChecks) {
            return session.print(selection.listing(selected), new SecurityText(m).listing());
        }
        if (passwordStdin && !listChecks && StandardInput.closed(session.context().in())) {
            throw new SupportException(ExitCode.INPUT_REQUIRED, m.get("password.stdin.closed"), m.get("password.stdin.hint"));
        }
        Answers given = answerOptions.answers(session);
        selection.checkAnswerIds(given);
        PasswordInput input = !password ? null : passwordStdin ? PasswordInput.fromStdin(session.context().in(), m)
                : PasswordInput.fromTerminal(session.context().terminal(), answerOptions.noInput(), m);
        SecurityCheckResult report = new SecurityAudit(session.kb().get(SecurityChecksReader.SECTION), session.lang())
                .run(selected, given, answerOptions.asker(session, given), input, email);
        if (failUnder != null && report.score() < failUnder) {
            return session.printFailing(report, new SecurityText(m).report(), new SupportException(ExitCode.CHECK_FAILED,
                    m.get("error.score-below", report.score(), failUnder), m.get("hint.score-below")));
        }
        return session.print(report, new SecurityText(m).report());
    }
}
