package dev.releasegate.verifier.checks;

import dev.releasegate.verifier.catalog.Function;
import dev.releasegate.verifier.catalog.ObjectName;
import dev.releasegate.verifier.catalog.Privilege;
import dev.releasegate.verifier.catalog.QualifiedName;
import dev.releasegate.verifier.catalog.RelationPrivileges;
import dev.releasegate.verifier.outcome.ChecklistBroken;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivilegeCheckTest {

    private static final Set<Privilege> TABLE_ALL = EnumSet.of(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE, Privilege.DELETE,
            Privilege.TRUNCATE, Privilege.REFERENCES, Privilege.TRIGGER, Privilege.MAINTAIN);
    private static final Function RPC = new Function(42, new QualifiedName("public", "delete_client_relationship_safely"), List.of("uuid"),
            "p_client_id uuid", "void", "plpgsql", true, List.of(), "", "f");

    private static RelationPrivileges table(String name, Privilege... granted) {
        return new RelationPrivileges(new QualifiedName("public", name), "table",
                granted.length == 0 ? EnumSet.noneOf(Privilege.class) : EnumSet.of(granted[0], granted), TABLE_ALL);
    }

    private static PrivilegeCheck.Facts facts(Map<String, List<RelationPrivileges>> relations, Map<String, Set<Long>> executable) {
        return new PrivilegeCheck.Facts(role -> relations.getOrDefault(role, List.of()), role -> executable.getOrDefault(role, Set.of()),
                () -> List.of(RPC), Set.of("anon", "authenticated", "service_role"), "production");
    }

    private static PrivilegeExpectation row(String object, String role, Set<Privilege> privileges, boolean all) {
        return new PrivilegeExpectation(ObjectName.parse(object, "public"), role, privileges, all);
    }

    @Test
    void privilegesAreAtLeastTheseAndAllMeansEveryApplicableOne() {
        Map<String, List<RelationPrivileges>> relations = Map.of(
                "authenticated", List.of(table("trackpay_users", Privilege.UPDATE, Privilege.SELECT, Privilege.INSERT)),
                "service_role", List.of(table("trackpay_users", TABLE_ALL.toArray(Privilege[]::new))));
        Verdict v = PrivilegeCheck.granted(List.of(
                        row("trackpay_users", "authenticated", EnumSet.of(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE), false),
                        row("trackpay_users", "service_role", Set.of(), true),
                        row("delete_client_relationship_safely(uuid)", "authenticated", EnumSet.of(Privilege.EXECUTE), false)),
                facts(relations, Map.of("authenticated", Set.of(42L), "service_role", Set.of())));
        assertThat(v.passed()).as(v.message()).isTrue();
    }

    @Test
    void reportsMissingExtraAndAbsentInEveryRow() {
        Map<String, List<RelationPrivileges>> relations = Map.of("anon", List.of(table("trackpay_users", Privilege.SELECT, Privilege.DELETE)));
        Verdict v = PrivilegeCheck.granted(List.of(
                        row("trackpay_users", "anon", EnumSet.of(Privilege.SELECT, Privilege.INSERT), false),
                        row("delete_client_relationship_safely", "anon", EnumSet.of(Privilege.EXECUTE), false),
                        row("trackpay_ghosts", "anon", EnumSet.of(Privilege.SELECT), false)),
                facts(relations, Map.of("anon", Set.of())));
        assertThat(v.message()).startsWith("""
                privileges in production: 3 problems
                  role anon on trackpay_users: has SELECT, DELETE, expected at least SELECT, INSERT; lacks INSERT
                  role anon on delete_client_relationship_safely(uuid): has none, expected at least EXECUTE
                  trackpay_ghosts: does not exist""");
    }

    @Test
    void moreGrantedThanListedPasses() {
        // what a Supabase project does by default: authenticated holds every table privilege
        Map<String, List<RelationPrivileges>> relations = Map.of("authenticated", List.of(table("trackpay_users", TABLE_ALL.toArray(Privilege[]::new))));
        Verdict v = PrivilegeCheck.granted(List.of(row("trackpay_users", "authenticated", EnumSet.of(Privilege.SELECT), false)),
                facts(relations, Map.of()));
        assertThat(v.passed()).as(v.message()).isTrue();
        assertThat(v.table().render()).contains("| ok | trackpay_users | authenticated | SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES,"
                + " TRIGGER, MAINTAIN | at least SELECT |");
    }

    @Test
    void exactlyReportsWhatIsLackingAndWhatIsMore() {
        Map<String, List<RelationPrivileges>> relations = Map.of("authenticated", List.of(table("trackpay_users", Privilege.SELECT, Privilege.DELETE)));
        Verdict v = PrivilegeCheck.exactly(row("trackpay_users", "authenticated", EnumSet.of(Privilege.SELECT, Privilege.INSERT), false),
                facts(relations, Map.of()));
        assertThat(v.category()).isEqualTo(dev.releasegate.verifier.outcome.FailureCategory.SECURITY);
        assertThat(v.message()).isEqualTo("""
                privileges of role authenticated on trackpay_users in production: 1 problem
                  role authenticated on trackpay_users: has SELECT, DELETE, expected exactly SELECT, INSERT; lacks INSERT; also has DELETE

                |            | object         | role          | privileges     | expected               |
                | XX differs | trackpay_users | authenticated | SELECT, DELETE | exactly SELECT, INSERT |""");
        Verdict same = PrivilegeCheck.exactly(row("trackpay_users", "authenticated", EnumSet.of(Privilege.DELETE, Privilege.SELECT), false),
                facts(relations, Map.of()));
        assertThat(same.passed()).as(same.message()).isTrue();
        Verdict all = PrivilegeCheck.exactly(row("trackpay_users", "authenticated", Set.of(), true), facts(relations, Map.of()));
        assertThat(all.message()).contains("has SELECT, DELETE, expected exactly SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES,"
                + " TRIGGER, MAINTAIN; lacks INSERT, UPDATE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN");
        Verdict ghost = PrivilegeCheck.exactly(row("trackpay_ghosts", "authenticated", EnumSet.of(Privilege.SELECT), false), facts(relations, Map.of()));
        assertThat(ghost.message()).contains("trackpay_ghosts: does not exist");
    }

    @Test
    void aTablePrivilegeOnAFunctionIsABrokenChecklist() {
        assertThatThrownBy(() -> PrivilegeCheck.granted(List.of(row("delete_client_relationship_safely(uuid)", "anon",
                        EnumSet.of(Privilege.SELECT), false)), facts(Map.of("anon", List.of()), Map.of("anon", Set.of()))))
                .isInstanceOf(ChecklistBroken.class)
                .hasMessage("SELECT cannot be granted on delete_client_relationship_safely(uuid): use EXECUTE or ALL");
    }

    @Test
    void noPrivilegesReportsEachOneHeld() {
        Verdict v = PrivilegeCheck.none(row("trackpay_payments", "anon", Set.of(), false),
                facts(Map.of("anon", List.of(table("trackpay_payments", Privilege.SELECT, Privilege.TRUNCATE))), Map.of("anon", Set.of())));
        assertThat(v.message()).startsWith("""
                privileges of role anon on trackpay_payments in production: 2 problems
                  role anon on trackpay_payments: has SELECT (check grants to the role, to PUBLIC, to roles it is a member of, and default privileges)
                  role anon on trackpay_payments: has TRUNCATE (check grants to the role, to PUBLIC, to roles it is a member of, and default privileges)""");
    }

    @Test
    void noPrivilegesPassesOnANakedTableAndOnAFunctionItCannotExecute() {
        assertThat(PrivilegeCheck.none(row("trackpay_payments", "anon", Set.of(), false), facts(Map.of("anon", List.of(table("trackpay_payments"))),
                Map.of("anon", Set.of()))).passed()).isTrue();
        assertThat(PrivilegeCheck.none(row("delete_client_relationship_safely(uuid)", "anon", Set.of(), false),
                facts(Map.of("anon", List.of()), Map.of("anon", Set.of()))).passed()).isTrue();
        assertThat(PrivilegeCheck.none(row("delete_client_relationship_safely(uuid)", "anon", Set.of(), false),
                facts(Map.of("anon", List.of()), Map.of("anon", Set.of(42L)))).message())
                .contains("role anon on delete_client_relationship_safely(uuid): has EXECUTE");
    }

    @Test
    void unknownPrivilegeWordsListTheAcceptedOnes() {
        assertThatThrownBy(() -> Privilege.parseList("SELECT, READ", Set.of()))
                .hasMessage("unknown privilege 'READ': use one of SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, MAINTAIN,"
                        + " USAGE, CREATE, EXECUTE, ALL");
    }
}
