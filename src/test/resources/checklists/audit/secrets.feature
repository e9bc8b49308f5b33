@audit @secrets
Feature: Secrets planted in every place a checklist can hold one

  Scenario: A database named by an environment value, with a password in its address
    Given the database "${AUDIT_SECRET_DB_NAME}"
    Then the table "trackpay_users" exists
    And these row counts hold:
      | table                    | rows |
      | trackpay_users           | 6    |
      | ${AUDIT_SECRET_TABLE}    | 3    |

  Scenario: A role named by an environment value that does not exist
    Given the database "${AUDIT_SECRET_DB_NAME}"
    Then the role "${AUDIT_SECRET_ROLE}" cannot execute "delete_client_relationship_safely(uuid)"

  Scenario: A doc string holding an environment value
    Given the database "${AUDIT_SECRET_DB_NAME}"
    Then this query returns nothing:
      """
      select * from trackpay_users where email = '${AUDIT_SECRET_DOC}'
      """

  Scenario: A database that is down, with a password in its address
    Given the database "audit_down"
    Then the table "trackpay_users" exists
