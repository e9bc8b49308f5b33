Feature: A record of nothing is not made

  Scenario: Record tables that do not exist
    When the row counts of tables matching "nothing_here_%" in "staging" are recorded as "empty"

  Scenario: Compare with a record that was never made
    Then the row counts of tables matching "trackpay_%" in "production" equal the record "never-made"

  Scenario: A record name that leaves the folder
    When the row counts of tables matching "trackpay_%" in "staging" are recorded as "../outside"
