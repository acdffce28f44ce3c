package okpay.support.contact.verify;

import okpay.support.contact.ContactKind;
import okpay.support.kb.Text;

/**
 * A value given to {@code contact verify}, split and normalised for comparing. Text parts are lowercase;
 * fields that do not apply to the kind are null.
 *
 * @param shown       the input as it may be shown back (control and invisible characters escaped, length capped)
 * @param hidden      the input contained invisible characters (zero-width, direction marks), now removed
 * @param displayName the name in "Name &lt;address&gt;", which proves nothing, made printable
 * @param scheme      of a URL ("https"), null when the URL was written without one
 * @param userInfo    what a URL has before '@' in its host part: decoration, not where the link goes
 * @param host        ASCII (punycode) form, without trailing dots; of a URL, a domain or an email address
 * @param hostUnicode the same host with internationalised labels decoded, for spotting confusable letters
 * @param segment     first path segment of a URL (a profile name on a social site), without a leading '@'
 * @param tail        path, query and fragment of a URL
 * @param local       mailbox part of an email address
 * @param handle      social handle without '@'
 * @param digits      phone number digits without the international prefix
 * @param plus        the phone number was written with '+' or '00'
 * @param extension   of a phone number ("ext. 12", "x12", ";ext=12", "转12"), digits only; else null
 */
record ParsedContact(
        ContactKind kind,
        String shown,
        boolean hidden,
        String displayName,
        String scheme,
        String userInfo,
        String host,
        String hostUnicode,
        String segment,
        String tail,
        String local,
        String handle,
        String digits,
        boolean plus,
        String extension) {

    /** The same value seen as a different kind (a profile URL is a handle on its site). */
    ParsedContact as(ContactKind newKind) {
        return new ParsedContact(newKind, shown, hidden, displayName, scheme, userInfo, host, hostUnicode, segment, tail,
                local, segment, digits, plus, extension);
    }
}
