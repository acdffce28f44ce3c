package okpay.support.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The region table: every ISO 3166 code the JDK knows is in it, and names and aliases lead back to their code. */
class RegionsTest {
    @Test
    void everyCountryOfTheJdkHasBothNames() {
        for (String code : Locale.getISOCountries()) {
            assertTrue(Regions.name(code, Lang.EN) != null && Regions.name(code, Lang.ZH) != null, code);
            assertEquals(code, Regions.code(Regions.name(code, Lang.ZH)), code);
        }
        assertEquals(Locale.getISOCountries().length, Regions.all().size());
    }

    @ParameterizedTest
    @CsvSource({"中国大陆, CN", "中国, CN", "大陆, CN", "香港, HK", "法国, FR", "france, FR", "United Kingdom, GB", "Britain, GB", "de, DE",
        "美国, US"})
    void namesAndAliasesGiveTheCode(String name, String code) {
        assertEquals(code, Regions.code(name));
    }

    @Test
    void anythingElseIsNoRegion() {
        assertNull(Regions.code("Atlantis"));
        assertNull(Regions.code("中"));
        assertNull(Regions.name("XX", Lang.ZH));
    }
}
