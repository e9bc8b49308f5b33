Feature: The schemas the API exposes

  Background:
    Given the database "production"

  Scenario: errors in the exposed schemas
    Then the database has no security findings at level ERROR or above
