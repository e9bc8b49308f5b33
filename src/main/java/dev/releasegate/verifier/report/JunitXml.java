package dev.releasegate.verifier.report;

import dev.releasegate.verifier.outcome.FailureCategory;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code junit.xml} for CI systems, one test suite per checklist file and one test case per scenario: a false item is a
 * {@code <failure>}, an item that could not be checked an {@code <error>} (both with the message in checklist words
 * and the category as the type), a skipped scenario {@code <skipped>} with its reason; an advisory finding passes, with
 * the finding in {@code <system-out>}. A file that could not be read is an {@code <error>} of its own.
 */
final class JunitXml {

    static final String FILE = "junit.xml";

    private final ReportFiles files;

    JunitXml(ReportFiles files) {
        this.files = files;
    }

    void write(Path file, RunRecord run) {
        Map<String, List<ScenarioVerdict>> byFeature = new LinkedHashMap<>();
        for (ScenarioVerdict v : run.verdicts()) {
            byFeature.computeIfAbsent(v.feature(), f -> new java.util.ArrayList<>()).add(v);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "checklists");
            counts(xml, run.verdicts());
            xml.writeAttribute("timestamp", run.started().toString());
            xml.writeAttribute("time", seconds(run));
            for (Map.Entry<String, List<ScenarioVerdict>> feature : byFeature.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", clean(feature.getKey()));
                counts(xml, feature.getValue());
                xml.writeAttribute("timestamp", run.started().toString());
                for (ScenarioVerdict v : feature.getValue()) {
                    testCase(xml, v);
                }
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("junit.xml could not be written: " + e.getMessage(), e);
        }
        files.write(file, text.toString());
    }

    private static void counts(XMLStreamWriter xml, List<ScenarioVerdict> verdicts) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(verdicts.size()));
        xml.writeAttribute("failures", String.valueOf(count(verdicts, ScenarioVerdict.Outcome.FAILED)));
        xml.writeAttribute("errors", String.valueOf(count(verdicts, ScenarioVerdict.Outcome.BROKEN)));
        xml.writeAttribute("skipped", String.valueOf(count(verdicts, ScenarioVerdict.Outcome.SKIPPED)));
    }

    private static long count(List<ScenarioVerdict> verdicts, ScenarioVerdict.Outcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome).count();
    }

    private static void testCase(XMLStreamWriter xml, ScenarioVerdict v) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", clean(v.feature()));
        xml.writeAttribute("name", clean(v.name() + (v.line() > 0 ? " (line " + v.line() + ")" : "")));
        xml.writeAttribute("file", clean(v.feature()));
        if (v.line() > 0) {
            xml.writeAttribute("line", String.valueOf(v.line()));
        }
        String firstLine = v.message().isEmpty() ? v.outcome().word() : v.message().get(0).strip();
        String details = details(v);
        String type = v.category().map(FailureCategory::label).orElse(v.outcome().word());
        switch (v.outcome()) {
            case FAILED -> problem(xml, "failure", firstLine, type, details);
            case BROKEN -> problem(xml, "error", firstLine, type, details);
            case SKIPPED -> {
                xml.writeCharacters("\n      ");
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", clean(firstLine));
            }
            case ADVISORY -> {
                xml.writeCharacters("\n      ");
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean("advisory (does not fail the gate), category " + type + ":\n" + details));
                xml.writeEndElement();
            }
            case PASSED -> {
            }
        }
        if (v.outcome() != ScenarioVerdict.Outcome.PASSED) {
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
    }

    private static void problem(XMLStreamWriter xml, String element, String message, String type, String details)
            throws XMLStreamException {
        xml.writeCharacters("\n      ");
        xml.writeStartElement(element);
        xml.writeAttribute("message", clean(message));
        xml.writeAttribute("type", clean(type));
        xml.writeCharacters(clean(details));
        xml.writeEndElement();
    }

    /** The item that did not hold and the message, as the console shows them. */
    private static String details(ScenarioVerdict v) {
        StringBuilder out = new StringBuilder();
        out.append(v.where()).append("  ").append(v.name()).append('\n');
        v.step().ifPresent(s -> out.append(s.strip()).append('\n'));
        v.message().forEach(l -> out.append(l).append('\n'));
        return out.toString();
    }

    private static String seconds(RunRecord run) {
        return String.format(java.util.Locale.ROOT, "%.3f", java.time.Duration.between(run.started(), run.finished()).toMillis() / 1000.0);
    }

    /** XML 1.0 has no place for most control characters: they are dropped. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
