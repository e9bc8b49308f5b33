Feature: One item, read as whoever the database is configured with

  Scenario: The users table exists
    Given the database "production"
    Then the table "trackpay_users" exists
