@promises
Feature: A statement timeout that is not a positive number of milliseconds

  Scenario: the setting is named where it is read
    Given the database "timed"
    Then the table "trackpay_users" exists
