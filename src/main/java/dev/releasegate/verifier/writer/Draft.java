package dev.releasegate.verifier.writer;

import java.util.ArrayList;
import java.util.List;

/**
 * A checklist while it is written: the facts, the options, how values become text, the feature files so far, and
 * every item left out with the reason (shown in the file where it would have been, and on the console).
 */
final class Draft {

    final SchemaFacts facts;
    final WriterOptions options;
    final GherkinText text;
    private final List<FeatureText> features = new ArrayList<>();
    private final List<String> leftOut = new ArrayList<>();

    Draft(SchemaFacts facts, WriterOptions options) {
        this.facts = facts;
        this.options = options;
        this.text = new GherkinText(options.defaultSchema());
    }

    /** A new feature file, with the header that says where it came from and how to write it again. */
    FeatureText feature(String fileName, String tags, String title) {
        List<String> header = List.of(
                FeatureText.MARKER.substring(2) + "\"" + options.database() + "\" (" + scopeWords() + ").",
                "Write it again after a migration and review the diff:",
                "  " + options.rewriteCommand());
        FeatureText feature = new FeatureText(fileName, header, "@snapshot " + tags, options.database() + ": " + title,
                "\"" + options.database() + "\"");
        features.add(feature);
        return feature;
    }

    private String scopeWords() {
        String schemas = (options.schemas().size() == 1 ? "schema " : "schemas ") + String.join(", ", options.schemas());
        return options.exclusions().isEmpty() ? schemas : schemas + "; not " + String.join(", ", options.exclusions());
    }

    /** Records an item that cannot be written so that it reads back as itself, in the file and for the console. */
    void leaveOut(FeatureText feature, String what, String why) {
        String note = "left out: " + GherkinText.title(what) + " (" + why + ")";
        feature.note(note);
        leftOut.add(note);
    }

    List<FeatureText> features() {
        return features;
    }

    List<String> leftOut() {
        return leftOut;
    }
}
