package okpay.support.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.draft.TicketFact;
import okpay.support.contact.draft.TicketField;
import okpay.support.contact.draft.TicketTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTest {
    static final Text PROMPT = Text.same("?");
    static final List<Question.Choice> TWO = List.of(new Question.Choice("a", Text.same("A")), new Question.Choice("b", Text.same("B")));

    @ParameterizedTest
    @CsvSource({"yes_no, YES_NO", "choice, CHOICE", "NUMBER, NUMBER", "' text ', TEXT"})
    void typeParsesItsId(String id, Question.Type type) {
        assertEquals(type, Question.Type.parse(id));
        assertEquals(id.trim().toLowerCase(), type.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesno", "YES-NO", "", "bool"})
    void unknownTypeIdParsesToNull(String id) {
        assertNull(Question.Type.parse(id));
    }

    @Test
    void nullTypeIdParsesToNull() {
        assertNull(Question.Type.parse(null));
    }

    @Test
    void choicesAreCopiedAndOtherTypesHaveNone() {
        List<Question.Choice> choices = new ArrayList<>(TWO);
        Question q = Question.choice("q", PROMPT, null, choices);
        choices.clear();

        assertEquals(2, q.choices().size());
        assertEquals(List.of(), new Question("y", Question.Type.YES_NO, PROMPT, null, null, null, null).choices());
    }

    @Test
    void invariantsAreGuarded() {
        assertThrows(IllegalArgumentException.class, () -> Question.choice("q", PROMPT, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> Question.choice("q", PROMPT, null,
                List.of(new Question.Choice("a", PROMPT), new Question.Choice("A", PROMPT))));
        assertThrows(IllegalArgumentException.class,
                () -> new Question("q", Question.Type.TEXT, PROMPT, null, TWO, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Question("q", Question.Type.TEXT, PROMPT, null, List.of(), 1.0, null));
        assertThrows(IllegalArgumentException.class, () -> Question.number("q", PROMPT, null, 5.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Question.number("q", PROMPT, null, Double.NaN, null));
        assertThrows(IllegalArgumentException.class, () -> Question.yesNo(" ", PROMPT, null));
        assertThrows(IllegalArgumentException.class, () -> new Question.Choice(" a", PROMPT));
    }

    @Test
    void ticketFieldIdsAreFixed() {
        assertEquals(List.of("account", "tx-id", "time", "amount", "error", "device", "what-happened", "steps-tried"),
                TicketFact.templateLines().stream().map(TicketFact::id).toList());
        assertThrows(IllegalArgumentException.class, () -> new TicketField(TicketFact.CURRENCY, PROMPT, PROMPT));
    }

    @Test
    void ticketTemplateRejectsARepeatedField() {
        TicketField account = new TicketField(TicketFact.ACCOUNT, PROMPT, PROMPT);

        assertThrows(IllegalArgumentException.class,
                () -> new TicketTemplate(PROMPT, List.of(account, account), List.of(), List.of()));
        assertEquals(List.of(), new TicketTemplate(PROMPT, List.of(account), null, null).rules());
    }
}
