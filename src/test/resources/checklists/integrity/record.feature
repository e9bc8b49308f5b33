Feature: Row counts recorded before the cutover

  Scenario: Record the source's counts
    When the row counts of tables matching "trackpay_%" in "staging" are recorded as "pre-cutover"
