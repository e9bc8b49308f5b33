Feature: Security and performance findings

  Background:
    Given the database "production"

  Scenario: the database has no security findings
    Then the database has no security findings

  Scenario: every finding excepted, in the two-column table of earlier checklists
    Then the database has no security findings, except:
      | finding                                            | object                                  |
      | rls_disabled_in_public                             | notes                                   |
      | rls_disabled_in_public                             | public.drafts                           |
      | rls_enabled_no_policy                              | trackpay_relationship_audit             |
      | policy_exists_rls_disabled                         | drafts                                  |
      | function_search_path_mutable                       | touch_all()                             |
      | function_search_path_mutable                       | handle_updated_at                       |
      | security_definer_view                              | session_totals                          |
      | auth_users_exposed                                 | user_emails                             |
      | anon_can_execute_definer_function                  | touch_all                               |
      | authenticated_security_definer_function_executable | touch_all()                             |
      | authenticated_security_definer_function_executable | delete_client_relationship_safely(uuid) |
      | unindexed_foreign_keys                             | comments                                |

  Scenario: every finding excepted with a reason, one until a date
    Then the database has no security findings, except:
      | finding                                            | object                                  | reason                                   | until      |
      | rls_disabled_in_public                             | notes                                   | scratch table, dropped in the next release | 2999-12-31 |
      | rls_disabled_in_public                             | drafts                                  | drafts hold nothing private              |            |
      | rls_enabled_no_policy                              | trackpay_relationship_audit             | only the definer function writes it      |            |
      | policy_exists_rls_disabled                         | drafts                                  | the policy is kept for the next release  |            |
      | function_search_path_mutable                       | touch_all()                             | it names no object                       |            |
      | function_search_path_mutable                       | handle_updated_at()                     | it calls only now()                      |            |
      | security_definer_view                              | session_totals                          | totals are not private                   |            |
      | auth_users_exposed                                 | user_emails                             | the directory is public by design        |            |
      | anon_security_definer_function_executable          | touch_all()                             | it does nothing                          |            |
      | authenticated_security_definer_function_executable | touch_all()                             | it does nothing                          |            |
      | authenticated_security_definer_function_executable | delete_client_relationship_safely(uuid) | it checks auth.uid() itself              |            |

  Scenario: an exception past its date excuses nothing
    Then the database has no security findings at level ERROR or above, except:
      | finding                | object         | reason                      | until      |
      | rls_disabled_in_public | notes          | to be fixed by January      | 2020-01-31 |
      | rls_disabled_in_public | drafts         | drafts hold nothing private |            |
      | policy_exists_rls_disabled | drafts     | kept for the next release   |            |
      | security_definer_view  | session_totals | totals are not private      |            |
      | auth_users_exposed     | user_emails    | public directory            |            |

  Scenario: only the errors
    Then the database has no security findings at level ERROR or above

  Scenario: a stale exception is reported
    Then the database has no security findings at level INFO or above, except:
      | finding               | object                      | reason                   |
      | rls_enabled_no_policy | trackpay_relationship_audit | only the definer writes  |
      | rls_enabled_no_policy | trackpay_users              | copied from another list |

  Scenario: an unknown finding is a broken checklist
    Then the database has no security findings, except:
      | finding | object |
      | rls_off | notes  |

  Scenario: an exception without its reason is a broken checklist
    Then the database has no security findings, except:
      | finding                | object | reason |
      | rls_disabled_in_public | notes  |        |

  Scenario: an exception until a day that is not a date is a broken checklist
    Then the database has no security findings, except:
      | finding                | object | reason  | until      |
      | rls_disabled_in_public | notes  | scratch | 31/12/2999 |

  Scenario: a security finding excepted under the performance sentence is a broken checklist
    Then the database has no performance findings, except:
      | finding                | object | reason  |
      | rls_disabled_in_public | notes  | scratch |

  Scenario: an unknown level is a broken checklist
    Then the database has no security findings at level SEVERE or above

  Scenario: the database has no performance findings at level WARN or above
    Then the database has no performance findings at level WARN or above

  Scenario: the database has no performance findings
    Then the database has no performance findings
