package dev.releasegate.verifier.db;

import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Databases named {@code testcontainers:<image>:<folder>}: a PostgreSQL container from the image (one per name),
 * the Supabase-like base, then the folder's migrations, exactly as for {@code embedded:} and built once the same
 * way. For images such as supabase/postgres that carry more extensions than the embedded binaries. Without a Docker
 * engine the scenarios that need such a database are skipped (an assumption, not a failure): the machine cannot
 * check them.
 */
public final class ContainerDatabases implements AutoCloseable {

    public static final String PREFIX = "testcontainers:";

    private final MigratedDatabases<String> started = new MigratedDatabases<>();
    private final List<PostgreSQLContainer> containers = new CopyOnWriteArrayList<>();

    /** The JDBC address (with its password) of the container behind a configured name, starting it first if needed. */
    public String jdbcUrl(String name, String spec) {
        return jdbcUrl(name, spec, MigrationOptions.DEFAULT);
    }

    /** As {@link #jdbcUrl(String, String)}, with the run's options (e.g. the seed skipped). */
    public String jdbcUrl(String name, String spec, MigrationOptions options) {
        return started.get(name, spec + "\u0000" + options, () -> start(name, spec, options));
    }

    /** The folder and the SHA-256 of every migration and seed file the container of this name was built from, once built. */
    public Optional<MigrationSource> builtFrom(String name) {
        return started.builtFrom(name);
    }

    /** {@code supabase/postgres:15.8.1.060:migrations} -> image {@code supabase/postgres:15.8.1.060}, folder {@code migrations}. */
    public record Spec(String image, String folder) {
        public static Spec parse(String name, String spec) {
            int colon = spec.lastIndexOf(':');
            if (colon <= 0 || colon == spec.length() - 1) {
                throw ChecklistBroken.configuration("database '" + name + "' is set to '" + PREFIX + spec + "': expected " + PREFIX
                        + "<image>:<folder of migrations>, e.g. " + PREFIX + MigrationRunner.SUPABASE_IMAGE + ":supabase");
            }
            return new Spec(spec.substring(0, colon), spec.substring(colon + 1));
        }
    }

    private MigratedDatabases.Built<String> start(String name, String spec, MigrationOptions options) {
        Spec parsed = Spec.parse(name, spec);
        MigrationFolder folder = MigrationFolder.open(parsed.folder());
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new TestAbortedException("database '" + name + "' (" + PREFIX + spec + ") needs a Docker engine, and none"
                    + " is reachable from this machine: the scenarios that use '" + name + "' are skipped, not checked."
                    + " Start Docker (or set DOCKER_HOST), or use embedded:" + parsed.folder()
                    + " when the migrations need only PostgreSQL's contrib extensions");
        }
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse(parsed.image()).asCompatibleSubstituteFor("postgres"))
                .withUsername("postgres")
                .withDatabaseName("postgres");
        try {
            container.start();
        } catch (RuntimeException e) {
            throw ChecklistBroken.configuration("database '" + name + "': the container from " + parsed.image()
                    + " did not start: " + e.getMessage() + " - check the image name and that Docker can pull it");
        }
        containers.add(container);
        String value = PREFIX + spec;
        try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(EmbeddedDatabases.readResource(EmbeddedDatabases.SUPABASE_BASE));
        } catch (SQLException e) {
            throw ChecklistBroken.configuration("database '" + name + "' (" + value + "): the Supabase-like base could not be applied: "
                    + e.getMessage());
        }
        MigrationSource applied = MigratedDatabases.apply(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                folder, name, value, new MigrationFailure(name, "the image " + parsed.image(), parsed.folder()), options);
        String url = container.getJdbcUrl() + (container.getJdbcUrl().contains("?") ? "&" : "?")
                + "user=" + URLEncoder.encode(container.getUsername(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(container.getPassword(), StandardCharsets.UTF_8);
        return new MigratedDatabases.Built<>(url, applied);
    }

    @Override
    public void close() {
        containers.forEach(PostgreSQLContainer::stop);
    }
}
