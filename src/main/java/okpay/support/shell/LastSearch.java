package okpay.support.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import okpay.support.cli.KbValues;
import okpay.support.cli.RootCommand;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Remembers the FAQ entries the last command numbered (the hits of {@code faq search}), so that a number typed
 * where a FAQ id goes ({@code faq show 2}) opens the second one.
 */
final class LastSearch {
    private List<String> ids;

    /** Notes the numbered entries if {@code ran} succeeded and numbered any. */
    void record(CommandLine ran, int exitCode) {
        List<String> numbered = ((RootCommand) ran.getCommand()).numbered();
        if (exitCode == 0 && numbered != null) {
            ids = numbered;
        }
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
}
