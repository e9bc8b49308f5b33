Feature: A table named like an SQL injection is checked as a name, never run as SQL

  Background:
    Given the database "production"

  Scenario: Existence, row counts and row level security of x"; drop table y; --
    Then these tables exist:
      | table                |
      | x"; drop table y; -- |
      | y                    |
    And the table "${SEC_INJECTION_TABLE}" exists
    And these row counts hold:
      | table                | rows |
      | x"; drop table y; -- | 3    |
      | y                    | 2    |
    And the table "${SEC_INJECTION_TABLE}" has 3 rows
    And row level security is enabled on these tables:
      | table                |
      | x"; drop table y; -- |
    And row level security is enabled on "${SEC_INJECTION_TABLE}"
    And every table with row level security enabled has at least one policy
    And the role "anon" has no privileges on "${SEC_INJECTION_TABLE}"
    And these privileges are granted:
      | object               | role     | privileges |
      | x"; drop table y; -- | postgres | ALL        |
