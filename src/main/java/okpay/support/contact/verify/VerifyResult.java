package okpay.support.contact.verify;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code contact verify}, one document for one value or ten thousand: the worst verdict, a verdict per
 * value in the order given, and, once, the genuine channels of the kinds checked and what support never asks for.
 *
 * @param verdict    the worst verdict of all values: lookalike, else unknown, else invalid, else official
 * @param results    one verdict per value
 * @param genuine    for each kind of value checked (email, url, domain, phone, handle), every official value of it
 * @param neverShare what genuine support never asks for
 */
public record VerifyResult(
        String verdict,
        List<ValueVerdict> results,
        Map<String, List<OfficialValue>> genuine,
        List<String> neverShare) {

    public VerifyResult {
        results = List.copyOf(results);
        neverShare = List.copyOf(neverShare);
    }

    /** An official contact value from the knowledge base; {@code platform} only for social accounts. */
    public record OfficialValue(String kind, String value, String label, String channel, String platform) {}
}
