package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import okpay.support.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** History across sessions in the user's config directory, without anything that could be a secret. */
class ShellHistoryTest {
    /** FAQ entries tagged security and password, and a funds topic: what the sessions below run. */
    private static final Path KB = Fixtures.path("search.yaml");
    @TempDir
    Path config;

    @Test
    void keptInTheXdgConfigDirectoryElseUnderHome() {
        assertEquals(Path.of("/x/cfg/okpay-support/history"), ShellHistory.file(Map.of("XDG_CONFIG_HOME", "/x/cfg", "HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.config/okpay-support/history"), ShellHistory.file(Map.of("HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.config/okpay-support/history"),
                ShellHistory.file(Map.of("XDG_CONFIG_HOME", "relative/cfg", "HOME", "/home/u")), "relative XDG paths are ignored");
        assertNull(ShellHistory.file(Map.of()));
    }

    @Test
    void everydayLinesAreKept() {
        for (String line : List.of("faq search forgot password", "contact --topic security --region US", "faq show 2",
                "faq search 忘记密码", "set format json", "faq list --tag password", "faq search payment declined code 51", "faq search TX-20240115-88812")) {
            assertEquals(line, ShellHistory.kept(line), line);
        }
        assertNull(ShellHistory.kept("   "));
        assertNull(ShellHistory.kept("security-check --password-stdin"));
    }

    @Test
    void linesWithASecretAreKeptRedacted() {
        Map<String, String> lines = Map.of(
                "faq search my password is hunter2", "faq search my password is [removed]",
                "faq search verification code 483920", "faq search verification code [removed]",
                "faq search 验证码 839201", "faq search 验证码 [removed]",
                "faq search cvv 123", "faq search cvv [removed]",
                "faq search 密码是 abc12345", "faq search 密码是 [removed]",
                "faq search passwort: geheim123", "faq search passwort: [removed]",
                "ask key 0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318 lost", "ask key [removed] lost",
                "ask abandon ability able about above absent absorb abstract absurd abuse access accident",
                "ask [removed]",
                "contact draft --topic funds --tx-id 1234567890128", "contact draft --topic funds --tx-id 1234567890128");
        lines.forEach((line, kept) -> assertEquals(kept, ShellHistory.kept(line), line));
    }

    /** Card numbers as people type them: grouped or not, Luhn-valid, 13 to 19 digits. */
    @TestFactory
    Stream<DynamicTest> cardNumbersInAnyShapeAreNotKept() {
        Random random = new Random(20240611L);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String number = luhnNumber(random, 13 + random.nextInt(7));
            String typed = switch (random.nextInt(3)) {
                case 0 -> number;
                case 1 -> number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
                default -> number.replaceAll("(\\d{4})(?=\\d)", "$1-");
            };
            String line = "faq search card " + typed + " declined";
            tests.add(DynamicTest.dynamicTest(line, () -> {
                String kept = ShellHistory.kept(line);
                assertFalse(kept.contains(typed) || kept.contains(number), kept);
                assertTrue(kept.contains(number.substring(0, 6) + "*"), kept);
            }));
        }
        return tests.stream();
    }

    private static String luhnNumber(Random random, int length) {
        StringBuilder digits = new StringBuilder("4");
        while (digits.length() < length - 1) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    @Test
    void theShellKeepsLinesRedactedForTheNextSessionOnly() throws Exception {
        Path file = config.resolve("okpay-support/history");
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.run("faq search card 4111 1111 1111 1111 declined");
            shell.run("faq search my verification code is 483920");
            shell.run("faq search password: Hunter2!");
            shell.run("faq search abandon ability able about above absent absorb abstract absurd abuse access accident");
            shell.run(" faq list --tag password");
            shell.run("faq list --tag security");
            shell.run("contact --topic funds");
            assertEquals(0, shell.endInput());
        }
        String history = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(history.contains("faq list --tag security") && history.contains("contact --topic funds"), history);
        assertTrue(history.contains("faq search card 411111******1111 declined"), history);
        assertTrue(history.contains("faq search my verification code is [removed]"), history);
        assertTrue(history.contains("faq search password: [removed]"), history);
        assertTrue(history.contains("faq search [removed]"), history);
        for (String secret : List.of("4111 1111", "483920", "Hunter2", "abandon", "--tag password")) {
            assertFalse(history.contains(secret), secret + " in\n" + history);
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.type(ShellDriver.UP + ShellDriver.UP);
            shell.waitFor("funds" + "faq list --tag security"); // the recalled line is drawn over the one before
            String out = shell.run("");
            assertTrue(out.contains("enable-2fa"), "the recalled line ran: " + out);
        }
    }

    /** A session that keeps no line does not write the file: saving a history of a thousand lines cost tens of milliseconds. */
    @Test
    void aSessionThatKeepsNoLineLeavesTheFileAsItWas() throws Exception {
        Path file = config.resolve("okpay-support/history");
        Files.createDirectories(file.getParent());
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 1005; i++) {
            lines.append(1764000000000L + i).append(":faq search payment ").append(i).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(file, before);
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.run("security-check --password-stdin --list-checks"); // not kept
            assertEquals(0, shell.endInput());
        }
        assertEquals(lines.toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(before, Files.getLastModifiedTime(file), "not written again");

        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB))) {
            shell.run("contact --topic funds");
            assertEquals(0, shell.endInput());
        }
        List<String> kept = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(kept.get(kept.size() - 1).endsWith(":contact --topic funds"), "a session that keeps a line saves it");
    }

    @Test
    void noHistoryReadsAndWritesNothing() throws Exception {
        try (ShellDriver shell = ShellDriver.start(ShellDriver.Options.in(config).kb(KB).withoutHistory())) {
            shell.run("faq list");
            assertTrue(shell.run("set").contains("not kept"));
            assertEquals(0, shell.endInput());
        }
        assertFalse(Files.exists(config.resolve("okpay-support/history")));
    }
}
