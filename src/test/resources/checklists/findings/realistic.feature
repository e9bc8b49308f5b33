Feature: A realistic 45-table schema passes the findings gate once hardened

  Background:
    Given the database "production"

  Scenario: security at level WARN or above
    Then the database has no security findings at level WARN or above, except:
      | finding                                            | object                 | reason                                                  |
      | authenticated_security_definer_function_executable | fn_archive_t001(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t002(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t003(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t004(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t005(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t006(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t007(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t008(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t009(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t010(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t011(uuid) | the archive RPC: signed-in users archive their own rows |
      | authenticated_security_definer_function_executable | fn_archive_t012(uuid) | the archive RPC: signed-in users archive their own rows |

  Scenario: performance at level WARN or above
    Then the database has no performance findings at level WARN or above
