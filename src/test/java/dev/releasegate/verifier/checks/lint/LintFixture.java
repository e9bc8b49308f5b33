package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.Column;
import dev.releasegate.verifier.catalog.ExtensionVersions;
import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.LintFacts;
import dev.releasegate.verifier.catalog.LintForeignKey;
import dev.releasegate.verifier.catalog.LintFunction;
import dev.releasegate.verifier.catalog.LintIndex;
import dev.releasegate.verifier.catalog.LintRelation;
import dev.releasegate.verifier.catalog.LintRole;
import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.StorageBucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A database's catalog facts, built by hand: a clean Supabase-like start that a test changes to plant one thing. */
final class LintFixture {

    static final LintRelation.Size SMALL = new LintRelation.Size(1, 0, 8192, true, Optional.empty(), 0, 0);

    int serverMajorVersion = 17;
    final List<LintRelation> relations = new ArrayList<>(List.of(table("auth", "users", false, Optional.of(false)),
            table("storage", "buckets", true, Optional.of(true)), table("public", "items", true, Optional.of(true))));
    final List<LintIndex> indexes = new ArrayList<>(List.of(index("public", "items", "items_pkey", true, true, List.of(1))));
    final List<LintForeignKey> foreignKeys = new ArrayList<>();
    final List<LintFunction> functions = new ArrayList<>();
    final List<Policy> policies = new ArrayList<>(List.of(policy("items", "items_read", PolicyCommand.SELECT, List.of("authenticated"), "true", null)));
    final List<Column> columns = new ArrayList<>();
    final List<LintRole> roles = new ArrayList<>(List.of(new LintRole("anon", false, Optional.empty()),
            new LintRole("authenticated", false, Optional.empty()), new LintRole("authenticator", false, Optional.empty()),
            new LintRole("service_role", true, Optional.empty()), new LintRole("postgres", true, Optional.empty())));
    final List<ExtensionVersions> extensions = new ArrayList<>(List.of(new ExtensionVersions("plpgsql", "pg_catalog", "1.0", Optional.of("1.0"), true)));
    Optional<List<StorageBucket>> buckets = Optional.of(new ArrayList<>());

    static LintRelation table(String schema, String name, boolean rls, Optional<Boolean> apiSelects) {
        return relation(schema, name, 'r', rls, apiSelects, List.of());
    }

    static LintRelation relation(String schema, String name, char relkind, boolean rls, Optional<Boolean> apiSelects, List<String> options) {
        return new LintRelation(new QualifiedName(schema, name), relkind, rls, false, options, apiSelects, apiSelects, apiSelects, apiSelects,
                false, true, SMALL);
    }

    static LintIndex index(String schema, String table, String name, boolean unique, boolean primary, List<Integer> columns) {
        return new LintIndex(new QualifiedName(schema, table), 'r', false, name, 'i', true, true, unique, primary, columns, Optional.of(1L),
                "CREATE INDEX " + name + " ON " + schema + "." + table + " USING btree (c" + columns + ")");
    }

    static Policy policy(String table, String name, PolicyCommand command, List<String> roles, String using, String withCheck) {
        return new Policy(new QualifiedName("public", table), name, command, roles, true, using, withCheck);
    }

    static LintFunction function(String name, boolean definer, List<String> settings, boolean anon, boolean authenticated) {
        return new LintFunction(new Function(name.hashCode(), new QualifiedName("public", name), List.of("uuid"), "p uuid", null, "plpgsql",
                definer, settings, null, "f"), false, Optional.of(anon), Optional.of(authenticated));
    }

    LintFacts facts() {
        return new LintFacts(serverMajorVersion, relations, indexes, foreignKeys, functions, policies, columns, roles, extensions, buckets);
    }

    LintRun run(LintCategory category, String... exposed) {
        return Linter.run(facts(), new ExposedSchemas(exposed.length == 0 ? List.of("public") : List.of(exposed), "default"), "public", category);
    }

    /** "lint on object: detail" for every finding of both categories. */
    List<String> found(String... exposed) {
        List<String> out = new ArrayList<>();
        for (LintCategory category : LintCategory.values()) {
            run(category, exposed).findings().forEach(f -> out.add(f.lint().id() + " on " + f.object().display("public")
                    + (f.detail().isEmpty() ? "" : ": " + f.detail())));
        }
        return out;
    }
}
