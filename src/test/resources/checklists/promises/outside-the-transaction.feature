@promises
Feature: SQL a checklist writes cannot reach outside the verifier's read-only transaction

  Background:
    Given the database "hostile"

  Scenario: a condition that writes through dblink is refused
    Then no row of "trackpay_users" satisfies "dblink_exec('${DBLINK_TARGET}', 'insert into public.escape_log(msg) values (''condition'')') is null"

  Scenario: a where condition that takes an advisory lock is refused
    Then "trackpay_users.email" has no duplicate values where "pg_advisory_lock(42) is not null"

  Scenario: a query that ends another session is refused
    When I query:
      """
      select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = 'victim'
      """
    Then the result is:
      | count |
      | 1     |

  Scenario: a query that takes a session-level advisory lock is refused
    When I query:
      """
      select pg_advisory_lock(42)
      """
    Then the result has 1 row

  Scenario: a query through a PL/pgSQL wrapper around dblink_exec is refused
    When I query:
      """
      select public.log_elsewhere('${DBLINK_TARGET}')
      """
    Then the result has 1 row

  Scenario: a query as a role through a SQL wrapper around dblink_exec is refused
    Given I act as the role "authenticated"
    When I query:
      """
      select public.log_elsewhere_sql('${DBLINK_TARGET}')
      """
    Then the result has 1 row

  Scenario: calling the wrapper by name is refused too
    When I call "log_elsewhere('${DBLINK_TARGET}')"
    Then the call succeeds

  Scenario: a name in a string or a comment is no call, and the functions a checklist uses work
    When I query:
      """
      select count(*) as users, 'dblink_exec(x)' as note /* pg_terminate_backend(1) */,
             now() <= clock_timestamp() as ordered, gen_random_uuid() is not null as uuid, random() < 1 as random
        from trackpay_users
      """
    Then the result is:
      | users | note           | ordered | uuid | random |
      | 6     | dblink_exec(x) | true    | true | true   |
    And no row of "trackpay_users" satisfies "email not like '%@%' or created_at > now() + interval '1 day'"
