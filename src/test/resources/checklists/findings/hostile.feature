Feature: A table named like an injection is only ever a name

  Background:
    Given the database "production"

  Scenario: the finding names it exactly
    Then the database has no security findings at level ERROR or above

  Scenario: an exception names it in double quotes
    Then the database has no security findings at level ERROR or above, except:
      | finding                | object                               | reason                          |
      | rls_disabled_in_public | "we""ird; drop table public.items; --" | a test table with a hostile name |
