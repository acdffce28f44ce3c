package okpay.support.diagnose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okpay.support.contact.draft.TicketFact;
import okpay.support.contact.redact.Redactor;
import okpay.support.error.ExitCode;
import okpay.support.error.SupportException;
import okpay.support.i18n.DidYouMean;
import okpay.support.i18n.Lang;
import okpay.support.i18n.Messages;
import okpay.support.kb.Audience;
import okpay.support.kb.KnowledgeBase;
import okpay.support.kb.Question;
import okpay.support.prompt.AnswerNormalizer;
import okpay.support.prompt.Answers;
import okpay.support.prompt.Asker;
import okpay.support.prompt.MissingAnswer;

/**
 * Runs a troubleshooting flow for one user: answers from flags and files, else the terminal; a diagnosis
 * with steps, retry advice, ranked channels and a ticket draft at the end; or, when questions cannot be
 * asked, an {@code INPUT_REQUIRED} error naming every question a script has to answer.
 */
public final class Diagnoser {
    private final KnowledgeBase kb;
    private final Lang lang;
    private final Audience audience;
    private final Messages messages;
    private final Redactor redactor;

    /** A diagnoser for {@code audience}: support staff also get the outcome's agent-only text. */
    public Diagnoser(KnowledgeBase kb, Lang lang, Audience audience) {
        this.kb = kb;
        this.lang = lang;
        this.audience = audience;
        this.messages = Messages.of(Diagnoser.class, lang);
        this.redactor = new Redactor(lang);
    }

    /**
     * @throws SupportException NOT_FOUND for an unknown flow, USAGE for an invalid answer, INPUT_REQUIRED for
     *     questions that need answers and cannot be asked, INTERRUPTED when the user stops at a prompt
     */
    public DiagnosisResult run(String flowId, DiagnosisRequest request) {
        Flow flow = new FlowCatalog(kb, lang).find(flowId);
        refuseMisspelledIds(flow, request.typed());
        Answers answers = withFacts(flow, request);
        Asker asker = new Asker(answers, request.terminal(), request.noInput(), lang, redactor);
        DecisionFlowEngine engine = new DecisionFlowEngine(flow);
        boolean[] introduced = {false};
        DecisionFlowEngine.Walk walk = engine.walk(question -> {
            if (request.terminal().interactive() && !request.noInput() && !answers.has(question.id()) && !introduced[0]) {
                // A short heading before the first question actually asked; never when everything was given.
                request.terminal().println(messages.get("ask.intro", flow.title().get(lang), flow.summary().get(lang)));
                introduced[0] = true;
            }
            return asker.answer(question.question());
        });
        if (walk.outcome() == null) {
            throw missing(engine, walk, answers, asker);
        }
        List<DiagnosisResult.PathStep> path = new ArrayList<>();
        Map<String, String> shownAnswers = new LinkedHashMap<>();
        for (DecisionFlowEngine.Step step : walk.path()) {
            Question q = step.question().question();
            TicketFact fact = step.question().fact();
            String safe = redactor.redactedText(step.answer(), fact == null ? Redactor.ValueKind.TEXT : fact.redaction());
            shownAnswers.put(q.id(), safe);
            path.add(new DiagnosisResult.PathStep(q.id(), q.prompt().get(lang), safe, shown(q, safe)));
        }
        List<String> ignored = new ArrayList<>(request.answers().ids());
        ignored.removeAll(shownAnswers.keySet());
        return new DiagnosisResult(flow.id(), flow.title().get(lang), shownAnswers, path, ignored,
                new OutcomeExplainer(kb, lang, audience).view(flow, walk, request, path));
    }

    /**
     * Refuses a typed answer whose id is a typo of one of the flow's questions ({@code reveiw=no} for {@code review}):
     * it would otherwise be ignored, and its question asked or reported missing with no word about the typo. Other ids
     * not on the flow are ignored as before, so that one standard set of answers serves every flow.
     */
    private void refuseMisspelledIds(Flow flow, Set<String> typed) {
        List<String> ids = flow.questions().stream().map(FlowQuestion::id).toList();
        Set<String> elsewhere = new HashSet<>();
        for (FlowCatalog.FlowOutline outline : kb.derived(FlowCatalog.OUTLINES)) {
            elsewhere.addAll(outline.questions()); // from the outlines: the other flows are not read
        }
        for (String id : typed) {
            Optional<String> meant = ids.contains(id) || elsewhere.contains(id) ? Optional.empty() : DidYouMean.closest(id, ids);
            if (meant.isPresent()) {
                throw new SupportException(ExitCode.NOT_FOUND, messages.get("error.unknown-answer", flow.id(), id),
                        messages.didYouMean(id, ids) + messages.get("hint.questions", flow.id(), String.join(", ", ids)))
                        .withCode("unknown-answer-id");
            }
        }
    }

    /** The answers given, plus fact options answering the questions that collect those facts. */
    private static Answers withFacts(Flow flow, DiagnosisRequest request) {
        Map<String, String> fromFacts = new LinkedHashMap<>();
        for (FlowQuestion question : flow.questions()) {
            String value = question.fact() == null ? null : request.facts().get(question.fact());
            if (value != null && !request.answers().has(question.id())) {
                fromFacts.put(question.id(), value);
            }
        }
        return new Answers(fromFacts).overriddenBy(request.answers());
    }

    /** The answer as people read it: a choice's label, yes/no in the user's language, else the (redacted) value. */
    private String shown(Question question, String value) {
        if (question.unknown() && value.equals(Question.UNKNOWN)) {
            return messages.get("answer.unknown");
        }
        if (question.type() == Question.Type.CHOICE) {
            return question.choices().stream().filter(c -> c.value().equals(value)).findFirst()
                    .map(c -> c.label().get(lang)).orElse(value);
        }
        if (question.type() == Question.Type.YES_NO) {
            return messages.get("answer." + value);
        }
        return value;
    }

    /**
     * The INPUT_REQUIRED error for a walk that stopped: the Asker's list of the questions needed whatever the
     * answers are, then those that only some answers lead to.
     */
    private SupportException missing(DecisionFlowEngine engine, DecisionFlowEngine.Walk walk, Answers answers, Asker asker) {
        AnswerNormalizer normalizer = new AnswerNormalizer(lang);
        MissingAnswers.Needed needed = MissingAnswers.after(engine, walk.stoppedAt(), walk.answers(), question -> {
            Optional<String> raw = answers.get(question.id());
            AnswerNormalizer.Result result = raw.map(r -> normalizer.normalize(question.question(), r)).orElse(null);
            return result != null && result.ok() ? Optional.of(result.value()) : Optional.empty();
        });
        for (FlowQuestion question : needed.certain()) {
            // Registers each as missing with the Asker (or fails on an invalid value given for it).
            asker.answer(question.question());
        }
        try {
            asker.requireNoneMissing();
            throw new IllegalStateException("walk stopped at " + walk.stoppedAt().id() + " but nothing is missing");
        } catch (SupportException e) {
            List<String> details = new ArrayList<>(e.details());
            if (!needed.possible().isEmpty()) {
                details.add(messages.get("missing.possible"));
                details.addAll(Asker.optionLines(needed.possible().stream().map(FlowQuestion::question).toList(), lang));
            }
            if (!needed.complete()) {
                details.add(messages.get("missing.incomplete"));
            }
            List<Object> missing = new ArrayList<>((List<?>) e.fields().get("missing"));
            missing.addAll(MissingAnswer.of(needed.possible().stream().map(FlowQuestion::question).toList(), lang, MissingAnswer.DEPENDING));
            return new SupportException(e.exitCode(), e.getMessage(), e.hint(), details, null).with("missing", missing);
        }
    }
}
