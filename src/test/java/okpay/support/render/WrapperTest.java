package okpay.support.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one wrapper: columns, break points in English and Chinese, hanging indents, colours, tables. */
class WrapperTest {
    private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9@._/:+\\-%#?=&~']*");

    @Test
    void countsTerminalColumns() {
        assertEquals(5, Wrapper.columns("hello"));
        assertEquals(4, Wrapper.columns("资金"));
        assertEquals(2, Wrapper.columns("ＡＢ".substring(0, 1)));
        assertEquals(1, Wrapper.columns("e\u0301"));
        assertEquals(2, Wrapper.columns("\u001b[1mok\u001b[0m"));
    }

    @Test
    void breaksEnglishAtSpacesOnly() {
        assertEquals(List.of("Send the money to", "the account"), Wrapper.wrap("Send the money to the account", 18, 0));
    }

    @Test
    void keepsUrlsEmailsAndNumbersWhole() {
        String line = "Report it to phishing@okpay.example or open https://www.okpay.example/support/ticket now, ref 1,250.50";
        List<String> lines = Wrapper.wrap(line, 20, 2);
        assertTrue(lines.contains("  phishing@okpay.example") || lines.stream().anyMatch(l -> l.contains("phishing@okpay.example")), lines.toString());
        assertTrue(lines.contains("  https://www.okpay.example/support/ticket"), "a URL longer than the line stays whole on its own line: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("1,250.50")), lines.toString());
        assertEquals(words(line), words(String.join("\n", lines)));
    }

    @Test
    void breaksBetweenChineseCharactersButNotBeforeClosingPunctuation() {
        List<String> lines = Wrapper.wrap("只拨打官网公布的号码，来电显示可以伪造。", 20, 0);
        for (String line : lines) {
            assertTrue(Wrapper.columns(line) <= 20, line);
            assertFalse("，。、；：！？）」』".indexOf(line.charAt(0)) >= 0, "a line starts with closing punctuation: " + lines);
            assertFalse("（「『".indexOf(line.charAt(line.length() - 1)) >= 0, "a line ends with opening punctuation: " + lines);
        }
        assertEquals("只拨打官网公布的号码，来电显示可以伪造。", String.join("", lines));
        List<String> punct = Wrapper.wrap("一二三四五六七八九，十", 18, 0);
        assertEquals(List.of("一二三四五六七八", "九，十"), punct, "the comma takes the character before it along");
        assertEquals(List.of("一二三四五六七", "（八）"), Wrapper.wrap("一二三四五六七（八）", 16, 0));
    }

    @Test
    void mixedChineseAndLatinKeepsLatinWordsWhole() {
        String line = "拿不准某个网址是不是官方的，可以到官网验证页面 https://www.okpay.example/verify 查询，或发邮件到 support@okpay.example。";
        for (int width : new int[] {20, 30, 40, 60}) {
            List<String> lines = Wrapper.wrap(line, width, 0);
            assertEquals(words(line), words(String.join("\n", lines)), "width " + width + ": " + lines);
            for (String l : lines) {
                assertTrue(Wrapper.columns(l) <= width || Wrapper.units(l.strip()).size() == 1, "width " + width + ": " + l);
            }
        }
    }

    @Test
    void bulletContinuationsAlignWithTheText() {
        assertEquals(2 + 2, Wrapper.hangOf("  • item"));
        assertEquals(2 + 4, Wrapper.hangOf("  12. item"));
        assertEquals(3, Wrapper.hangOf("   plain"));
        StringWriter text = new StringWriter();
        TextWriter out = new TextWriter(new PrintWriter(text), Style.plain(), 30);
        out.bullets("  ", List.of("Your registered email address or user ID, for the identity check"));
        out.numbered("", List.of("Open the app and look up the transaction in the history"));
        assertEquals("""
                  • Your registered email
                    address or user ID, for
                    the identity check
                1. Open the app and look up
                   the transaction in the
                   history
                """, text.toString());
    }

    @Test
    void fieldContinuationsAlignWithTheValue() {
        StringWriter text = new StringWriter();
        new TextWriter(new PrintWriter(text), Style.plain(), 40).field("   ", "Reply time", 10, "Usually a reply within 1–2 business days.");
        assertEquals("   Reply time  Usually a reply within\n               1–2 business days.\n", text.toString());
    }

    @Test
    void coloursCloseAtABreakAndOpenAgain() {
        String bold = "\u001b[1m";
        List<String> lines = Wrapper.wrap(bold + "one two three four\u001b[0m", 9, 0);
        assertEquals(List.of(bold + "one two\u001b[0m", bold + "three\u001b[0m", bold + "four\u001b[0m"), lines);
    }

    @Test
    void tableStaysAlignedWhenItFitsAndBecomesRecordsWhenNot() {
        List<List<String>> rows = List.of(List.of("US United States", "+1-555-0100", "Mon–Fri 8:00–20:00 (US Eastern Time)"),
                List.of("CN 中国内地", "+1-555-0106", "每天 9:00–21:00（北京时间）"));
        StringWriter wide = new StringWriter();
        new TextWriter(new PrintWriter(wide), Style.plain(), 120).table("  ", List.of("Hotline", "Hours"), rows);
        assertEquals("""
                  US United States  +1-555-0100  Mon–Fri 8:00–20:00 (US Eastern Time)
                  CN 中国内地       +1-555-0106  每天 9:00–21:00（北京时间）
                """, wide.toString());
        StringWriter narrow = new StringWriter();
        new TextWriter(new PrintWriter(narrow), Style.plain(), 30).table("  ", List.of("Hotline", "Hours"), rows);
        assertEquals("""
                  US United States
                    Hotline: +1-555-0100
                    Hours: Mon–Fri 8:00–20:00
                           (US Eastern Time)
                  CN 中国内地
                    Hotline: +1-555-0106
                    Hours: 每天 9:00–21:00（北
                           京时间）
                """, narrow.toString());
    }

    @Test
    void unwrappedWithoutAWidth() {
        String line = "x".repeat(300) + " y";
        assertEquals(List.of(line), Wrapper.wrap(line, 0, 0));
        StringWriter text = new StringWriter();
        new TextWriter(new PrintWriter(text), Style.plain(), 0).line("  • " + line);
        assertEquals("  • " + line + "\n", text.toString());
    }

    /** Generated sentences of English, Chinese, URLs and numbers: no line too wide, no word split, nothing lost. */
    @ParameterizedTest
    @ValueSource(ints = {12, 20, 40, 80})
    void generatedTextWrapsWithinTheWidth(int width) {
        Random random = new Random(13 + width);
        String[] pieces = {"money", "transfer", "支付", "被拒", "，", "。", "https://www.okpay.example/support", "support@okpay.example",
            "+1-555-0100", "1,250.50", "（", "）", "账户安全", "verification", "a", "I", "—", "“引号”", "2FA", "Ａ"};
        for (int n = 0; n < 200; n++) {
            StringBuilder line = new StringBuilder(random.nextBoolean() ? "  • " : "");
            for (int i = 0; i < 5 + random.nextInt(30); i++) {
                line.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = line.toString().stripTrailing();
            List<String> lines = Wrapper.wrap(text, width, Wrapper.hangOf(text));
            assertEquals(words(text), words(String.join("\n", lines)), text + " -> " + lines);
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), text + " -> " + lines);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                assertTrue(Wrapper.columns(l) <= width || Wrapper.units(l.strip()).size() == 1, width + ": " + l + " in " + lines);
                if (i > 0) {
                    assertFalse(l.isBlank(), lines.toString());
                    assertTrue("，。、；：！？）」』,.;:!?)".indexOf(l.strip().charAt(0)) < 0, "starts with closing punctuation: " + lines);
                }
            }
        }
    }

    /** The Latin words, URLs, email addresses and numbers of {@code text}, in order. */
    static List<String> words(String text) {
        Matcher matcher = LATIN.matcher(text);
        List<String> words = new java.util.ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
