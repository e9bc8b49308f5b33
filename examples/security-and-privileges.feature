@examples @security
Feature: Privileges and indexed foreign keys on the TrackPay demo

  Privileges are what PostgreSQL itself decides (has_table_privilege, has_function_privilege):
  grants to PUBLIC, role membership and default privileges all count. "these privileges are
  granted" means at least these: the role may hold more (Supabase grants every table privilege to
  the API roles by default); "the role ... has exactly these privileges on ...: ..." is the exact form.

  Not shown here because the demo is deliberately different:
  "every table with row level security enabled has at least one policy" fails on the demo,
  whose trackpay_relationship_audit has row level security on and no policy on purpose (only
  the security definer RPC writes it); and anon keeps Supabase's default privileges on the
  TrackPay tables, so "the role "anon" has no privileges on "trackpay_payments"" fails there.
  Both are proven, passing and failing, by the project's own tests.

  Background:
    Given the database "demo-production"

  Scenario: The API roles hold the privileges the migration meant them to
    Then these privileges are granted:
      | object                                  | role          | privileges |
      | trackpay_users                          | authenticated | ALL        |
      | trackpay_payments                       | service_role  | ALL        |
      | storage.buckets                         | anon          | SELECT     |
      | storage.objects                         | authenticated | SELECT     |
      | delete_client_relationship_safely(uuid) | authenticated | EXECUTE    |
      | delete_client_relationship_safely(uuid) | service_role  | EXECUTE    |

  Scenario: authenticated holds exactly what Supabase grants by default on the TrackPay tables
    Then the role "authenticated" has exactly these privileges on "trackpay_payments": ALL

  Scenario: anon can neither reach auth.users nor call the delete RPC
    Then the role "anon" has no privileges on "auth.users"
    And the role "anon" has no privileges on "delete_client_relationship_safely(uuid)"

  Scenario: Deleting a user or a session never scans a whole table
    Then every foreign key in schema "public" is covered by an index
