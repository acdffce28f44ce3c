package okpay.support.contact.verify;

import java.util.List;

/**
 * What {@code contact verify} uses, besides the channels, to recognise impostors (the optional
 * {@code verify} section; every list is empty when the section is absent).
 *
 * @param brandWords      names an impostor borrows ("okpay"); empty: the first label of each official domain
 * @param claimWords      words that claim to be support ("support", "kefu"), looked for in free-mail mailboxes
 * @param freeMailDomains webmail domains anyone can sign up on (gmail.com, qq.com...)
 * @param confusables     characters and sequences that pass for a Latin letter at a glance
 */
public record VerifyRules(
        List<String> brandWords,
        List<String> claimWords,
        List<String> freeMailDomains,
        List<Confusable> confusables) {

    /** The rules of a knowledge base without a {@code verify} section. */
    public static final VerifyRules EMPTY = new VerifyRules(List.of(), List.of(), List.of(), List.of());

    public VerifyRules {
        brandWords = List.copyOf(brandWords);
        claimWords = List.copyOf(claimWords);
        freeMailDomains = List.copyOf(freeMailDomains);
        confusables = List.copyOf(confusables);
    }

    /** A Latin letter and what is mistaken for it: {@code o} ← {@code 0}, Cyrillic {@code о}, Greek {@code ο}. */
    public record Confusable(String latin, List<String> lookalikes) {
        public Confusable {
            lookalikes = List.copyOf(lookalikes);
        }
    }
}
