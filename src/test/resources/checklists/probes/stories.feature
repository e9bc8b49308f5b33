Feature: Scenario transactions, set-up and expected errors: each sentence passing, failing and broken

  Background:
    Given the database "production"

  @writes
  Scenario: inserted, updated, deleted and called, all in one transaction - passes
    Given the user "ann@tx.example" exists
    And these rows exist in "trackpay_users":
      | id                                   | auth_user_id                    | email          | name | role     |
      | f0000000-0000-4000-8000-000000000001 | the id of user "ann@tx.example" | ann@tx.example | Ann  | provider |
    When I query:
      """
      update trackpay_users set name = 'Annie' where email = 'ann@tx.example' returning name
      """
    Then the result is:
      | name  |
      | Annie |
    When I query:
      """
      delete from trackpay_activities where id = '60000000-0000-4000-8000-000000000012'
      """
    Given I act as the "authenticated" user "7d9c0b7e-2222-4c4f-9a52-3b0e2f1d0a22"
    When I call "delete_client_relationship_safely('10000000-0000-4000-8000-000000000004')"
    Then the call succeeds
    Given I act as the user "ann@tx.example"
    Then I see 1 row in "trackpay_users"

  @writes
  Scenario: a scenario that fails half-way - fails
    Given these rows exist in "trackpay_users":
      | id                                   | email           | name | role   |
      | f0000000-0000-4000-8000-000000000002 | half@tx.example | Half | client |
    When I query:
      """
      select count(*) as users from trackpay_users where email = 'half@tx.example'
      """
    Then the result is:
      | users |
      | 2     |
    When I query:
      """
      delete from trackpay_invites
      """

  @writes
  Scenario: expected errors - pass
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('x@tx.example', 'X', 'admin')
      """
    Then it fails
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('x@tx.example', 'X', 'admin')
      """
    Then it fails with SQLSTATE "23514"
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('y@tx.example', 'Y', 'client') returning name
      """
    Then the result is:
      | name |
      | Y    |

  @writes
  Scenario: a statement expected to fail that succeeds - fails
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('ok@tx.example', 'Ok', 'client')
      """
    Then it fails with "violates check constraint"

  @writes
  Scenario: a statement that fails otherwise - fails, showing both errors
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('x@tx.example', 'X', 'admin')
      """
    Then it fails with "duplicate key value"

  @writes
  Scenario: another SQLSTATE - fails
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('x@tx.example', 'X', 'admin')
      """
    Then it fails with SQLSTATE "23505"

  Scenario: a call expected to fail that succeeds - fails
    Given I act as the role "authenticated"
    When I call "auth.uid()"
    Then it fails

  Scenario: reading denied with the schema's message - passes
    Given I act as the role "anon"
    Then reading "secret.notes" is denied with "permission denied for schema secret"

  Scenario: reading denied with, where the role may read - fails
    Given I act as the role "anon"
    Then reading "trackpay_users" is denied with "permission denied"

  @writes
  Scenario: a failure no step expected, as the last step - broken
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('x@tx.example', 'X', 'admin')
      """

  @writes
  Scenario: a failure no step expected, then another step - broken
    Given these rows exist in "trackpay_users":
      | email            | name | role  |
      | bad@tx.example   | Bad  | admin |
    When I query:
      """
      select 1 as one
      """

  Scenario: set-up without @writes - broken
    Given the user "ann@tx.example" exists

  @writes
  Scenario: acting as a user no step created - broken
    Given I act as the user "nobody@tx.example"

  @writes
  Scenario: rows in a table that does not exist - fails
    Given these rows exist in "trackpay_customers":
      | id |
      | 1  |

  @writes
  Scenario: a user where there is no Supabase Auth - broken
    Given the database "plain"
    And the user "ann@tx.example" exists

  Scenario: it fails with no statement before it - broken
    Then it fails
