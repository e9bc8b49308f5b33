Feature: A plain folder of .sql files, applied in name order with no history

  Scenario: Files with their own transactions and a concurrent index
    Given the database "pr"
    Then the table "accounts" has 3 rows
    And these indexes exist:
      | table    | index                | columns | unique |
      | accounts | accounts_balance_idx | balance | no     |
    And the table "flyway_schema_history" does not exist
    And the table "_prisma_migrations" does not exist
