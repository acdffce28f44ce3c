package okpay.support.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * What a command's output offers to go on with, for the shell: the FAQ entries it numbered ({@code faq show N}), the
 * command behind each numbered line (a bare {@code N}), and the command {@code go} runs (the suggested flow), or null.
 */
public record FollowUps(List<String> faqIds, List<List<String>> items, List<String> go) {
    public FollowUps {
        faqIds = List.copyOf(faqIds);
        List<List<String>> copies = new ArrayList<>();
        for (List<String> item : items) {
            copies.add(List.copyOf(item));
        }
        items = List.copyOf(copies);
        go = go == null ? null : List.copyOf(go);
    }

    /** The follow-ups of a list of FAQ entries numbered 1, 2...: each opens with {@code faq show ID}. */
    public static FollowUps faqs(List<String> ids) {
        List<List<String>> items = new ArrayList<>();
        for (String id : ids) {
            items.add(List.of("faq", "show", id));
        }
        return new FollowUps(ids, items, null);
    }
}
