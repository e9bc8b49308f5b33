package dev.releasegate.verifier.writer;

import dev.releasegate.verifier.db.SecretMask;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the checklist of one database from its facts: one feature file per section of the vocabulary, in the
 * vocabulary's sentences, data tables where the vocabulary has them. Pure: the same facts give the same files.
 */
public final class ChecklistWriter {

    /** The files, and every item that was left out because it could not be written so that it reads back as itself. */
    public record Checklist(List<FeatureFile> files, List<String> leftOut) {
        public Checklist {
            files = List.copyOf(files);
            leftOut = List.copyOf(leftOut);
        }

        public int scenarios() {
            return files.stream().mapToInt(FeatureFile::scenarios).sum();
        }

        /** The same checklist with every secret of the run masked; a file that held one says so among the items left out. */
        Checklist masked(SecretMask mask) {
            List<String> notes = new ArrayList<>(leftOut.stream().map(mask::mask).toList());
            List<FeatureFile> out = new ArrayList<>();
            for (FeatureFile file : files) {
                String text = mask.mask(file.text());
                if (!text.equals(file.text())) {
                    notes.add(file.name() + ": a value equal to a secret of this run is written as " + SecretMask.MASK
                            + ", so the item holding it fails until a person writes it");
                }
                out.add(new FeatureFile(file.name(), text, file.scenarios()));
            }
            return new Checklist(out, notes);
        }
    }

    private ChecklistWriter() {
    }

    static Checklist write(SchemaFacts facts, WriterOptions options) {
        Draft draft = new Draft(facts, options);
        TableSections.tables(draft);
        TableSections.keys(draft);
        SecuritySections.rowLevelSecurity(draft);
        SecuritySections.privileges(draft);
        SecuritySections.functions(draft);
        ObjectSections.triggers(draft);
        ObjectSections.views(draft);
        ObjectSections.sequences(draft);
        ObjectSections.enums(draft);
        ObjectSections.extensions(draft);
        ObjectSections.storage(draft);
        ObjectSections.migrations(draft);
        options.rowCountRecord().ifPresent(record -> ObjectSections.rowCounts(draft, record));
        List<FeatureFile> files = draft.features().stream().filter(f -> !f.isEmpty()).map(FeatureText::render).toList();
        List<String> leftOut = new ArrayList<>(draft.leftOut());
        for (FeatureText empty : draft.features().stream().filter(FeatureText::isEmpty).toList()) {
            empty.notes().stream().filter(n -> !leftOut.contains(n)).forEach(n -> leftOut.add(empty.fileName() + " not written: " + n));
        }
        return new Checklist(files, leftOut);
    }
}
