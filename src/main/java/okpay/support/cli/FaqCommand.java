package okpay.support.cli;

import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.redact.Redactor;
import okpay.support.faq.FaqCatalog;
import okpay.support.faq.FaqResult;
import okpay.support.faq.FaqText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code faq}: list, show and search the bilingual FAQ. */
@Command(name = "faq",
        header = "List, show and search the FAQ, in Chinese or English.",
        description = "Without a subcommand, lists every entry.",
        subcommands = {FaqCommand.ListEntries.class, FaqCommand.ShowEntry.class, FaqCommand.SearchEntries.class},
        footerHeading = "%nExamples:%n",
        footer = {"  okpay-support faq list --tag security", "  okpay-support faq show forgot-password",
            "  okpay-support faq search 忘记密码", "  okpay-support faq search \"money not arrived\" --limit 3 --format json"})
final class FaqCommand extends Subcommand {
    @Override
    public Integer call() {
        return ListEntries.list(session(), null);
    }

    private static FaqCatalog catalog(Session session) {
        return new FaqCatalog(session.kb(), session.lang());
    }

    /** {@code faq list}. */
    @Command(name = "list", header = "List FAQ entries: id and title.",
            footerHeading = "%nExamples:%n", footer = {"  okpay-support faq list", "  okpay-support faq list --tag password --format json"})
    static final class ListEntries extends Subcommand {
        @KbValues(KbValues.Kind.FAQ_TAG)
        @Option(names = "--tag", paramLabel = "TAG", description = "Only entries with this tag.")
        String tag;

        @Override
        public Integer call() {
            return list(session(), tag);
        }

        static int list(Session session, String onlyTag) {
            return session.print(catalog(session).list(onlyTag), new FaqText(session.messages()).list());
        }
    }

    /** {@code faq show ID}. */
    @Command(name = "show", header = "Show one FAQ entry: answer, steps, related entries.",
            footerHeading = "%nExamples:%n", footer = {"  okpay-support faq show declined-transaction", "  okpay-support faq show enable-2fa --lang zh"})
    static final class ShowEntry extends Subcommand {
        @KbValues(KbValues.Kind.FAQ_ID)
        @Parameters(paramLabel = "ID", descriptionKey = "faq-id", description = "The entry's id, as 'faq list' or 'faq search' shows it.")
        String id;

        @Override
        public Integer call() {
            Session session = session();
            return session.print(catalog(session).show(id), new FaqText(session.messages()).detail());
        }
    }

    /** {@code faq search QUERY...}. */
    @Command(name = "search", header = "Search the FAQ in your own words, Chinese or English; best matches first.",
            footerHeading = "%nExamples:%n",
            footer = {"  okpay-support faq search 登不上", "  okpay-support faq search payment declined", "  okpay-support faq search 2fa --format json"})
    static final class SearchEntries extends Subcommand {
        @Parameters(paramLabel = "QUERY", arity = "1..*", descriptionKey = "query", description = "Words to look for; order does not matter, small typos are fine.")
        List<String> words;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "5", description = "At most N results (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            Session session = session();
            int most = session.limit(limit); // checked before the knowledge base is read
            String query = String.join(" ", words);
            List<FaqResult.Hit> hits = catalog(session).search(query, most);
            List<String> ids = new ArrayList<>();
            for (FaqResult.Hit hit : hits) {
                ids.add(hit.id());
            }
            session.numbered(ids);
            // "Nothing matches QUERY" echoes the words: secrets out first (only then: the patterns cost a cold start).
            String shown = hits.isEmpty() ? new Redactor(session.lang()).apply(query) : query;
            return session.print(hits, new FaqText(session.messages()).hits(shown));
        }
    }
}
