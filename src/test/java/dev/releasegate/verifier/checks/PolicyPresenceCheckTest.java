package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Policy;
import dev.releasegate.verifier.catalog.PolicyCommand;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.Relation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyPresenceCheckTest {

    private static Relation table(String name, boolean rls) {
        return new Relation(new QualifiedName("public", name), Relation.Kind.TABLE, rls, false, "postgres");
    }

    private static Policy policy(String table, String name) {
        return new Policy(new QualifiedName("public", table), name, PolicyCommand.SELECT, List.of("authenticated"), true, "true", null);
    }

    @Test
    void passesWhenEveryProtectedTableHasAPolicy() {
        Verdict v = PolicyPresenceCheck.everyProtectedTableHasOne("in schema public",
                List.of(table("a", true), table("b", false)), List.of(policy("a", "a_read")), "production");
        assertThat(v.passed()).isTrue();
        assertThat(v.table().rows()).hasSize(1);
    }

    @Test
    void namesEveryProtectedTableWithoutAPolicy() {
        Verdict v = PolicyPresenceCheck.everyProtectedTableHasOne("in schema public",
                List.of(table("a", true), table("audit", true), table("logs", true)), List.of(policy("a", "a_read")), "production");
        assertThat(v.message()).startsWith("""
                policies of tables with row level security enabled in schema public in production: 2 problems
                  table audit: row level security is enabled but it has no policy, so nobody but its owner (and roles that bypass row level security) can read or write it
                  table logs: row level security is enabled but it has no policy, so nobody but its owner (and roles that bypass row level security) can read or write it""");
    }

    @Test
    void noProtectedTableIsAFailureNotAVacuousPass() {
        Verdict v = PolicyPresenceCheck.everyProtectedTableHasOne("in schema public", List.of(table("b", false)), List.of(), "production");
        assertThat(v.message()).isEqualTo("policies of tables with row level security enabled in schema public in production: 1 problem\n"
                + "  tables with row level security enabled in schema public: none found, so no policy could be checked");
    }
}
