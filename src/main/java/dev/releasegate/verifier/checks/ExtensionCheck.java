package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;

import dev.releasegate.verifier.catalog.Extension;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Extensions are installed, in the expected schema, at the expected version. */
public final class ExtensionCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private ExtensionCheck() {
    }

    public static Verdict installed(List<ExtensionExpectation> expected, Collection<Extension> installed, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "extensions in " + database, List.of("extension", "schema", "version"));
        for (ExtensionExpectation row : expected) {
            Optional<Extension> found = installed.stream().filter(e -> e.name().equals(row.name())).findFirst();
            if (found.isEmpty()) {
                List<String> names = installed.stream().map(Extension::name).toList();
                String nearest = NearestNames.didYouMean(row.name(), names);
                verdict.mismatch(Mismatch.missing("extension " + row.name(), "is not installed"
                                + (nearest.isEmpty() ? " (installed: " + String.join(", ", names) + ")" : nearest)),
                        List.of(row.name(), row.schema().orElse(""), row.version().orElse("")));
                continue;
            }
            Extension extension = found.get();
            List<String> problems = new ArrayList<>();
            row.schema().filter(s -> !s.equals(extension.schema()))
                    .ifPresent(s -> problems.add("is in schema " + extension.schema() + ", expected " + s));
            row.version().filter(v -> !v.equals(extension.version()))
                    .ifPresent(v -> problems.add("version is " + extension.version() + ", expected " + v));
            List<String> cells = List.of(extension.name(), extension.schema(), extension.version());
            if (problems.isEmpty()) {
                verdict.ok(cells);
            } else {
                verdict.mismatch(Mismatch.differs("extension " + extension.name(), String.join("; ", problems)), cells);
            }
        }
        return verdict.build();
    }
}
