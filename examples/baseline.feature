@trackpay @data @baseline
Feature: Row counts after the cutover equal the counts recorded before it (seed 000, Step 1 and Step 7)
  The record baselines/trackpay-demo-pre-cutover.json was made once, from the demonstration "demo-staging", with
    When the row counts of tables matching "trackpay_%" in "demo-staging" are recorded as "trackpay-demo-pre-cutover"
  and committed as evidence. That step is not part of this checklist: a record is never replaced silently, so
  it would be refused in every run after the first. A real cutover records in the run before it (or in a
  separate job) and compares in the run after, when the source may be gone.

  Scenario: Production holds every row the source held before the cutover
    Then the row counts of tables matching "trackpay_%" in "demo-production" equal the record "trackpay-demo-pre-cutover"
