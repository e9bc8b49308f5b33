package dev.releasegate.verifier.checks;

import java.util.Collection;
import java.util.List;

/** A schema exists. */
public final class SchemaCheck {

    private SchemaCheck() {
    }

    public static Verdict exists(String schema, Collection<String> schemas, String database) {
        Verdict.Builder verdict = new Verdict.Builder("schema " + schema + " in " + database, List.of("schema", "exists"));
        if (schemas.contains(schema)) {
            return verdict.ok(List.of(schema, "yes")).build();
        }
        List<String> userSchemas = schemas.stream().filter(s -> !s.startsWith("pg_") && !s.equals("information_schema")).sorted().toList();
        return verdict.mismatch(Mismatch.missing("schema " + schema, "does not exist (schemas: " + String.join(", ", userSchemas) + ")"),
                List.of(schema, "no")).build();
    }
}
