package dev.releasegate.verifier.steps;

import dev.releasegate.verifier.catalog.CatalogSnapshot;
import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.checks.lint.ExposedSchemas;
import dev.releasegate.verifier.checks.lint.Finding;
import dev.releasegate.verifier.checks.lint.LintCategory;
import dev.releasegate.verifier.checks.lint.LintRun;
import dev.releasegate.verifier.checks.lint.Linter;
import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.db.EmbeddedDatabases;
import dev.releasegate.verifier.db.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Databases for the linter's own tests: copies of one Supabase-like base (built once, cloned per test), SQL
 * planted on top, and every lint of both categories run over a fresh catalog snapshot.
 */
final class LintDatabases {

    private static final AtomicInteger COPIES = new AtomicInteger();
    private static volatile String template;

    private LintDatabases() {
    }

    private static synchronized String template() {
        if (template == null) {
            Checklists.database("lint_base", EmbeddedDatabases.SUPABASE_BASE);
            template = "lint_base";
        }
        return template;
    }

    static EmbeddedServer server() {
        return VerifierRun.current().embedded().server();
    }

    /** A fresh copy of the base with the statements applied in order; returns its JDBC address. */
    static String plant(String name, List<String> statements) {
        String database = "lint_" + name.replaceAll("[^a-z0-9_]", "_") + "_" + COPIES.incrementAndGet();
        synchronized (LintDatabases.class) { // a template must be idle while it is copied
            server().createDatabaseFromTemplate(database, template());
        }
        String url = server().jdbcUrl(database);
        GeneratedMigrations.execute(url, statements.stream().map(s -> s.replace("${database}", database)).toList());
        return url;
    }

    /** Every finding of both categories at every level, exposed schemas as the database itself configures them. */
    static List<Finding> findings(String url) {
        List<Finding> out = new ArrayList<>();
        for (LintRun run : runs(url, Optional.empty())) {
            out.addAll(run.findings());
        }
        return out;
    }

    static List<LintRun> runs(String url, Optional<String> exposedSetting) {
        try (Database database = GeneratedMigrations.open("lints", url)) {
            CatalogSnapshot catalog = GeneratedMigrations.snapshot(database);
            LintFacts facts = LintFacts.of(catalog);
            ExposedSchemas exposed = ExposedSchemas.resolve(exposedSetting, facts);
            return List.of(Linter.run(facts, exposed, "public", LintCategory.SECURITY),
                    Linter.run(facts, exposed, "public", LintCategory.PERFORMANCE));
        }
    }

    /** "lint on object" for each finding: what a test asserts exactly. */
    static List<String> named(List<Finding> findings) {
        return findings.stream().map(f -> f.lint().id() + " on " + f.object().display("public")).toList();
    }

    /**
     * Installs a stand-in for pg_graphql (an extension with nothing in it) in a database: the embedded binaries have
     * no pg_graphql, and the GraphQL lints only ask whether it is installed. Its files are removed straight after.
     */
    static void installGraphqlStandIn(String url) {
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement()
                .executeQuery("select setting from pg_config where name = 'SHAREDIR'")) {
            rs.next();
            Path extensions = Path.of(rs.getString(1), "extension");
            Path control = extensions.resolve("pg_graphql.control");
            Path script = extensions.resolve("pg_graphql--0.0.0.sql");
            try {
                Files.writeString(control, "comment = 'test stand-in: pg_graphql installed, nothing in it'\n"
                        + "default_version = '0.0.0'\nrelocatable = true\n");
                Files.writeString(script, "-- nothing: only the extension's presence matters to the lints\n");
                c.createStatement().execute("create extension pg_graphql with schema extensions");
            } finally {
                Files.deleteIfExists(control);
                Files.deleteIfExists(script);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not install the pg_graphql stand-in: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
