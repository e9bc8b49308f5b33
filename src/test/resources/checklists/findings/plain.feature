Feature: Findings on a plain PostgreSQL database (no Supabase roles, schemas or extensions)

  Background:
    Given the database "plain"

  Scenario: the generic security lints run, Supabase's say they were skipped
    Then the database has no security findings

  Scenario: every performance lint runs
    Then the database has no performance findings
