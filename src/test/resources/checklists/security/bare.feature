Feature: Security and platform sentences on a plain PostgreSQL database say what is absent

  Background:
    Given the database "production"

  Scenario: No storage schema
    Then these storage buckets exist:
      | bucket  | public |
      | avatars | yes    |

  Scenario: No pg_cron in a plain database
    Then these scheduled jobs exist:
      | job     |
      | cleanup |

  Scenario: No sequences
    Then every sequence in schema "public" is ahead of its column's highest value

  Scenario: No foreign keys
    Then every foreign key in schema "public" is covered by an index

  Scenario: No triggers
    Then every trigger on tables matching "%" is enabled

  Scenario: Protected tables with policies
    Then every table with row level security enabled has at least one policy
