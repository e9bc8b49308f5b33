@aamodha @migrations
Feature: Aamodha migrations (seed 001: 3.1.1 "List migrations already applied", 3.1.4 "All migrations applied on target", Appendix A)

  Background:
    Given the database "demo-aamodha"

  Scenario: The first and the last migrations of Appendix A are applied
    Then these migrations are applied:
      | version        |
      | 20250103000000 |
      | 20250127000004 |
      | 20251024000001 |

  Scenario: Every migration file is applied, and nothing else (Appendix A, 3.1.4)
    Then the applied migrations match the files in "examples/aamodha-migrations"

  Scenario: The target is on the latest migration
    Then the latest applied migration is "20251024000001"
