package okpay.support.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleTerminalTest {

    @Test
    void withoutAConsoleItIsNotInteractiveAndWritesToTheFallback() {
        StringWriter err = new StringWriter();
        ConsoleTerminal terminal = new ConsoleTerminal(null, new PrintWriter(err));

        terminal.println("hello");

        assertFalse(terminal.interactive());
        assertEquals("hello" + System.lineSeparator(), err.toString());
        assertThrows(IllegalStateException.class, () -> terminal.readLine("? "));
        assertThrows(IllegalStateException.class, () -> terminal.readSecret("? "));
    }
}
