package okpay.support.contact.verify;

import java.util.List;
import okpay.support.contact.verify.VerifyResult.OfficialValue;
import okpay.support.render.KeepEmpty;

/**
 * The verdict on one value given to {@code contact verify}. All strings are in the user's language but the ids;
 * {@code input} is made printable.
 *
 * @param input    the value checked, with control and invisible characters escaped, secrets masked, long input cut
 * @param kind     email, url, domain, phone or handle; null for a value that is no contact detail (verdict invalid)
 * @param verdict  official, lookalike, unknown, or invalid (in a batch only: not a contact detail at all)
 * @param caution  for phone numbers and email addresses, whatever the verdict: that the caller or sender can be faked,
 *                 and what to do; else null
 * @param reasons  why, one sentence each (for invalid: what is wrong)
 * @param official the official values it matches (official) or imitates (lookalike); else empty
 * @param advice   what to do now
 */
public record ValueVerdict(
        String input,
        String kind,
        String verdict,
        String caution,
        List<String> reasons,
        @KeepEmpty List<OfficialValue> official,
        String advice) {

    public ValueVerdict {
        reasons = List.copyOf(reasons);
        official = List.copyOf(official);
    }
}
