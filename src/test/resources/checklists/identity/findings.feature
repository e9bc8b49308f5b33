Feature: Security findings

  Background:
    Given the database "production"

  Scenario: the database has no security findings
    Then the database has no security findings

  Scenario: every finding excepted
    Then the database has no security findings, except:
      | finding                           | object                      |
      | rls_disabled_in_public            | notes                       |
      | rls_disabled_in_public            | public.drafts               |
      | rls_enabled_no_policy             | trackpay_relationship_audit |
      | policy_exists_rls_disabled        | drafts                      |
      | function_search_path_mutable      | touch_all()                 |
      | security_definer_view             | session_totals              |
      | auth_users_exposed                | user_emails                 |
      | anon_can_execute_definer_function | touch_all                   |
      | unindexed_foreign_keys            | comments                    |

  Scenario: a stale exception is reported
    Then the database has no security findings, except:
      | finding               | object                      |
      | rls_enabled_no_policy | trackpay_relationship_audit |
      | rls_enabled_no_policy | trackpay_users              |

  Scenario: an unknown finding is a broken checklist
    Then the database has no security findings, except:
      | finding | object |
      | rls_off | notes  |
