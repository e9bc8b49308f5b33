package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.catalog.LintRole;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The schemas the API serves, and where that list came from (verify.exposed-schemas, the database, or the default). */
public record ExposedSchemas(List<String> schemas, String source) {

    /** The role PostgREST connects as on Supabase, which holds {@code pgrst.db_schemas} in its settings. */
    static final String AUTHENTICATOR = "authenticator";

    static final String DEFAULT = "default";

    public ExposedSchemas {
        schemas = List.copyOf(schemas);
    }

    /** {@code verify.exposed-schemas} when set; else the database's own PostgREST setting; else {@code public}. */
    public static ExposedSchemas resolve(Optional<String> setting, LintFacts facts) {
        List<String> configured = setting.map(ExposedSchemas::split).orElse(List.of());
        if (!configured.isEmpty()) {
            return new ExposedSchemas(configured, "verify.exposed-schemas");
        }
        Optional<String> postgrest = facts.role(AUTHENTICATOR).flatMap(LintRole::postgrestSchemas);
        List<String> fromDatabase = postgrest.map(ExposedSchemas::split).orElse(List.of());
        if (!fromDatabase.isEmpty()) {
            return new ExposedSchemas(fromDatabase, "pgrst.db_schemas of role " + AUTHENTICATOR);
        }
        return new ExposedSchemas(List.of("public"), DEFAULT);
    }

    /** PostgREST's list: comma-separated, blanks around names ignored, as splinter reads it. */
    static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean contains(String schema) {
        return schemas.contains(schema);
    }

    /** "public (default)", for a verdict's subject. */
    @Override
    public String toString() {
        return String.join(", ", schemas) + " (" + source + ")";
    }

    /** Where the list came from, in a sentence, for the evidence. */
    public String explained() {
        return String.join(", ", schemas) + (source.equals(DEFAULT)
                ? ", by default: neither verify.exposed-schemas nor pgrst.db_schemas of role " + AUTHENTICATOR + " is set"
                : ", from " + source);
    }
}
