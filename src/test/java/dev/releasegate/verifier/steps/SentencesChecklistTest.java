package dev.releasegate.verifier.steps;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's sentences: the seed 004 example passes on its demonstration databases; on a careless cutover each
 * sentence is false and says exactly what is wrong; hostile names, conditions, expressions, queries and numbers are
 * quoted, refused before anything is sent, or described by the server first.
 */
class SentencesChecklistTest {

    private static final String BASE = "demo/supabase-base.sql";
    private static String before;
    private static String after;
    private static String broken;
    private static String source;
    private static String copy;

    @BeforeAll
    static void databases() {
        before = Checklists.database("s17_before", BASE, "demo/bistro-before.sql");
        after = Checklists.database("s17_after", BASE, "demo/bistro-after.sql");
        broken = Checklists.database("s17_broken", BASE, "demo/bistro-after.sql", "sql/sentences/bistro-broken-after.sql");
        source = Checklists.database("s17_source", BASE, "sql/sentences/hostile.sql");
        copy = Checklists.database("s17_copy", BASE, "sql/sentences/hostile.sql", "sql/sentences/hostile-copy.sql");
    }

    @Test
    void theSeed004ExamplePassesOnItsDemo() {
        Checklists.Outcome outcome = Checklists.run(Map.of("demo-bistro-before", before, "demo-bistro-after", after),
                "examples/bistro-platform-migration.feature");
        assertThat(outcome.scenarios()).hasSize(7);
        assertThat(outcome.allMessages()).isEmpty();
    }

    @Test
    void rowsLostAcrossDatabasesAreNamedByKey() {
        Checklists.Outcome outcome = wrong();
        assertThat(outcome.scenario("A customer is lost").message()).isEqualTo("""
                rows of customers in bistro-before still in bistro-after: 1 problem
                  table customers: 1 row of bistro-before is not in bistro-after (key 4)

                |            | table     | bistro-before | bistro-after | missing |
                | XX missing | customers | 8             | 7            | 1       |""");
        assertThat(outcome.scenario("Real bookings are lost, test bookings excepted").message()).isEqualTo("""
                rows of reservations in bistro-before still in bistro-after, except rows where status = 'test': 1 problem
                  table reservations: 3 rows of bistro-before are not in bistro-after (keys 3, 11, 30)

                |            | table        | bistro-before | bistro-after | missing | excepted in bistro-before |
                | XX missing | reservations | 38            | 37           | 3       | 2                         |""");
        // booking 30 was cancelled, so excused; the purged test bookings 7 and 19 are not
        assertThat(outcome.scenario("An exception for other rows does not excuse the purged test bookings").message())
                .contains("table reservations: 4 rows of bistro-before are not in bistro-after (keys 3, 7, 11, 19)");
        assertThat(outcome.scenario("Row counts of listed tables").message()).isEqualTo("""
                row counts of the tables listed in bistro-before and bistro-after: 2 problems
                  table customers: 8 rows in bistro-before, 7 in bistro-after (-1)
                  table no_such: exists in neither bistro-before nor bistro-after

                |            | table       | bistro-before | bistro-after | difference |
                | XX differs | customers   | 8             | 7            | -1         |
                | ok         | restaurants | 3             | 3            | 0          |
                | XX missing | no_such     | (no table)    | (no table)   |            |""");
    }

    @Test
    void aQuerysResultIsComparedSideBySideWithinItsTolerance() {
        Checklists.Outcome outcome = wrong();
        assertThat(outcome.scenario("The totals moved").message()).isEqualTo("""
                result of the query in bistro-before and bistro-after: 2 problems
                  row (status cancelled): reservations is 8 in bistro-before, 7 in bistro-after (-12.50%); revenue is 835.00 in bistro-before, 702.50 in bistro-after (-15.87%)
                  row (status completed): reservations is 30 in bistro-before, 28 in bistro-after (-6.67%); revenue is 2902.50 in bistro-before, 2810.00 in bistro-after (-3.19%)

                |            | status    | reservations in bistro-before | reservations in bistro-after | revenue in bistro-before | revenue in bistro-after |
                | XX differs | cancelled | 8                             | 7                            | 835.00                   | 702.50                  |
                | XX differs | completed | 30                            | 28                           | 2902.50                  | 2810.00                 |""");
        // within 5%, completed revenue (-3.19%) is no longer a problem; its count (-6.67%) still is
        assertThat(outcome.scenario("The totals moved more than the tolerance").message()).startsWith("""
                result of the query in bistro-before and bistro-after (numbers within 5%): 2 problems
                  row (status cancelled): reservations is 8 in bistro-before, 7 in bistro-after (-12.50%), more than 5%; revenue is 835.00 in bistro-before, 702.50 in bistro-after (-15.87%), more than 5%
                  row (status completed): reservations is 30 in bistro-before, 28 in bistro-after (-6.67%), more than 5%
                """);
    }

    @Test
    void matchesCountsUniquenessFreshnessAndPrivilegesSayWhatIsWrong() {
        Checklists.Outcome outcome = wrong();
        assertThat(outcome.scenario("A customer without a diner").message()).isEqualTo("""
                rows of customers where email is not null with a matching diners on diners.email = lower(customers.email) in bistro-after: 1 problem
                  customers -> diners: 1 row where email is not null has no matching diners row on diners.email = lower(customers.email)

                |            | id | restaurant_id | email             | name      | phone    | password | preferences       | created_at             |
                | XX missing | 5  | 2             | chidi@example.com | Chidi Eze | 555-1003 | null     | {"diet": "vegan"} | 2024-04-07 18:00:00+00 |""");
        assertThat(outcome.scenario("An owner that is no user").message()).startsWith("""
                rows of restaurants where onboarding_status = 'ACTIVE' with a matching users on users.email = restaurants.owner_email in bistro-after: 1 problem
                  restaurants -> users: 1 row where onboarding_status = 'ACTIVE' has no matching users row on users.email = restaurants.owner_email
                """).contains("| XX missing | 2  | Green Table |").contains("| owner@green-tabel.test |");
        assertThat(outcome.scenario("A subscription of an inactive restaurant").message()).startsWith("""
                rows of subscriptions with a matching restaurants on restaurants.id = subscriptions.restaurant_id and restaurants.is_active in bistro-after: 1 problem
                  subscriptions -> restaurants: 1 row has no matching restaurants row on restaurants.id = subscriptions.restaurant_id and restaurants.is_active
                """).contains("| XX missing | 3  | 3             | PROFESSIONAL |");
        assertThat(outcome.scenario("Diners and distinct customer emails").message()).isEqualTo("""
                the number of rows of diners equals the number of distinct lower(email) in customers where email is not null in bistro-after: 1 problem
                  counts: the number of rows of diners is 6, but the number of distinct lower(email) in customers where email is not null is 5

                |            | the number of rows of diners | the number of distinct lower(email) in customers where email is not null |
                | XX differs | 6                            | 5                                                                        |""");
        assertThat(outcome.scenario("Subscriptions and active restaurants").message()).contains(
                "counts: the number of rows of subscriptions is 3, but the number of rows of restaurants where is_active is 2");
        assertThat(outcome.scenario("Diner emails, case ignored").message()).isEqualTo("""
                duplicate values of lower(email) in diners in bistro-after: 1 problem
                  lower(email) in diners: 1 value appears in more than one row

                |               | value           | rows |
                | XX unexpected | eve@example.com | 3    |""");
        assertThat(outcome.scenario("Diner emails, case ignored, among verified diners").message())
                .contains("lower(email) in diners: 1 value appears in more than one row where is_verified");
        assertThat(outcome.scenario("The release's foreign keys").message()).isEqualTo("""
                indexes behind foreign keys from tables matching diner_% in bistro-after: 1 problem
                  diner_restaurant_profiles.restaurant_id -> restaurants: no index on (restaurant_id)

                |            | foreign key                                            | columns       | index                                                |
                | ok         | diner_restaurant_profiles.diner_id -> diners           | diner_id      | diner_restaurant_profiles_diner_id_restaurant_id_key |
                | XX missing | diner_restaurant_profiles.restaurant_id -> restaurants | restaurant_id |                                                      |""");
        assertThat(outcome.scenario("No booking since the cutover").message())
                .startsWith("the newest created_at in reservations in bistro-after: 1 problem\n  reservations.created_at: the newest is ")
                .contains(", 3 days old at ").contains(" (the server's clock), expected at most 2 hours\n");
        assertThat(outcome.scenario("Exactly SELECT and INSERT").message()).isEqualTo("""
                privileges of role authenticated on diners in bistro-after: 1 problem
                  role authenticated on diners: has SELECT, INSERT, UPDATE, expected exactly SELECT, INSERT; also has UPDATE

                |            | object | role          | privileges             | expected               |
                | XX differs | diners | authenticated | SELECT, INSERT, UPDATE | exactly SELECT, INSERT |""");
        assertThat(outcome.scenario("At least UPDATE and DELETE").message()).contains(
                "role authenticated on diners: has SELECT, INSERT, UPDATE, expected at least UPDATE, DELETE; lacks DELETE");
        assertThat(outcome.failed()).hasSameSizeAs(outcome.scenarios());
    }

    @Test
    void hostileNamesAreQuotedAndKeysFollowedAcrossATypeChange() {
        Checklists.Outcome outcome = hostile();
        assertThat(outcome.scenario("Quoted names and a condition with quotes").passed()).isTrue();
        assertThat(outcome.scenario("Matching on quoted names").passed()).isTrue();
        assertThat(outcome.scenario("Exactly ALL").passed()).isTrue();
        assertThat(outcome.scenario("Foreign keys of quoted tables").passed()).isTrue();
        // integer before, bigint after: the keys are followed by their text, and the lost one is found among 5,000
        assertThat(outcome.scenario("A key whose type changed between the databases").message()).isEqualTo("""
                rows of bookings; drop table x in source still in copy: 1 problem
                  table bookings; drop table x: 1 row of source is not in copy (key 2500)

                |            | table                  | source | copy | missing |
                | XX missing | bookings; drop table x | 5000   | 5001 | 1       |""");
        assertThat(outcome.scenario("A table without a primary key").message()).isEqualTo("""
                rows of no_key in source still in copy: 1 problem
                  table no_key: has no primary key in source, so its rows cannot be followed by key: add a primary key, or compare\
                 counts with: the row counts of these tables are equal in "source" and "copy":""");
        assertThat(outcome.scenario("An empty source proves nothing").message()).contains(
                "table empty_things: has no rows in source, so no row was followed: an empty source proves nothing");
        assertThat(outcome.scenario("An exception that excuses nothing").message()).contains(
                "except rows where note = 'o''brien': excuses nothing (no row of bookings; drop table x in source satisfies it): remove"
                        + " or correct the row, a stale exception would hide the next regression");
        assertThat(outcome.scenario("An expression with quotes").message()).contains(
                "lower(\"e-mail\") in Guest 'List': 1 value appears in more than one row").contains("| XX unexpected | o'brien@example.com | 2    |");
        assertThat(outcome.scenario("Counts with quoted names").message()).contains("counts: the number of rows of visits & more where"
                + " \"Guest Id\" is not null is 3, but the number of distinct \"Guest Id\" in Guest 'List' where \"e-mail\" is not null is 2");
        assertThat(outcome.scenario("A query whose rows differ").message()).isEqualTo("""
                result of the query in source and copy: 1 problem
                  row (e-mail null): in source only: Guest Id 3, e-mail null

                |            | Guest Id in source | Guest Id in copy | e-mail              |
                | ok         | 1                  | 1                | o'brien@example.com |
                | ok         | 2                  | 2                | O'Brien@Example.com |
                | XX missing | 3                  |                  | null                |""");
        assertThat(outcome.scenario("A query that returns nothing compares nothing").message()).contains(
                "the result: is empty in both databases, so nothing was compared");
        assertThat(outcome.scenario("A tolerance of 0% is exact").message()).contains(
                "row 1 of source: bookings is 5000 in source, 5001 in copy (+0.02%), more than 0%");
        assertThat(outcome.scenario("Freshness of an empty table").message()).contains(
                "empty_things.created_at: no row holds a value, so nothing is at most 2 hours old");
        assertThat(outcome.scenario("Freshness of a quoted column").message()).contains(
                "Guest 'List'.Created At: the newest is 2025-01-03 10:00:00+00, ").contains("expected at most 1 day");
        assertThat(outcome.scenario("Foreign keys of a pattern that matches nothing").message()).contains(
                "foreign keys from tables matching nothing_%: none found, so no index could be checked");
    }

    @Test
    void hostileConditionsExpressionsQueriesAndNumbersAreRefusedOrDescribedFirst() {
        Checklists.Outcome outcome = hostile();
        assertThat(outcome.scenario("A condition with two statements is refused").message()).isEqualTo(
                "the condition \"true; delete from bookings\" holds a ';': write one boolean expression, such as \"amount > 0\", not statements");
        assertThat(outcome.scenario("A condition naming an unknown column").message()).isEqualTo(
                "the condition \"cancelled\" is not a boolean expression over bookings; drop table x in source: column \"cancelled\" does not exist");
        assertThat(outcome.scenario("A match condition naming a column that is not there").message()).isEqualTo(
                "the condition \"\"Guest 'List'\".x = 1\" is not a boolean expression over visits & more and Guest 'List' in source:"
                        + " column Guest 'List'.x does not exist");
        assertThat(outcome.scenario("A match condition naming a table with a semicolon is refused").message()).startsWith(
                "the condition \"\"bookings; drop table x\".id = \"visits & more\".id\" holds a ';'");
        assertThat(outcome.scenario("Matching a table against itself").message()).isEqualTo("rows of empty_things matched against"
                + " empty_things itself: a condition naming empty_things could not tell the row from its match; match against another table");
        assertThat(outcome.scenario("A match condition that is not boolean").message()).isEqualTo(
                "the condition \"note\" is not a boolean expression over Guest 'List' and visits & more in source: it gives a value of"
                        + " type text; write a comparison, such as \"amount > 0\"");
        assertThat(outcome.scenario("An expression with a semicolon is refused").message()).isEqualTo(
                "the expression \"lower(note); drop table x\" holds a ';': write one expression, such as \"lower(email)\", not statements");
        assertThat(outcome.scenario("An expression with a comment is refused").message()).isEqualTo(
                "the expression \"lower(note) -- and more\" holds a comment marker (--, /* or */): write one expression, such as \"lower(email)\"");
        assertThat(outcome.scenario("An expression that writes cannot run in a read-only transaction").message()).contains(
                "nextval('counter')").contains("read-only");
        assertThat(outcome.scenario("An expression over an unknown column").message()).isEqualTo(
                "the expression \"lower(email)\" is not an expression over bookings; drop table x in source: column \"email\" does not exist");
        assertThat(outcome.scenario("A query that writes is refused").message()).contains("nothing was sent");
        assertThat(outcome.scenario("A query of two statements is refused").message()).isEqualTo("the query holds 2 statements: write"
                + " exactly one read-only statement (select, with, values, table, show, explain); nothing was sent");
        assertThat(outcome.scenario("Freshness of a column that is no time").message()).isEqualTo(
                "column bookings; drop table x.note is text, not a time: name a timestamp or date column, such as \"created_at\"");
        assertThat(outcome.scenario("Freshness with a huge number").message()).isEqualTo(
                "'99999999999999 hours' is longer than this verifier checks: write at most 1000 years");
        assertThat(outcome.scenario("Unknown privilege words").message()).startsWith("unknown privilege 'DROP': use one of SELECT, INSERT,");
        for (String refused : new String[] {"A condition with two statements is refused", "A match condition naming a table with a semicolon is refused",
                "An expression with a semicolon is refused", "A query that writes is refused", "A query of two statements is refused"}) {
            assertThat(outcome.scenario(refused).failure()).as(refused).isNotInstanceOf(ChecklistItemFailed.class);
        }
    }

    private static Checklists.Outcome wrong() {
        return Checklists.run(Map.of("bistro-before", before, "bistro-after", broken), "checklists/sentences/bistro-wrong.feature");
    }

    private static Checklists.Outcome hostile() {
        return Checklists.run(Map.of("source", source, "copy", copy), "checklists/sentences/hostile.feature");
    }
}
