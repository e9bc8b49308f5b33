Feature: Row counts after the cutover equal the record

  Scenario: Production holds what staging held
    Then the row counts of tables matching "trackpay_%" in "production" equal the record "pre-cutover"
