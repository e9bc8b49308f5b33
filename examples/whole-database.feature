Feature: Whole-database checks before a release
  Staging is where the migration was rehearsed; production must have the same schema, and
  neither may expose data through the API by accident nor slow down at scale.

  Scenario: production has the schema staging was tested with
    Then the schema "public" is identical in "demo-staging" and "demo-production"

  Scenario: production has no security findings beyond the accepted ones
    Given the database "demo-production"
    Then the database has no security findings, except:
      | finding                                            | object                                  | reason                                                                                   |
      | rls_enabled_no_policy                              | trackpay_relationship_audit             | only delete_client_relationship_safely writes it: no API role may read or write it        |
      | function_search_path_mutable                       | handle_updated_at()                     | a trigger function that calls only now(), which resolves in pg_catalog before any schema |
      | authenticated_security_definer_function_executable | delete_client_relationship_safely(uuid) | the RPC of checklist section 9: it checks auth.uid() and the provider role itself        |

  Scenario: production has no performance findings that would hurt at scale
    Given the database "demo-production"
    Then the database has no performance findings at level WARN or above, except:
      | finding           | object                 | reason                                                                                |
      # The policies are written as the TrackPay checklist wrote them: auth.uid() is called per
      # row. Wrapping it as (select auth.uid()) is planned; at today's row counts it costs nothing.
      | auth_rls_initplan | trackpay_users         | policies as the checklist wrote them; (select auth.uid()) planned for the next release |
      | auth_rls_initplan | trackpay_relationships | policies as the checklist wrote them; (select auth.uid()) planned for the next release |
      | auth_rls_initplan | trackpay_sessions      | policies as the checklist wrote them; (select auth.uid()) planned for the next release |
      | auth_rls_initplan | trackpay_payments      | policies as the checklist wrote them; (select auth.uid()) planned for the next release |
      | auth_rls_initplan | trackpay_requests      | policies as the checklist wrote them; (select auth.uid()) planned for the next release |
      | auth_rls_initplan | trackpay_activities    | policies as the checklist wrote them; (select auth.uid()) planned for the next release |
      | auth_rls_initplan | trackpay_invites       | policies as the checklist wrote them; (select auth.uid()) planned for the next release |
