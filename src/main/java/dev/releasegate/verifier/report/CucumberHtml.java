package dev.releasegate.verifier.report;

import io.cucumber.htmlformatter.MessagesToHtmlWriter;
import io.cucumber.messages.ndjson.Serializer;
import io.cucumber.messages.types.Envelope;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Cucumber's HTML report ({@code dev.releasegate.verifier.report.CucumberHtml:reports/cucumber.html}) without the Java
 * snippets Cucumber suggests for an undefined step: QA read this report, and do not write Java.
 */
public final class CucumberHtml implements ConcurrentEventListener {

    private final MessagesToHtmlWriter writer;

    public CucumberHtml(OutputStream out) throws IOException {
        Serializer serializer = new Serializer();
        this.writer = MessagesToHtmlWriter.builder(serializer::writeValue).title("Checklists").build(out);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, this::write);
    }

    private synchronized void write(Envelope envelope) {
        if (envelope.getSuggestion().isPresent()) {
            return;
        }
        try {
            writer.write(envelope);
            if (envelope.getTestRunFinished().isPresent()) {
                writer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
