package okpay.support.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import okpay.support.cli.FollowUps;
import okpay.support.cli.KbValues;
import okpay.support.cli.RootCommand;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Remembers what the last command offered to go on with (the numbered lines of {@code ask} and {@code faq search}, the
 * flow {@code ask} suggests), so that a number typed alone opens that line, a number where a FAQ id goes
 * ({@code faq show 2}) opens that entry, and {@code go} starts the flow with the answers already given.
 */
final class LastSearch {
    private FollowUps offered;

    /** Notes what {@code ran} offered, if it ran (ask also offers the closest contact route when nothing fits). */
    void record(CommandLine ran, int exitCode) {
        FollowUps followUps = ((RootCommand) ran.getCommand()).followUps();
        if (followUps != null && (exitCode == 0 || exitCode == ExitCode.NO_MATCH.code())) {
            offered = followUps;
        }
    }

    /** What the last command offered, or null. */
    FollowUps offered() {
        return offered;
    }

    /**
     * {@code words} with a number given where a FAQ id goes replaced by the id of that numbered entry; unchanged
     * when there is no such number or the number is itself a FAQ id.
     *
     * @throws SupportException {@link ExitCode#NOT_FOUND} if nothing was numbered yet or there is no such number
     */
    List<String> resolve(List<String> words, CommandSpec tree, Predicate<String> isFaqId, Messages messages) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.matches("\\d{1,4}") || isFaqId.test(word)
                    || KnowledgeBaseValues.kind(CommandPosition.of(tree, words, i)) != KbValues.Kind.FAQ_ID) {
                continue;
            }
            List<String> ids = offered == null ? null : offered.faqIds();
            int n = Integer.parseInt(word);
            check(ids, n, messages);
            List<String> resolved = new ArrayList<>(words);
            resolved.set(i, ids.get(n - 1));
            return resolved;
        }
        return words;
    }

    /**
     * The command behind line {@code n} of the last numbered output.
     *
     * @throws SupportException {@link ExitCode#NOT_FOUND} if nothing was numbered yet or there is no such line
     */
    List<String> item(int n, Messages messages) {
        List<List<String>> items = offered == null ? null : offered.items();
        check(items, n, messages);
        return items.get(n - 1);
    }

    /**
     * The flow the last {@code ask} suggested, as a command with the answers it already had.
     *
     * @throws SupportException {@link ExitCode#NOT_FOUND} if the last answer suggested none
     */
    List<String> go(Messages messages) {
        if (offered == null || offered.go() == null) {
            throw new SupportException(ExitCode.NOT_FOUND, messages.get("go.none"), messages.get("go.none.hint"));
        }
        return offered.go();
    }

    private static void check(List<?> numbered, int n, Messages messages) {
        if (numbered == null || numbered.isEmpty()) {
            throw new SupportException(ExitCode.NOT_FOUND, messages.get("search.none-yet", n), messages.get("search.none-yet.hint"));
        }
        if (n < 1 || n > numbered.size()) {
            throw new SupportException(ExitCode.NOT_FOUND, messages.get("search.out-of-range", n, numbered.size()),
                    messages.get("search.out-of-range.hint"));
        }
    }
}
