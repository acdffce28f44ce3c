package okpay.support.contact.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.net.InternetDomainName;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registrable domains by the Public Suffix List written at build time, checked by hand and against Guava's own lookup. */
class PublicSuffixesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "okpay.example, okpay.example",        // no rule: the default "*", the last two labels
        "help.okpay.example, okpay.example",
        "example, example",
        "okpay.example.co.uk, example.co.uk",  // an ICANN suffix of two labels
        "a.b.example.co.uk, example.co.uk",
        "co.uk, co.uk",                        // a public suffix is its own answer: nobody owns more of it
        "okpay-help.com.cn, okpay-help.com.cn",
        "x.okpay-help.com.cn, okpay-help.com.cn",
        "x.github.io, x.github.io",            // a private suffix: every user owns a name below it
        "a.x.github.io, x.github.io",
        "github.io, github.io",
        "foo.ck, foo.ck",                      // *.ck: every name below ck is a suffix...
        "okpay.foo.ck, okpay.foo.ck",
        "www.ck, www.ck",                      // ...but !www.ck is an exception: www.ck is registrable
        "a.www.ck, www.ck",
        "a.b.eu-west-1.compute.amazonaws.com, b.eu-west-1.compute.amazonaws.com",  // a private wildcard
        "xn--85x722f.xn--55qx5d.cn, xn--85x722f.xn--55qx5d.cn"})                  // 食狮.公司.cn, in ASCII
    void registrableDomains(String host, String registrable) {
        assertEquals(registrable, PublicSuffixes.registrable(host));
    }

    /** Hosts made from every rule of the list (and seeded random prefixes) get the registrable domain Guava gives. */
    @Test
    void agreesWithGuavaOnHostsBuiltFromEveryRule() throws IOException {
        List<String> rules = new ArrayList<>();
        try (InputStream in = PublicSuffixes.class.getResourceAsStream("public-suffixes.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().forEach(rules::add);
        }
        assertTrue(rules.size() > 9_000, "the whole list: " + rules.size());
        assertTrue(rules.contains("~github.io") && rules.contains("co.uk") && rules.contains("*.ck") && rules.contains("!www.ck"));
        Random random = new Random(14);
        int compared = 0;
        for (String line : rules) {
            String rule = line.replaceFirst("^~", "").replaceFirst("^[!]", "").replaceFirst("^\\*\\.", "w" + random.nextInt(10) + ".");
            for (String host : List.of(rule, "okpay." + rule, "a" + random.nextInt(100) + ".okpay." + rule)) {
                InternetDomainName guava = InternetDomainName.from(IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED));
                String expected = guava.isUnderPublicSuffix() ? guava.topPrivateDomain().toString() : null;
                if (expected == null) {
                    continue;  // a public suffix itself, or under no rule: Guava has no registrable domain to compare
                }
                assertEquals(expected, IDN.toUnicode(PublicSuffixes.registrable(host), IDN.ALLOW_UNASSIGNED), host);
                compared++;
            }
        }
        assertTrue(compared > 20_000, "compared " + compared);
    }
}
