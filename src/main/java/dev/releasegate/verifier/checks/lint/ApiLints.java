package dev.releasegate.verifier.checks.lint;

import dev.releasegate.verifier.catalog.LintRelation;
import dev.releasegate.verifier.catalog.QualifiedName;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The lints about what the API serves: views that bypass row level security, relations without it, GraphQL's view of them. */
final class ApiLints {

    private static final QualifiedName AUTH_USERS = new QualifiedName("auth", "users");

    /** The relkinds pg_graphql reflects: tables (and partitions), views, materialized views, foreign tables. */
    private static final String GRAPHQL_RELKINDS = "rvmf";

    private ApiLints() {
    }

    /** A view that runs as its caller: security_invoker set to a true value. */
    static boolean securityInvoker(LintRelation view) {
        return view.option("security_invoker").map(PostgresBoolean::isTrue).orElse(false);
    }

    static List<Finding> authUsersExposed(LintInput in) {
        boolean authUsersProtected = in.relation(AUTH_USERS).map(LintRelation::rowSecurity).orElse(false);
        return in.facts.relations().stream().filter(LintRelation::readsAuthUsers).filter(LintInput::apiCanSelect)
                .filter(r -> in.exposed(r.name().schema()))
                .filter(r -> r.relkind() == 'm' || (r.relkind() == 'v' && (!securityInvoker(r) || !authUsersProtected)))
                .map(r -> in.finding(Lint.AUTH_USERS_EXPOSED, in.object(r), "it reads auth.users and " + LintInput.apiRolesThatSelect(r)
                        + (r.relkind() == 'm' ? " (a materialized view has no row level security)"
                        : securityInvoker(r) ? " (it runs as its caller, but auth.users has no row level security)"
                        : " (it runs with its owner's rights)"))).toList();
    }

    static List<Finding> securityDefinerView(LintInput in) {
        return servedWithoutRowSecurity(in, 'v', Lint.SECURITY_DEFINER_VIEW, r -> !r.extensionOwned() && !securityInvoker(r));
    }

    static List<Finding> materializedViewInApi(LintInput in) {
        return servedWithoutRowSecurity(in, 'm', Lint.MATERIALIZED_VIEW_IN_API, r -> !r.extensionOwned());
    }

    static List<Finding> foreignTableInApi(LintInput in) {
        return servedWithoutRowSecurity(in, 'f', Lint.FOREIGN_TABLE_IN_API, r -> !r.extensionOwned());
    }

    /** Relations of one kind in an exposed (not platform) schema that anon or authenticated may select from. */
    private static List<Finding> servedWithoutRowSecurity(LintInput in, char relkind, Lint lint, java.util.function.Predicate<LintRelation> also) {
        return in.facts.relations().stream().filter(r -> r.relkind() == relkind).filter(LintInput::apiCanSelect)
                .filter(r -> in.exposed(r.name().schema())).filter(r -> !LintInput.platform(r.name().schema())).filter(also)
                .map(r -> in.finding(lint, in.object(r), LintInput.apiRolesThatSelect(r))).toList();
    }

    static List<Finding> pgGraphqlAnonTableExposed(LintInput in) {
        return graphqlVisible(in, Lint.PG_GRAPHQL_ANON_TABLE_EXPOSED, "anon", LintRelation::anonCanSelectAColumn);
    }

    static List<Finding> pgGraphqlAuthenticatedTableExposed(LintInput in) {
        return graphqlVisible(in, Lint.PG_GRAPHQL_AUTHENTICATED_TABLE_EXPOSED, "authenticated", LintRelation::authenticatedCanSelectAColumn);
    }

    /** GraphQL introspection shows a relation to a role that may select any one of its columns, whatever the schema. */
    private static List<Finding> graphqlVisible(LintInput in, Lint lint, String role, Function<LintRelation, Optional<Boolean>> selects) {
        return in.facts.relations().stream().filter(r -> GRAPHQL_RELKINDS.indexOf(r.relkind()) >= 0)
                .filter(r -> !LintInput.platform(r.name().schema())).filter(r -> selects.apply(r).orElse(false))
                .map(r -> in.finding(lint, in.object(r), role + " may select columns of it")).toList();
    }
}
