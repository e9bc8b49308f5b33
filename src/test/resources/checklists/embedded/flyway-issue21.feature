Feature: Issue 21: a U file, a lowercase v file and a subfolder named like a version, read as Flyway reads them

  Scenario: The files match the history Flyway wrote
    Given the database "pr"
    Then the applied migrations match the files in "src/test/resources/migrations/flyway-issue21"
    And these migrations are applied:
      | version |
      | 1       |
      | 2       |
    And the table "c" does not exist
    And the table "fake_views" does not exist
