Feature: Duplicates counted over every row, deleted ones too

  Scenario: No duplicate emails at all
    Given the database "production"
    Then "users.email" has no duplicate values
