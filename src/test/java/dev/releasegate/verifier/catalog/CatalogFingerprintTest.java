package dev.releasegate.verifier.catalog;

import dev.releasegate.verifier.db.Database;
import dev.releasegate.verifier.steps.VerifierRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint the QA loop trusts a kept snapshot by: it changes with any DDL a checklist can see, not with reads or
 * rows. Isolated: roles are server-wide, and another class creating one meanwhile would change every fingerprint.
 */
@Isolated
class CatalogFingerprintTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static final String SCHEMA = """
            create table public.watched (id bigint primary key, "Odd; name" text);
            alter table public.watched enable row level security;
            create function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;
            """;

    /** A fresh database with one table, its superuser address and the verifier's read-only view of it. */
    private record Fixture(String url, VerifierRun run, Database database) implements AutoCloseable {
        static Fixture create() throws Exception {
            String url = VerifierRun.current().embedded().createDatabase("fingerprint_" + DATABASES.incrementAndGet(),
                    List.of("demo/supabase-base.sql"));
            execute(url, SCHEMA);
            VerifierRun run = VerifierRun.withSettings(Map.of("verify.db.fp", url));
            return new Fixture(url, run, run.databases().get("fp"));
        }

        @Override
        public void close() {
            run.close();
        }
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void readsAndRowsLeaveItAlone() throws Exception {
        try (Fixture fixture = Fixture.create()) {
            String before = CatalogFingerprint.of(fixture.database());
            CatalogSnapshot snapshot = new CatalogSnapshot(fixture.database());
            assertThat(snapshot.relations()).isNotEmpty();
            assertThat(snapshot.functions()).isNotEmpty();
            snapshot.serverSettings();
            fixture.database().read(session -> session.query("select count(*) from public.watched"));
            execute(fixture.url(), "insert into public.watched values (1, 'a'), (2, 'b'); update public.watched set \"Odd; name\" = 'c'");

            assertThat(CatalogFingerprint.of(fixture.database())).isEqualTo(before);
        }
    }

    @Test
    void aRolledBackChangeLeavesItAlone() throws Exception {
        try (Fixture fixture = Fixture.create()) {
            String before = CatalogFingerprint.of(fixture.database());
            execute(fixture.url(), "begin; drop table public.watched; rollback");

            assertThat(CatalogFingerprint.of(fixture.database())).isEqualTo(before);
        }
    }

    @Test
    void aKeptSnapshotIsReusedUntilItsDatabaseChangesAndReadsRowPartsAgain() throws Exception {
        try (Fixture fixture = Fixture.create()) {
            Database database = fixture.database();
            Catalogs catalogs = new Catalogs();
            catalogs.fingerprinted();
            CatalogSnapshot snapshot = catalogs.of(database);
            snapshot.relations();
            snapshot.serverSettings();

            assertThat(catalogs.dropChanged()).isEmpty();
            assertThat(catalogs.cached(database)).containsSame(snapshot);
            int checked = database.queriesSent();
            snapshot.relations();
            assertThat(database.queriesSent()).as("catalog parts are kept").isEqualTo(checked);
            snapshot.serverSettings();
            assertThat(database.queriesSent()).as("pg_settings is read again").isGreaterThan(checked);

            execute(fixture.url(), "create table public.\"more; rows\" (id int)");
            assertThat(catalogs.dropChanged()).containsExactly("fp");
            CatalogSnapshot fresh = catalogs.cached(database).orElseThrow();
            assertThat(fresh).isNotSameAs(snapshot);
            assertThat(fresh.relation(new QualifiedName("public", "more; rows"))).isPresent();
            assertThat(catalogs.dropChanged()).as("the new snapshot is trusted from the fingerprint read with it").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "create table public.other (id int)",
            "drop table public.watched",
            "alter table public.watched add column note text",
            "alter table public.watched alter column \"Odd; name\" set not null",
            "alter table public.watched disable row level security",
            "grant select on public.watched to authenticated",
            "create policy \"read; all\" on public.watched for select to authenticated using (true)",
            "create index watched_name on public.watched (\"Odd; name\")",
            "create trigger watched_touch before update on public.watched for each row execute function public.touch()",
            "create or replace function public.touch() returns trigger language plpgsql as $$ begin return null; end $$",
            "alter function public.touch() security definer",
            "create schema other",
            "create type public.mood as enum ('ok', 'not ok')",
            "create view public.watched_ids as select id from public.watched",
            "alter default privileges in schema public grant select on tables to anon",
    })
    void everyChangeASnapshotCouldSeeChangesIt(String ddl) throws Exception {
        try (Fixture fixture = Fixture.create()) {
            String before = CatalogFingerprint.of(fixture.database());
            execute(fixture.url(), ddl);

            assertThat(CatalogFingerprint.of(fixture.database())).as(ddl).isNotEqualTo(before);
        }
    }
}
