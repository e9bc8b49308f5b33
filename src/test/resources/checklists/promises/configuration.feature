@promises
Feature: Addresses and settings that are wrong say what is wrong, as configuration

  Scenario: a host name that does not resolve
    Given the database "unknownhost"
    Then the table "trackpay_users" exists

  Scenario: a port that is not a number
    Given the database "badport"
    Then the table "trackpay_users" exists

  Scenario: a raw at sign in the password
    Given the database "rawat"
    Then the table "trackpay_users" exists
