Feature: A Liquibase change set edited after it was applied

  Scenario: The applied migrations match the files
    Given the database "pr"
    Then the applied migrations match the files in "target/migration-tests/liquibase-edited"
