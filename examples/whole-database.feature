Feature: Whole-database checks before a release
  Staging is where the migration was rehearsed; production must have the same schema, and
  neither may expose data through the API by accident.

  Scenario: production has the schema staging was tested with
    Then the schema "public" is identical in "demo-staging" and "demo-production"

  Scenario: production has no security findings beyond the accepted ones
    Given the database "demo-production"
    Then the database has no security findings, except:
      | finding               | object                      |
      # The audit of deleted relationships is written only by the security definer function
      # delete_client_relationship_safely; no API role may read or write it, so row level
      # security is on without any policy on purpose.
      | rls_enabled_no_policy | trackpay_relationship_audit |
