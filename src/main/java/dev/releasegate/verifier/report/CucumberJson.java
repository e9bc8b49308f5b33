package dev.releasegate.verifier.report;

import dev.releasegate.verifier.steps.VerifierRun;
import dev.releasegate.verifier.vocabulary.Suggestions;
import io.cucumber.core.plugin.JsonFormatter;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.TestStepFinished;
import io.cucumber.messages.types.TestStepResult;
import io.cucumber.messages.types.TestStepResultStatus;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cucumber's own cucumber.json ({@code dev.releasegate.verifier.report.CucumberJson:reports/cucumber.json}), except
 * that an undefined step carries a message, as a failed one does: where every sentence is, and the closest ones
 * (Cucumber leaves an undefined step's result without any). Nothing else is changed, so every CI tool that reads
 * Cucumber's JSON reads this one.
 */
public final class CucumberJson implements ConcurrentEventListener {

    private final JsonFormatter formatter;
    private final Map<String, String> stepTexts = new ConcurrentHashMap<>();
    private final Map<String, String> pickleSteps = new ConcurrentHashMap<>();
    private final List<EventHandler<Envelope>> formatterHandlers = new ArrayList<>();

    public CucumberJson(OutputStream out) {
        this.formatter = new JsonFormatter(out);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        formatter.setEventPublisher(new EventPublisher() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                if (type == Envelope.class) {
                    formatterHandlers.add((EventHandler<Envelope>) handler);
                } else {
                    publisher.registerHandlerFor(type, handler);
                }
            }

            @Override
            public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                publisher.removeHandlerFor(type, handler);
            }
        });
        publisher.registerHandlerFor(Envelope.class, this::relay);
    }

    private void relay(Envelope envelope) {
        envelope.getPickle().ifPresent(pickle -> pickle.getSteps().forEach(step -> stepTexts.put(step.getId(), step.getText())));
        envelope.getTestCase().ifPresent(testCase -> testCase.getTestSteps()
                .forEach(step -> step.getPickleStepId().ifPresent(pickleStep -> pickleSteps.put(step.getId(), pickleStep))));
        Envelope relayed = envelope.getTestStepFinished()
                .filter(finished -> finished.getTestStepResult().getStatus() == TestStepResultStatus.UNDEFINED)
                .map(this::explained).orElse(envelope);
        formatterHandlers.forEach(handler -> handler.receive(relayed));
    }

    private Envelope explained(TestStepFinished finished) {
        String text = stepTexts.getOrDefault(pickleSteps.getOrDefault(finished.getTestStepId(), ""), "");
        List<String> lines = new ArrayList<>(List.of("undefined step: " + text + " is not a sentence of the vocabulary (every sentence: "
                + Suggestions.PAGE + ")"));
        lines.addAll(Suggestions.ofGlue().didYouMean(text));
        String message = VerifierRun.current().mask().mask(String.join("\n", lines));
        TestStepResult result = finished.getTestStepResult();
        io.cucumber.messages.types.Exception explanation = new io.cucumber.messages.types.Exception("undefined step", message, message);
        return Envelope.of(new TestStepFinished(finished.getTestCaseStartedId(), finished.getTestStepId(),
                new TestStepResult(result.getDuration(), message, result.getStatus(), explanation), finished.getTimestamp()));
    }
}
