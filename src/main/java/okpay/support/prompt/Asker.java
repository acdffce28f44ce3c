package okpay.support.prompt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Question;
import okpay.support.render.Sanitizer;

/**
 * Gets the answer to each question a flow or checklist reaches: from the answers given up front, else
 * by asking on the terminal, else by noting the question as missing so that all missing questions can be
 * reported together at the end rather than one failed run at a time.
 */
public final class Asker {
    private final Answers given;
    private final Terminal terminal;
    private final boolean noInput;
    private final Messages messages;
    private final Lang lang;
    private final AnswerNormalizer normalizer;
    private final UnaryOperator<String> redact;
    private final Map<String, String> answered = new LinkedHashMap<>();
    private final Map<String, Question> missing = new LinkedHashMap<>();

    /**
     * @param noInput true for {@code --no-input}: never ask, even on a terminal
     */
    public Asker(Answers given, Terminal terminal, boolean noInput, Lang lang) {
        this(given, terminal, noInput, lang, UnaryOperator.identity());
    }

    /**
     * @param noInput true for {@code --no-input}: never ask, even on a terminal
     * @param redact  takes the secrets out of an answer before a message echoes it (the floor knows no secrets: the
     *     caller passes the redactor)
     */
    public Asker(Answers given, Terminal terminal, boolean noInput, Lang lang, UnaryOperator<String> redact) {
        this.redact = redact;
        this.given = given;
        this.terminal = terminal;
        this.noInput = noInput;
        this.lang = lang;
        this.messages = Messages.of(Asker.class, lang);
        this.normalizer = new AnswerNormalizer(lang, redact);
    }

    /**
     * The canonical answer to {@code question}, or empty if it was not given and cannot be asked (it is
     * then listed by {@link #missing()}). A question answered before gets the same answer without asking again.
     *
     * @throws SupportException {@link ExitCode#USAGE} if the given answer is not valid for the question;
     *     {@link ExitCode#INTERRUPTED} if input ends (or Ctrl-C is pressed) while asking
     */
    public Optional<String> answer(Question question) {
        String earlier = answered.get(question.id());
        if (earlier != null) {
            return Optional.of(earlier);
        }
        Optional<String> raw = given.get(question.id());
        if (raw.isPresent()) {
            AnswerNormalizer.Result result = normalizer.normalize(question, raw.get());
            if (!result.ok()) {
                throw new SupportException(ExitCode.USAGE,
                        messages.get("answer.invalid", Sanitizer.quoted(redact.apply(raw.get())), question.id(), result.problem()),
                        messages.get("answer.invalid.hint", question.id(), AnswerNormalizer.placeholder(question)))
                        .withCode("invalid-answer");
            }
            return Optional.of(record(question, result.value()));
        }
        if (terminal.interactive() && !noInput) {
            return Optional.of(record(question, ask(question)));
        }
        missing.putIfAbsent(question.id(), question);
        return Optional.empty();
    }

    /** The questions that needed an answer and got none, in the order reached. */
    public List<Question> missing() {
        return List.copyOf(missing.values());
    }

    /**
     * Fails if any question is {@link #missing()}.
     *
     * @throws SupportException {@link ExitCode#INPUT_REQUIRED}; its details hold one ready-to-copy
     *     {@code --answer ID=VALUE} line per missing question, with the question's prompt
     */
    public void requireNoneMissing() {
        if (missing.isEmpty()) {
            return;
        }
        String reason = messages.get(noInput ? "missing.reason.noInput" : "missing.reason.noTerminal");
        int count = missing.size();
        String message = messages.get(count == 1 ? "missing.one" : "missing.many", count, reason);
        throw new SupportException(ExitCode.INPUT_REQUIRED, message, messages.get("missing.hint"), optionLines(missing(), lang), null)
                .with("missing", MissingAnswer.of(missing(), lang, MissingAnswer.ALWAYS));
    }

    /** One ready-to-copy {@code --answer ID=VALUES} line per question, followed by its prompt in {@code lang}. */
    public static List<String> optionLines(List<Question> questions, Lang lang) {
        List<String> options = questions.stream()
                .map(q -> "  --answer " + q.id() + "=" + AnswerNormalizer.placeholder(q))
                .toList();
        int width = options.stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String option = options.get(i);
            // Padded so the prompts line up in one column after the longest option.
            lines.add(option + " ".repeat(width - option.length() + 4) + questions.get(i).prompt().get(lang));
        }
        return lines;
    }

    /** Every answer so far, given or asked, in the order the questions were reached. */
    public Map<String, String> answered() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(answered));
    }

    private String record(Question question, String value) {
        answered.put(question.id(), value);
        return value;
    }

    private String ask(Question question) {
        String prompt = question.prompt().get(lang);
        if (question.type() == Question.Type.CHOICE) {
            // The question on its own line and one numbered line per choice; the reading prompt is short.
            terminal.println(prompt);
            for (int i = 0; i < question.choices().size(); i++) {
                terminal.println("  " + (i + 1) + ") " + question.choices().get(i).label().get(lang));
            }
            prompt = messages.get("ask.choose", question.choices().size());
        }
        String linePrompt = linePrompt(question, prompt);
        while (true) {
            String line = terminal.readLine(linePrompt, AnswerNormalizer.completions(question));
            if (line == null) {
                throw ended(question);
            }
            String trimmed = line.strip();
            if (trimmed.equals("?") || trimmed.equals("？")) {
                showHelp(question);
                continue;
            }
            AnswerNormalizer.Result result = normalizer.normalize(question, line);
            if (result.ok()) {
                return result.value();
            }
            terminal.println(messages.get("ask.retry", result.problem()));
        }
    }

    /**
     * Input ended (Ctrl-D, or the end of a pipe) before {@code question} was answered: no answer and none can be asked,
     * so the missing-answer code. The question is named by its text, and the hint gives the one flag that answers it.
     */
    private SupportException ended(Question question) {
        return new SupportException(ExitCode.INPUT_REQUIRED, messages.get("ask.ended", question.prompt().get(lang)),
                messages.get("ask.ended.hint", "--answer " + question.id() + "=" + AnswerNormalizer.placeholder(question)));
    }

    private String linePrompt(Question question, String prompt) {
        List<String> hints = new ArrayList<>();
        switch (question.type()) {
            case YES_NO -> hints.add(messages.get(question.unknown() ? "ask.hint.yesNoUnknown" : "ask.hint.yesNo"));
            case NUMBER -> hints.add(numberHint(question));
            default -> { }
        }
        if (question.unknown() && question.type() != Question.Type.YES_NO) {
            hints.add(messages.get("ask.hint.unknown"));
        }
        if (question.help() != null) {
            hints.add(messages.get("ask.hint.help"));
        }
        return hints.isEmpty()
                ? messages.get("ask.prompt.plain", prompt)
                : messages.get("ask.prompt", prompt, String.join(" ", hints));
    }

    private String numberHint(Question question) {
        if (question.min() != null && question.max() != null) {
            return messages.get("ask.hint.numberBetween",
                    AnswerNormalizer.plain(question.min()), AnswerNormalizer.plain(question.max()));
        }
        if (question.min() != null) {
            return messages.get("ask.hint.numberAtLeast", AnswerNormalizer.plain(question.min()));
        }
        if (question.max() != null) {
            return messages.get("ask.hint.numberAtMost", AnswerNormalizer.plain(question.max()));
        }
        return messages.get("ask.hint.number");
    }

    private void showHelp(Question question) {
        if (question.help() != null) {
            terminal.println(question.help().get(lang));
        }
        terminal.println(messages.get("ask.accepted", normalizer.accepted(question)));
    }
}
