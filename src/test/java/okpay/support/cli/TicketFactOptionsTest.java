package okpay.support.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import okpay.support.contact.draft.TicketFact;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Every short ticket fact has its option ({@code --tx-id}...), and {@link TicketFactOptions#given()} reads it. */
class TicketFactOptionsTest {
    /** A command with nothing but the mixin. */
    @Command(name = "holder")
    static final class Holder {
        @Mixin
        TicketFactOptions facts;
    }

    @Test
    void everyShortFactIsAnOptionThatGivenReads() {
        Holder holder = new Holder();
        List<String> args = new ArrayList<>();
        Map<TicketFact, String> expected = new EnumMap<>(TicketFact.class);
        for (TicketFact fact : TicketFact.shortValues()) {
            args.add(fact.option());
            args.add("value of " + fact.id());
            expected.put(fact, "value of " + fact.id());
        }
        new CommandLine(holder).parseArgs(args.toArray(String[]::new));
        assertEquals(expected, holder.facts.given());
    }

    @Test
    void blankValuesAreLeftOut() {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs("--tx-id", " ", "--amount", "12");
        assertEquals(Map.of(TicketFact.AMOUNT, "12"), holder.facts.given());
    }
}
