package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.vocabulary.NearestNames;

import java.util.Collection;
import java.util.List;

/** A schema exists. */
public final class SchemaCheck {

    /** The release risk this check guards against: a false item is filed under it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private SchemaCheck() {
    }

    public static Verdict exists(String schema, Collection<String> schemas, String database) {
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "schema " + schema + " in " + database, List.of("schema", "exists"));
        if (schemas.contains(schema)) {
            return verdict.ok(List.of(schema, "yes")).build();
        }
        List<String> userSchemas = schemas.stream().filter(s -> !s.startsWith("pg_") && !s.equals("information_schema")).sorted().toList();
        String nearest = NearestNames.didYouMean(schema, userSchemas);
        return verdict.mismatch(Mismatch.missing("schema " + schema, "does not exist"
                        + (nearest.isEmpty() ? " (schemas: " + String.join(", ", userSchemas) + ")" : nearest)),
                List.of(schema, "no")).build();
    }
}
