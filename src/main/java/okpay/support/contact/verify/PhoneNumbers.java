package okpay.support.contact.verify;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okpay.support.contact.verify.OfficialIndex.Phone;

/**
 * Phone numbers compared as numbers, with libphonenumber: {@code 020 7946 0018}, {@code +44 (0)20 7946 0018} and
 * {@code 0044 20 7946 0018} are all +44 20 7946 0018. A number written without its country code is read in the
 * region of the official number it is compared with (the hotline's region). Only {@link ContactVerifier} creates one,
 * when a phone number is verified, so no other command loads the library.
 */
final class PhoneNumbers {
    /** An official number: its E.164 form ({@code +442079460018}, or its digits when it cannot be read) and region. */
    record Official(Phone phone, String e164, String region, String extension) {}

    /**
     * How the input compares with one official number.
     *
     * @param e164     the input as an E.164 number, read in the official number's region when it has no country code
     * @param national the input was written without a country code
     */
    record Compared(Official official, String e164, boolean national) {}

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final List<Official> officials = new ArrayList<>();

    PhoneNumbers(List<Phone> phones) {
        for (Phone phone : phones) {
            String region = null;
            String e164 = "+" + phone.digits();
            String extension = null;
            try {
                PhoneNumber number = util.parse(phone.value().value(), "ZZ");
                e164 = util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
                region = util.getRegionCodeForNumber(number);
                if (region == null) {
                    region = util.getRegionCodeForCountryCode(number.getCountryCode());  // fictional +1-555-01xx: still US
                }
                extension = number.hasExtension() ? number.getExtension() : null;
            } catch (NumberParseException e) {
                // Written without a country code in the knowledge base: compared digit for digit.
            }
            officials.add(new Official(phone, e164, region, extension));
        }
    }

    /** {@code p} compared with each official number, in the knowledge base's order. */
    List<Compared> compare(ParsedContact p) {
        List<Compared> out = new ArrayList<>();
        Map<String, String> byRegion = new HashMap<>();
        String international = p.plus() ? parse("+" + p.digits(), "ZZ") : null;
        for (Official official : officials) {
            String e164;
            if (p.plus()) {
                e164 = international != null ? international : "+" + p.digits();
            } else if (official.region() != null && !"001".equals(official.region())) {
                e164 = byRegion.computeIfAbsent(official.region(), r -> {
                    String parsed = parse(p.digits(), r);
                    return parsed != null ? parsed : "+" + p.digits();
                });
            } else {
                e164 = "+" + p.digits();
            }
            out.add(new Compared(official, e164, !p.plus()));
        }
        return out;
    }

    /** {@code text} read in {@code region} as an E.164 number, or null when it is none. */
    private String parse(String text, String region) {
        try {
            return util.format(util.parse(text, region), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
