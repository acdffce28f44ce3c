package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTest {
    static final Text PROMPT = Text.same("?");
    static final List<Choice> TWO = List.of(new Choice("a", Text.same("A")), new Choice("b", Text.same("B")));

    @ParameterizedTest
    @CsvSource({"yes_no, YES_NO", "choice, CHOICE", "NUMBER, NUMBER", "' text ', TEXT"})
    void typeParsesItsId(String id, QuestionType type) {
        assertEquals(type, QuestionType.parse(id));
        assertEquals(id.trim().toLowerCase(), type.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesno", "YES-NO", "", "bool"})
    void unknownTypeIdParsesToNull(String id) {
        assertNull(QuestionType.parse(id));
    }

    @Test
    void nullTypeIdParsesToNull() {
        assertNull(QuestionType.parse(null));
    }

    @Test
    void choicesAreCopiedAndOtherTypesHaveNone() {
        List<Choice> choices = new ArrayList<>(TWO);
        Question q = Question.choice("q", PROMPT, null, choices);
        choices.clear();

        assertEquals(2, q.choices().size());
        assertEquals(List.of(), new Question("y", QuestionType.YES_NO, PROMPT, null, null, null, null).choices());
    }

    @Test
    void invariantsAreGuarded() {
        assertThrows(IllegalArgumentException.class, () -> Question.choice("q", PROMPT, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Question.choice("q", PROMPT, null,
                List.of(new Choice("a", PROMPT), new Choice("A", PROMPT))));
        assertThrows(IllegalArgumentException.class,
                () -> new Question("q", QuestionType.TEXT, PROMPT, null, TWO, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Question("q", QuestionType.TEXT, PROMPT, null, List.of(), 1.0, null));
        assertThrows(IllegalArgumentException.class, () -> Question.number("q", PROMPT, null, 5.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Question.number("q", PROMPT, null, Double.NaN, null));
        assertThrows(IllegalArgumentException.class, () -> Question.yesNo(" ", PROMPT, null));
        assertThrows(IllegalArgumentException.class, () -> new Choice(" a", PROMPT));
    }

    @Test
    void ticketFieldIdsAreFixed() {
        assertEquals(List.of("account", "tx-id", "time", "amount", "error", "device", "what-happened", "steps-tried"),
                TicketField.IDS);
        assertThrows(IllegalArgumentException.class, () -> new TicketField("password", PROMPT, PROMPT));
    }

    @Test
    void ticketTemplateRejectsARepeatedField() {
        TicketField account = new TicketField("account", PROMPT, PROMPT);

        assertThrows(IllegalArgumentException.class,
                () -> new TicketTemplate(PROMPT, List.of(account, account), List.of(), List.of()));
        assertEquals(List.of(), new TicketTemplate(PROMPT, List.of(account), null, null).rules());
    }
}
