Feature: A migration that fails stops its database, and only its database

  Scenario: A checklist item on the broken database
    Given the database "pr"
    Then the table "invoices" exists

  Scenario: A checklist item on a healthy database of the same run
    Given the database "main"
    Then the table "invoices" exists

  Scenario: A checklist item on a database whose extension is missing
    Given the database "vectors"
    Then the table "documents" exists
