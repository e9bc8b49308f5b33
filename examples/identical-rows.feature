@trackpay @data
Feature: TrackPay rows (seed 000: Step 7 "Verify row counts match staging", beyond counts)

  Scenario: Production holds exactly the rows staging holds, table by table, key by key
    Then the rows of every table matching "trackpay_%" are identical in "demo-staging" and "demo-production"
