package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import dev.releasegate.verifier.outcome.FailureCategory;
import dev.releasegate.verifier.project.ProjectDetails;

import java.util.List;
import java.util.OptionalInt;

/** The PostgreSQL major version of a project's database, as the Management API reports it. */
public final class ProjectDatabaseCheck {

    /** An older server than the release was built for is the platform drifting from it. */
    private static final FailureCategory CATEGORY = FailureCategory.SCHEMA_DRIFT;

    private ProjectDatabaseCheck() {
    }

    public static Verdict atLeast(int major, ProjectDetails details, String project) {
        OptionalInt actual = details.postgresMajor();
        if (actual.isEmpty()) {
            throw new ChecklistBroken("the Management API reported no database version for project " + project + " (database.version "
                    + details.databaseVersion().orElse("absent") + ", database.postgres_engine " + details.postgresEngine().orElse("absent") + ")");
        }
        Verdict.Builder verdict = new Verdict.Builder(CATEGORY, "database of project " + project,
                List.of("project", "postgres engine", "database version", "expected"));
        List<String> cells = List.of(project, details.postgresEngine().orElse(""), details.databaseVersion().orElse(""),
                "PostgreSQL " + major + " or later");
        if (actual.getAsInt() >= major) {
            return verdict.ok(cells).build();
        }
        return verdict.mismatch(Mismatch.differs("database of project " + project, "is PostgreSQL " + actual.getAsInt()
                + details.databaseVersion().map(v -> " (" + v + ")").orElse("") + ", expected PostgreSQL " + major + " or later"), cells).build();
    }
}
