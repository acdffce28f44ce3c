package okpay.support.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import okpay.support.cli.RootCommand;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.faq.FaqResult;
import okpay.support.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Remembers the hits of the last {@code faq search}, so that {@code faq show 2} opens the second one. */
final class LastSearch {
    private List<String> ids;

    /** Notes the hits if {@code ran} was a successful {@code faq search}. */
    void record(CommandLine ran, int exitCode) {
        if (exitCode != 0 || !"faq search".equals(path(ran.getParseResult()))) {
            return;
        }
        Object result = ((RootCommand) ran.getCommand()).lastResult();
        List<String> hits = new ArrayList<>();
        if (result instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof FaqResult.Hit hit) {
                    hits.add(hit.id());
                }
            }
        }
        ids = hits;
    }

    /**
     * {@code words} with a number given to {@code faq show} replaced by the id of that search hit; unchanged
     * when there is no such number or the number is itself a FAQ id.
     *
     * @throws SupportException {@link ExitCode#NOT_FOUND} if there was no search yet or it had no such hit
     */
    List<String> resolve(List<String> words, CommandSpec tree, Predicate<String> isFaqId, Messages messages) {
        for (int i = 0; i < words.size(); i++) {
            CommandPosition position = CommandPosition.of(tree, words, i);
            String word = words.get(i);
            if (!position.path().equals("faq show") || position.positional() != 0 || !word.matches("\\d{1,4}") || isFaqId.test(word)) {
                continue;
            }
            int n = Integer.parseInt(word);
            if (ids == null) {
                throw new SupportException(ExitCode.NOT_FOUND, messages.get("search.none-yet", n), messages.get("search.none-yet.hint"));
            }
            if (n < 1 || n > ids.size()) {
                throw new SupportException(ExitCode.NOT_FOUND, messages.get("search.out-of-range", n, ids.size()),
                        messages.get("search.out-of-range.hint"));
            }
            List<String> resolved = new ArrayList<>(words);
            resolved.set(i, ids.get(n - 1));
            return resolved;
        }
        return words;
    }

    /** The subcommand names of a parsed line, as {@code "faq search"}. */
    static String path(ParseResult parsed) {
        List<String> names = new ArrayList<>();
        for (ParseResult sub = parsed == null ? null : parsed.subcommand(); sub != null; sub = sub.subcommand()) {
            names.add(sub.commandSpec().name());
        }
        return String.join(" ", names);
    }
}
