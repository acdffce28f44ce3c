package okpay.support.contact.verify;

import java.util.List;
import okpay.support.render.KeepEmpty;

/**
 * The answer of {@code contact verify}: whether a contact detail is one of the official channels, why, and
 * what the genuine ones are. All strings are in the user's language; {@code input} is made printable.
 *
 * @param input      the value checked, with control and invisible characters escaped and long input cut
 * @param kind       email, url, domain, phone or handle
 * @param verdict    official, lookalike or unknown
 * @param reasons    why, one sentence each
 * @param official   the official values it matches (official) or imitates (lookalike); empty when unknown
 * @param advice     what to do now
 * @param genuine    every official value of the same kind, to use instead
 * @param neverShare what genuine support never asks for
 */
public record VerifyResult(
        String input,
        String kind,
        String verdict,
        List<String> reasons,
        @KeepEmpty List<OfficialValue> official,
        String advice,
        List<OfficialValue> genuine,
        List<String> neverShare) {

    public VerifyResult {
        reasons = List.copyOf(reasons);
        official = List.copyOf(official);
        genuine = List.copyOf(genuine);
        neverShare = List.copyOf(neverShare);
    }

    /** An official contact value from the knowledge base; {@code platform} only for social accounts. */
    public record OfficialValue(String kind, String value, String label, String channel, String platform) {}
}
