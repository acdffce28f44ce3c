package okpay.support.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import okpay.support.cli.Cli;
import okpay.support.cli.CliContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine.Model.CommandSpec;

/** What a typed line means: a command, one of the shell's own, a numbered line, 'go', or a sentence for ask. */
class LineMeaningTest {
    private static final CommandSpec TREE = Cli.create(new CliContext(new PrintWriter(Writer.nullWriter()),
            new PrintWriter(Writer.nullWriter()), InputStream.nullInputStream(), Map.of(), false)).getCommandSpec();

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            faq list|COMMAND|faq list
            faq show 2|COMMAND|faq show 2
            --version|COMMAND|--version
            okpay-support contact --topic funds|COMMAND|contact --topic funds
            ./okpay-support faq search 钱没到账|COMMAND|faq search 钱没到账
            fqa list|COMMAND|fqa list
            faq shwo money-missing|COMMAND|faq shwo money-missing
            contact support please|ASK|contact support please
            diagnose my payment failed today|ASK|diagnose my payment failed today
            我的转账一天了还没到账|ASK|我的转账一天了还没到账
            set up authenticator app|ASK|set up authenticator app
            help me with my payment|ASK|help me with my payment
            what's the weather|ASK|what's the weather
            okpay-support 我的钱没到|ASK|我的钱没到
            help|HELP|
            帮助|HELP|
            ?|HELP|
            ？|HELP|
            help faq search|HELP|faq search
            帮助 diagnose|HELP|diagnose
            okpay-support|HELP|
            set|SET|
            set lang zh|SET|lang zh
            set color off|SET|color off
            clear|CLEAR|clear
            清屏|CLEAR|清屏
            go|GO|go
            开始|GO|开始
            2|ITEM|2
            exit|EXIT|exit
            quit|EXIT|quit
            退出|EXIT|退出
            """)
    void aLineMeans(String line, LineMeaning.Intent intent, String words) {
        LineMeaning meaning = LineMeaning.of(line, Arrays.asList(line.split(" ")), TREE);
        assertEquals(intent, meaning.intent(), line);
        List<String> expected = words == null ? List.of() : intent == LineMeaning.Intent.ASK ? List.of(words) : List.of(words.split(" "));
        assertEquals(expected, meaning.words(), line);
    }
}
