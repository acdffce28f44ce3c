package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code config}: settings kept in the XDG config folder, checked like the options, written atomically with mode 600,
 * and applied as the defaults of the options of the same name, on both parsing paths: a flag wins over a setting, a
 * setting over the environment.
 */
class ConfigCommandTest {
    @TempDir
    Path home;

    private CliRunner cli() {
        return Fixtures.cli("contact.yaml").env("HOME", home.toString());
    }

    private Path file() {
        return home.resolve(".config/okpay-support/config");
    }

    @Test
    void setGetListUnsetRoundTripInTheXdgFolder() throws IOException {
        assertEquals(0, cli().run("config", "set", "region", "de").exitCode());
        assertEquals(0, cli().run("config", "set", "lang", "zh").exitCode());
        assertEquals("DE\n", cli().run("config", "get", "region").out());
        assertEquals(java.util.List.of("region=DE", "lang=zh"),
                Files.readAllLines(file()).stream().filter(l -> !l.startsWith("#")).toList());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        String list = cli().run("config", "list").out();
        assertTrue(list.contains("region    DE") && list.contains("lang      zh") && list.contains("audience  （未设置）"), list);
        CliRunner.Result unset = cli().run("config", "unset", "region");
        assertEquals(0, unset.exitCode(), unset.toString());
        CliRunner.Result get = cli().run("config", "get", "region");
        assertEquals(3, get.exitCode(), get.toString());
        assertTrue(get.err().startsWith("错误：还没有设置 region"), get.err());
        assertFalse(Files.readString(file()).contains("region"));
        assertFalse(Files.list(file().getParent()).anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }

    @Test
    void xdgConfigHomeWinsOverHome(@TempDir Path xdg) {
        assertEquals(0, cli().env("XDG_CONFIG_HOME", xdg.toString()).run("config", "set", "format", "JSON").exitCode());
        assertTrue(Files.isRegularFile(xdg.resolve("okpay-support/config")));
        assertFalse(Files.exists(file()));
        assertEquals("json\n", cli().env("XDG_CONFIG_HOME", xdg.toString()).run("config", "get", "format", "--format", "text").out());
    }

    @Test
    void aChineseRegionNameIsStoredAsItsCode() {
        assertEquals(0, cli().run("config", "set", "region", "中国大陆").exitCode());
        assertEquals("CN\n", cli().run("config", "get", "region").out());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void flagsWinOverSettingsAndSettingsOverTheEnvironment(boolean direct) {
        CliRunner zhEnv = cli().env("LANG", "zh_CN.UTF-8");
        String[] args = {"contact", "--topic", "funds"};
        // the environment alone: Chinese
        assertTrue(run(zhEnv, direct, args).out().contains("客服热线"));
        cli().run("config", "set", "lang", "en");
        cli().run("config", "set", "region", "DE");
        // the setting beats the environment: English, and the region's advice
        CliRunner.Result set = run(zhEnv, direct, args);
        assertTrue(set.out().contains("DE (Germany)") || set.out().contains("Germany"), set.out());
        assertFalse(set.out().contains("客服热线"), set.out());
        // the flag beats the setting
        CliRunner.Result flag = run(zhEnv, direct, "contact", "--topic", "funds", "--lang", "zh", "--region", "US");
        assertTrue(flag.out().contains("美国"), flag.out());
        assertFalse(flag.out().contains("德国"), flag.out());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theFormatSettingAppliesToEveryCommand(boolean direct) {
        cli().run("config", "set", "format", "json");
        CliRunner.Result json = run(cli(), direct, "faq", "list");
        assertTrue(json.out().startsWith("["), json.out());
        assertTrue(run(cli(), direct, "faq", "list", "--format", "text").out().contains("faq show"));
    }

    @Test
    void aBadFileIsReportedWithItsLineAndConfigCanRepairIt() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "# mine\nregion=CN\nlanguage=zh\nformat=xml\n", StandardCharsets.UTF_8);
        CliRunner.Result run = cli().run("contact");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file() + ":3: there is no setting 'language'"), run.err());
        assertTrue(run.err().contains(file() + ":4: 'xml' is not a value of format (values: text, json, yaml)"), run.err());
        assertTrue(run.err().contains("hint: fix or remove them"), run.err());
        CliRunner.Result list = cli().run("config", "list");
        assertEquals(0, list.exitCode());
        assertTrue(list.out().contains(":3: there is no setting 'language'"), list.out());
        assertEquals(0, cli().run("config", "unset", "language").exitCode());
        assertEquals(0, cli().run("config", "set", "format", "yaml").exitCode());
        assertEquals(java.util.List.of("# mine", "region=CN", "format=yaml"), Files.readAllLines(file()));
        assertEquals(0, cli().run("contact").exitCode());
    }

    @Test
    void unknownKeysAndBadValuesAreUsageErrorsListingWhatIsAccepted() {
        CliRunner.Result key = cli().run("config", "set", "regoin", "CN");
        assertEquals(2, key.exitCode());
        assertEquals("error: there is no setting 'regoin'\nhint: did you mean 'region'? settings: region, lang, audience, format\n", key.err());
        CliRunner.Result value = cli().run("config", "set", "audience", "boss");
        assertEquals(2, value.exitCode());
        assertEquals("error: 'boss' is not a value of audience\nhint: values of audience: customer, agent\n", value.err());
        assertEquals(0, cli().run("config", "set", "audience", "Agent").exitCode());
        assertEquals("agent\n", cli().run("config", "get", "audience").out());
        CliRunner.Result region = cli().run("config", "set", "region", "Atlantis");
        assertEquals(2, region.exitCode());
        assertFalse(Files.exists(file()) && readQuietly().contains("Atlantis"));
    }

    @Test
    void aFileWhereTheFolderShouldBeMeansNoSettingsButAnUnreadableFileIsReported() throws IOException {
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(home.resolve(".config/okpay-support"), "not a folder");
        assertEquals(0, cli().run("contact", "--topic", "funds").exitCode());
        Files.delete(home.resolve(".config/okpay-support"));
        Files.createDirectories(file());
        CliRunner.Result folder = cli().run("contact", "--topic", "funds");
        assertEquals(2, folder.exitCode(), folder.toString());
        assertTrue(folder.err().contains(file() + ": cannot be read"), folder.err());
    }

    @Test
    void withoutAHomeThereIsNoFileToReadOrWrite() {
        CliRunner noHome = Fixtures.cli("contact.yaml");
        assertEquals(0, noHome.run("contact", "--topic", "funds").exitCode());
        CliRunner.Result set = noHome.run("config", "set", "lang", "zh");
        assertEquals(2, set.exitCode());
        assertTrue(set.err().contains("neither XDG_CONFIG_HOME nor HOME is set"), set.err());
    }

    private String readQuietly() {
        try {
            return Files.readString(file());
        } catch (IOException e) {
            return "";
        }
    }

    private static CliRunner.Result run(CliRunner runner, boolean direct, String... args) {
        return direct ? runner.run(args) : runner.runWithPicocli(args);
    }
}
