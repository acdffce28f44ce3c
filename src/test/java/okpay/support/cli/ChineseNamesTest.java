package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import okpay.support.testing.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Topics, tags and regions are taken by their names in either language as well as by their ids: the output for a name
 * is the output for the id, and a region the knowledge base has no hotline for is named in the user's language.
 */
class ChineseNamesTest {
    private static final String KB = "contact.yaml";

    @ParameterizedTest
    @CsvSource({
        "contact --topic, funds, 资金",
        "contact --topic, funds, 资金问题",
        "contact --topic, funds, Money and payments",
        "contact --topic, security, 账户安全",
        "faq list --tag, password, 密码",
        "faq list --tag, password, passwords",
        "contact --region, CN, 中国大陆",
        "contact --region, CN, 中国",
        "contact --region, CN, 中国内地",
        "contact --region, DE, 德国",
        "contact --region, FR, 法国",
        "contact --region, FR, France",
        "contact draft --topic, funds, 资金问题",
        "diagnose declined-tx --code 51 --region, CN, 中国大陆"})
    void aNameWorksAsTheId(String command, String id, String name) {
        CliRunner runner = Fixtures.cli(KB);
        for (String lang : new String[] {"zh", "en"}) {
            CliRunner.Result byId = runner.run(args(command, id, lang));
            CliRunner.Result byName = runner.run(args(command, name, lang));
            assertEquals(byId.exitCode(), byName.exitCode(), byName.toString());
            assertEquals(byId.out(), byName.out());
        }
    }

    @ParameterizedTest
    @CsvSource({"FR, zh, FR（法国）", "FR, en, Hotline for FR (France)", "JP, zh, JP（日本）", "BR, zh, BR（巴西）"})
    void aRegionIsNamedInTheUsersLanguage(String code, String lang, String heading) {
        CliRunner.Result result = Fixtures.run(KB, "contact", "--region", code, "--lang", lang);
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith(heading), result.out());
    }

    @ParameterizedTest
    @CsvSource({"contact --topic, 钱钱", "faq list --tag, 密马", "contact --region, 亚特兰蒂斯"})
    void anUnknownNameListsTheNamesInChinese(String command, String name) {
        CliRunner.Result result = Fixtures.run(KB, args(command, name, "zh"));
        assertTrue(result.exitCode() == 2 || result.exitCode() == 3, result.toString());
        assertTrue(result.err().startsWith("错误："), result.err());
        assertTrue(result.err().contains("\n提示："), result.err());
        assertTrue(!result.err().contains("hint") && !result.err().contains("error"), result.err());
    }

    private static String[] args(String command, String value, String lang) {
        String line = command + " " + "\u0000" + " --lang " + lang;
        String[] words = line.split(" ");
        for (int i = 0; i < words.length; i++) {
            words[i] = words[i].equals("\u0000") ? value : words[i];
        }
        return words;
    }
}
