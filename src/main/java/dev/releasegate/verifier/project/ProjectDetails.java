package dev.releasegate.verifier.project;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A project as {@code GET /v1/projects/{ref}} describes it (V1ProjectWithDatabaseResponse): {@code ref}, {@code name},
 * {@code region}, {@code status} and its {@code database}: {@code version} (the Supabase Postgres release, such as
 * {@code 15.1.0.117}), {@code postgres_engine} ({@code 15}, {@code 17-oriole}) and {@code release_channel}.
 */
public record ProjectDetails(String ref, String name, String region, String status, Optional<String> databaseVersion,
                             Optional<String> postgresEngine, Optional<String> releaseChannel) {

    private static final Pattern MAJOR = Pattern.compile("^\\s*(\\d{1,4})(?:\\D.*)?$");

    /** The PostgreSQL major version: the first number of the database version, else of the engine. */
    public OptionalInt postgresMajor() {
        for (Optional<String> text : java.util.List.of(databaseVersion, postgresEngine)) {
            if (text.isPresent()) {
                Matcher m = MAJOR.matcher(text.get());
                if (m.matches()) {
                    return OptionalInt.of(Integer.parseInt(m.group(1)));
                }
            }
        }
        return OptionalInt.empty();
    }
}
