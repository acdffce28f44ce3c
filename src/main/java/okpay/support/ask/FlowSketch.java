package okpay.support.ask;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okpay.support.contact.draft.TicketFact;
import okpay.support.diagnose.Flow;
import okpay.support.diagnose.FlowQuestion;
import okpay.support.kb.Question;
import okpay.support.kb.Terms;
import okpay.support.kb.Text;

/**
 * A troubleshooting flow as {@code ask} needs it: what to call it, where it routes, and the questions a description
 * can answer (choices with words, numbers counting days or money). Stored with the flow index, so that {@code ask}
 * never reads the whole flows section.
 */
record FlowSketch(String id, Text title, String topic, List<String> faqs, boolean codes, List<Inferable> questions) {
    FlowSketch {
        faqs = List.copyOf(faqs);
        questions = List.copyOf(questions);
    }

    /** What an answer in a description is read as. */
    enum Reads { CHOICE, DAYS, AMOUNT }

    /** A question a description can answer; {@code choices} only for {@link Reads#CHOICE}. */
    record Inferable(String id, Reads reads, Double min, Double max, List<Words> choices) {
        Inferable {
            choices = List.copyOf(choices);
        }
    }

    /** A choice's value and the words that name it. */
    record Words(String value, Terms terms) {}

    /** The sketch of {@code flow}: its choice questions with words, and its number questions counting days or money. */
    static FlowSketch of(Flow flow) {
        List<Inferable> questions = new ArrayList<>();
        for (FlowQuestion fq : flow.questions()) {
            Question q = fq.question();
            if (q.type() == Question.Type.CHOICE) {
                List<Words> choices = new ArrayList<>();
                for (Question.Choice choice : q.choices()) {
                    choices.add(new Words(choice.value(), choice.words()));
                }
                questions.add(new Inferable(q.id(), Reads.CHOICE, null, null, choices));
            } else if (q.type() == Question.Type.NUMBER && fq.unit() == FlowQuestion.Unit.DAYS) {
                questions.add(new Inferable(q.id(), Reads.DAYS, q.min(), q.max(), List.of()));
            } else if (q.type() == Question.Type.NUMBER && (fq.unit() == FlowQuestion.Unit.AMOUNT || fq.fact() == TicketFact.AMOUNT)) {
                questions.add(new Inferable(q.id(), Reads.AMOUNT, q.min(), q.max(), List.of()));
            }
        }
        return new FlowSketch(flow.id(), flow.title(), flow.topic(), flow.faqs(), flow.codes(), questions);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(id);
        out.writeUTF(title.zh());
        out.writeUTF(title.en());
        out.writeUTF(topic);
        writeStrings(faqs, out);
        out.writeBoolean(codes);
        out.writeInt(questions.size());
        for (Inferable q : questions) {
            out.writeUTF(q.id());
            out.writeByte(q.reads().ordinal());
            writeNumber(q.min(), out);
            writeNumber(q.max(), out);
            out.writeInt(q.choices().size());
            for (Words choice : q.choices()) {
                out.writeUTF(choice.value());
                writeStrings(choice.terms().zh(), out);
                writeStrings(choice.terms().en(), out);
            }
        }
    }

    static FlowSketch read(DataInputStream in) throws IOException {
        String id = in.readUTF();
        Text title = new Text(in.readUTF(), in.readUTF());
        String topic = in.readUTF();
        List<String> faqs = readStrings(in);
        boolean codes = in.readBoolean();
        List<Inferable> questions = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String qid = in.readUTF();
            Reads reads = Reads.values()[in.readByte()];
            Double min = readNumber(in);
            Double max = readNumber(in);
            List<Words> choices = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                choices.add(new Words(in.readUTF(), new Terms(readStrings(in), readStrings(in))));
            }
            questions.add(new Inferable(qid, reads, min, max, choices));
        }
        return new FlowSketch(id, title, topic, faqs, codes, questions);
    }

    static void writeStrings(List<String> strings, DataOutputStream out) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static void writeNumber(Double value, DataOutputStream out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double readNumber(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }
}
