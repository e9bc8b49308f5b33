package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.catalog.LintRole;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The schemas the API serves, and where that list came from (the evidence says which was used). */
public record ExposedSchemas(List<String> schemas, String source) {

    /** The role PostgREST connects as on Supabase, which holds {@code pgrst.db_schemas} in its settings. */
    static final String AUTHENTICATOR = "authenticator";

    public ExposedSchemas {
        schemas = List.copyOf(schemas);
    }

    /** {@code verify.exposed-schemas} when set; else the database's own PostgREST setting; else {@code public}. */
    public static ExposedSchemas resolve(Optional<String> setting, LintFacts facts) {
        List<String> configured = setting.map(ExposedSchemas::split).orElse(List.of());
        if (!configured.isEmpty()) {
            return new ExposedSchemas(configured, "from verify.exposed-schemas");
        }
        Optional<String> postgrest = facts.role(AUTHENTICATOR).flatMap(LintRole::postgrestSchemas);
        List<String> fromDatabase = postgrest.map(ExposedSchemas::split).orElse(List.of());
        if (!fromDatabase.isEmpty()) {
            return new ExposedSchemas(fromDatabase, "from pgrst.db_schemas of role " + AUTHENTICATOR);
        }
        return new ExposedSchemas(List.of("public"), "by default: neither verify.exposed-schemas nor pgrst.db_schemas of role "
                + AUTHENTICATOR + " is set");
    }

    /** PostgREST's list: comma-separated, blanks around names ignored, as splinter reads it. */
    static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean contains(String schema) {
        return schemas.contains(schema);
    }

    @Override
    public String toString() {
        return String.join(", ", schemas) + " (" + source + ")";
    }
}
