Feature: A Flyway migration edited after it was applied

  Scenario: The applied migrations match the files
    Given the database "pr"
    Then the applied migrations match the files in "target/migration-tests/flyway-edited"
