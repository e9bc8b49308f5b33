Feature: Every sentence, false on a database, filed under its category
  Each scenario is named after the sentence it shows (as its step definition reads) and fails on the TrackPay
  demo ("core", with a legacy schema) or its broken copy ("broken"). SentenceCategoriesTest holds the category of
  each, and fails when a sentence is added without one.

  Background:
    Given the database "core"

  # Schema objects -----------------------------------------------------------------------------------------------

  Scenario: the table {name} exists
    Then the table "legacy_orders" exists

  Scenario: the table {name} does not exist
    Then the table "trackpay_users" does not exist

  Scenario: these tables exist:
    Then these tables exist:
      | table          |
      | trackpay_users |
      | trackpay_ghost |

  Scenario: these views exist:
    Then these views exist:
      | view           |
      | trackpay_users |

  Scenario: exactly these tables match {pattern}:
    Then exactly these tables match "trackpay_%":
      | table          |
      | trackpay_users |

  Scenario: exactly these tables exist in schema {schema}:
    Then exactly these tables exist in schema "legacy":
      | table  |
      | orders |

  Scenario: {count} table(s) match(es) {pattern}
    Then 9 tables match "trackpay_%"

  Scenario: the schema {schema} exists
    Then the schema "audit" exists

  Scenario: the table {name} has these columns:
    Then the table "trackpay_users" has these columns:
      | column | type | nullable |
      | email  | text | yes      |

  Scenario: the table {name} has exactly these columns:
    Then the table "trackpay_relationship_audit" has exactly these columns:
      | column |
      | id     |

  Scenario: the enum {name} has these labels:
    Then the enum "trackpay_role" has these labels:
      | client   |
      | provider |

  Scenario: these extensions are installed:
    Then these extensions are installed:
      | extension |
      | postgis   |

  # Foreign keys, keys and indexes -------------------------------------------------------------------------------

  Scenario: these foreign keys exist:
    Then these foreign keys exist:
      | table             | columns    | references        | on delete |
      | trackpay_payments | session_id | trackpay_sessions | CASCADE   |

  Scenario: every foreign key from {name} has delete rule {rule}
    Then every foreign key from "trackpay_invites" has delete rule RESTRICT

  Scenario: every foreign key referencing {name} has delete rule {rule}
    Then every foreign key referencing "trackpay_users" has delete rule RESTRICT

  Scenario: no foreign key referencing {name} has delete rule {rule}
    Then no foreign key referencing "trackpay_users" has delete rule CASCADE

  Scenario: no foreign key referencing {name} has delete rule {rule}, except:
    Then no foreign key referencing "trackpay_users" has delete rule CASCADE, except:
      | table            | columns   |
      | trackpay_invites | client_id |

  Scenario: every table matching {pattern} has a primary key
    Then every table matching "legacy.%" has a primary key

  Scenario: the primary key of {name} is {columnTuple}
    Then the primary key of "trackpay_users" is (email)

  Scenario: these indexes exist:
    Then these indexes exist:
      | table             | index                   |
      | trackpay_sessions | idx_sessions_started_at |

  Scenario: every foreign key in schema {schema} is covered by an index
    Then every foreign key in schema "shop" is covered by an index

  Scenario: every foreign key from tables matching {pattern} is covered by an index
    Then every foreign key from tables matching "shop.order_%" is covered by an index

  # Row level security, policies and privileges ------------------------------------------------------------------

  Scenario: row level security is enabled on {name}
    Then row level security is enabled on "legacy.orders"

  Scenario: row level security is forced on {name}
    Then row level security is forced on "trackpay_payments"

  Scenario: row level security is enabled on these tables:
    Then row level security is enabled on these tables:
      | table         |
      | legacy.orders |

  Scenario: row level security is enabled on every table matching {pattern}
    Then row level security is enabled on every table matching "legacy.%"

  Scenario: row level security is enabled on every table in schema {schema}
    Then row level security is enabled on every table in schema "legacy"

  Scenario: row level security is enabled on every table in schema {schema}, except:
    Then row level security is enabled on every table in schema "legacy", except:
      | table  |
      | orders |

  Scenario: these policies exist:
    Then these policies exist:
      | table          | policy           | roles |
      | trackpay_users | users_select_own | anon  |

  Scenario: exactly these policies exist on {name}:
    Then exactly these policies exist on "trackpay_relationships":
      | policy                 |
      | rel_select_by_provider |

  Scenario: the table {name} has no {command} policy
    Given the database "broken"
    Then the table "trackpay_relationships" has no DELETE policy

  Scenario: every table with row level security enabled has at least one policy
    Given the database "broken"
    Then every table with row level security enabled has at least one policy

  Scenario: these privileges are granted:
    Then these privileges are granted:
      | object     | role | privileges |
      | auth.users | anon | SELECT     |

  Scenario: the role {role} has no privileges on {object}
    Then the role "service_role" has no privileges on "trackpay_payments"

  Scenario: the role {role} has exactly these privileges on {object}: {privileges}
    Then the role "authenticated" has exactly these privileges on "trackpay_users": SELECT, INSERT

  Scenario: the role {role} has no privileges on schema {schema}
    Then the role "anon" has no privileges on schema "public"

  # Functions -----------------------------------------------------------------------------------------------------

  Scenario: the function {function} exists
    Then the function "delete_client_relationship_safely(text)" exists

  Scenario: these functions exist:
    Then these functions exist:
      | function                                | security |
      | delete_client_relationship_safely(uuid) | invoker  |

  Scenario: the role {role} can execute {function}
    Then the role "anon" can execute "delete_client_relationship_safely(uuid)"

  Scenario: the role {role} cannot execute {function}
    Then the role "authenticated" cannot execute "delete_client_relationship_safely(uuid)"

  Scenario: the definition of {function} contains {text}
    Then the definition of "delete_client_relationship_safely(uuid)" contains "hard delete everything"

  Scenario: every security definer function in schema {schema} has a fixed search path
    Then every security definer function in schema "audit" has a fixed search path

  # Triggers, sequences, storage, scheduled jobs -----------------------------------------------------------------

  Scenario: these triggers exist:
    Then these triggers exist:
      | table          | trigger                       | timing |
      | trackpay_users | trackpay_users_set_updated_at | AFTER  |

  Scenario: every trigger on tables matching {pattern} is enabled
    Then every trigger on tables matching "legacy.%" is enabled

  Scenario: every sequence in schema {schema} is ahead of its column's highest value
    Then every sequence in schema "legacy" is ahead of its column's highest value

  Scenario: these storage buckets exist:
    Then these storage buckets exist:
      | bucket  | public |
      | avatars | no     |

  Scenario: these scheduled jobs exist:
    Then these scheduled jobs exist:
      | job               |
      | payment-reminders |

  Scenario: the setting {text} is {text}
    Then the setting "default_transaction_read_only" is "off"

  Scenario: the setting {text} is at least {word}
    Then the setting "max_connections" is at least 100000

  # Migrations ----------------------------------------------------------------------------------------------------

  Scenario: these migrations are applied:
    Then these migrations are applied:
      | version        |
      | 20990101000000 |

  Scenario: the applied migrations match the files in {text}
    Then the applied migrations match the files in "src/test/resources/sql/migrations/supabase-files"

  Scenario: the applied migrations are the same in {database} and {database}
    Then the applied migrations are the same in "core" and "nohistory"

  Scenario: the latest applied migration is {text}
    Then the latest applied migration is "20990101000000"

  # Data ----------------------------------------------------------------------------------------------------------

  Scenario: the table {name} has {count} row(s)
    Then the table "trackpay_users" has 7 rows

  Scenario: the table {name} has at least {count} row(s)
    Then the table "trackpay_users" has at least 700 rows

  Scenario: the table {name} is empty
    Then the table "trackpay_invites" is empty

  Scenario: these row counts hold:
    Then these row counts hold:
      | table          | rows |
      | trackpay_users | 5    |

  Scenario: the row counts of tables matching {pattern} are equal in {database} and {database}
    Then the row counts of tables matching "trackpay_%" are equal in "core" and "broken"

  Scenario: the row counts of tables matching {pattern} are equal in {database} and {database}, except:
    Then the row counts of tables matching "trackpay_%" are equal in "core" and "broken", except:
      | table          |
      | trackpay_users |

  Scenario: the row counts of every table in schema {schema} are equal in {database} and {database}
    Then the row counts of every table in schema "public" are equal in "core" and "broken"

  Scenario: the row counts of tables matching {pattern} in {database} equal the record {record}
    Then the row counts of tables matching "trackpay_%" in "broken" equal the record "pre-cutover"

  Scenario: the rows of {name} are identical in {database} and {database}
    Then the rows of "trackpay_activities" are identical in "core" and "broken"

  Scenario: the rows of every table matching {pattern} are identical in {database} and {database}
    Then the rows of every table matching "trackpay_%" are identical in "core" and "broken"

  Scenario: every row of {name} in {database} is still in {database}
    Then every row of "trackpay_activities" in "core" is still in "broken"

  Scenario: every row of {name} in {database} is still in {database}(,) except rows where {predicate}
    Then every row of "trackpay_activities" in "core" is still in "broken", except rows where "type = 'relationship_created'"

  Scenario: the row counts of these tables are equal in {database} and {database}:
    Then the row counts of these tables are equal in "core" and "broken":
      | table               |
      | trackpay_activities |

  Scenario: the result of this query is the same in {database} and {database}:
    Then the result of this query is the same in "core" and "broken":
      """
      select type, count(*) as activities from trackpay_activities group by type order by type
      """

  Scenario: the result of this query is the same in {database} and {database} within {percent}:
    Then the result of this query is the same in "core" and "broken" within 1%:
      """
      select count(*) as activities from trackpay_activities
      """

  Scenario: the newest {columnName} in {name} is at most {duration} old
    Then the newest "created_at" in "trackpay_activities" is at most 2 hours old

  Scenario: no row of {name} references a missing {name} through {columnList}
    Then no row of "trackpay_relationship_audit" references a missing "trackpay_relationships" through "relationship_id"

  Scenario: every row of {name} where {predicate} has a matching {name} through {columnList}
    Then every row of "trackpay_users" where "role = 'provider'" has a matching "trackpay_payments" through "provider_id"

  Scenario: every row of {name} has a matching {name} on {predicate}
    Then every row of "trackpay_users" has a matching "trackpay_sessions" on "trackpay_sessions.client_id = trackpay_users.id"

  Scenario: every row of {name} where {predicate} has a matching {name} on {predicate}
    Then every row of "trackpay_users" where "role = 'provider'" has a matching "trackpay_payments" on "trackpay_payments.provider_id = trackpay_users.id"

  Scenario: no row of {name} satisfies {predicate}
    Then no row of "trackpay_sessions" satisfies "status = 'unpaid'"

  Scenario: {tableColumn} has no duplicate values
    Then "trackpay_sessions.client_id" has no duplicate values

  Scenario: {tableColumn} has no duplicate values where {predicate}
    Then "trackpay_sessions.client_id" has no duplicate values where "status <> 'paid'"

  Scenario: {expression} is unique in {name}
    Then "lower(role)" is unique in "trackpay_users"

  Scenario: {expression} is unique in {name} where {predicate}
    Then "lower(role)" is unique in "trackpay_users" where "hourly_rate is null"

  Scenario: {tally} equals {tally}
    Then the number of rows of "trackpay_users" equals the number of distinct "role" in "trackpay_users"

  Scenario: every {tableColumn} matches {valuePattern}
    Then every "trackpay_users.email" matches "^[a-z]+@example\.org$"

  Scenario: the rows of {name} with {columnName} include:
    Then the rows of "trackpay_users" with "email" include:
      | email             | role     |
      | nobody@example.com | provider |

  Scenario: {tableColumn} differs between {database} and {database} where {columnName} is:
    Then "trackpay_users.name" differs between "core" and "broken" where "email" is:
      | email |
      | alice@trackpay.test |

  Scenario: the result is:
    When I query:
      """
      select count(*) as users from trackpay_users
      """
    Then the result is:
      | users |
      | 7     |

  Scenario: the result is, in any order:
    When I query:
      """
      select role from trackpay_users group by role
      """
    Then the result is, in any order:
      | role  |
      | admin |

  Scenario: the result is empty
    When I query "broken":
      """
      select id from trackpay_users
      """
    Then the result is empty

  Scenario: the result has {count} row(s)
    When I query:
      """
      select id from trackpay_users
      """
    Then the result has 1 row

  Scenario: the result contains:
    When I query:
      """
      select role from trackpay_users group by role
      """
    Then the result contains:
      | role  |
      | admin |

  # Query plans ---------------------------------------------------------------------------------------------------

  Scenario: the query plan uses the index {text}
    When I query:
      """
      select * from trackpay_users where name = 'x'
      """
    Then the query plan uses the index "idx_users_email"

  Scenario: the query plan has no sequential scan on {name}
    When I query:
      """
      select * from trackpay_users where name = 'x'
      """
    Then the query plan has no sequential scan on "trackpay_users"

  Scenario: the query completes in under {count} ms
    When I query:
      """
      select pg_sleep(0.02)
      """
    Then the query completes in under 1 ms

  # Behaviour as a role -------------------------------------------------------------------------------------------

  Scenario: I see {count} row(s) in {name}
    Given I act as the role "anon"
    Then I see 3 rows in "trackpay_users"

  Scenario: I see no rows in {name}
    Given I act as the "authenticated" user "7d9c0b7e-1111-4c4f-9a52-3b0e2f1d0a11"
    Then I see no rows in "trackpay_sessions"

  Scenario: reading {name} is denied
    Given I act as the role "anon"
    Then reading "trackpay_payments" is denied

  Scenario: reading {name} is denied with {text}
    Given I act as the role "anon"
    Then reading "trackpay_payments" is denied with "permission denied"

  @writes
  Scenario: these rows exist in {name}:
    Given these rows exist in "trackpay_customers":
      | id |
      | 1  |

  @writes
  Scenario: it fails
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('new@categories.example', 'New', 'client')
      """
    Then it fails

  @writes
  Scenario: it fails with {text}
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('new@categories.example', 'New', 'admin')
      """
    Then it fails with "duplicate key"

  @writes
  Scenario: it fails with SQLSTATE {text}
    When I query:
      """
      insert into trackpay_users (email, name, role) values ('new@categories.example', 'New', 'admin')
      """
    Then it fails with SQLSTATE "23505"

  Scenario: I call {text}
    When I call "no_such_function('x')"

  Scenario: the call fails with {text}
    Given I act as the role "authenticated"
    When I call "delete_client_relationship_safely(null)"
    Then the call fails with "a message it never gives"

  Scenario: the call succeeds
    When I call "delete_client_relationship_safely(null)"
    Then the call succeeds

  Scenario: the call returns:
    When I call "delete_client_relationship_safely(null)"
    Then the call returns:
      | delete_client_relationship_safely |
      | done                              |

  # Whole-database checks -----------------------------------------------------------------------------------------

  Scenario: the schema {schema} is identical in {database} and {database}
    Then the schema "public" is identical in "core" and "broken"

  Scenario: the schema {schema} is identical in {database} and {database}, ignoring:
    Then the schema "public" is identical in "core" and "broken", ignoring:
      | kind  | name             |
      | table | trackpay_invites |

  Scenario: the database has no security findings
    Given the database "broken"
    Then the database has no security findings

  Scenario: the database has no security findings, except:
    Given the database "broken"
    Then the database has no security findings, except:
      | finding                    | object           |
      | policy_exists_rls_disabled | trackpay_invites |

  Scenario: the database has no security findings at level {findingLevel} or above
    Given the database "broken"
    Then the database has no security findings at level WARN or above

  Scenario: the database has no security findings at level {findingLevel} or above, except:
    Given the database "broken"
    Then the database has no security findings at level ERROR or above, except:
      | finding                    | object           | reason                         |
      | policy_exists_rls_disabled | trackpay_invites | the policy waits for a release |

  Scenario: the database has no performance findings
    Given the database "broken"
    Then the database has no performance findings

  Scenario: the database has no performance findings, except:
    Given the database "broken"
    Then the database has no performance findings, except:
      | finding           | object         | reason                      |
      | auth_rls_initplan | trackpay_users | the policy is rewritten next |

  Scenario: the database has no performance findings at level {findingLevel} or above
    Given the database "broken"
    Then the database has no performance findings at level WARN or above

  Scenario: the database has no performance findings at level {findingLevel} or above, except:
    Given the database "broken"
    Then the database has no performance findings at level WARN or above, except:
      | finding           | object         | reason                      |
      | auth_rls_initplan | trackpay_users | the policy is rewritten next |

  # Supabase projects (a local stand-in for the Management API holding a target that drifted) -----------------------

  Scenario: these Edge Functions are deployed:
    Given the Supabase project "drifted"
    Then these Edge Functions are deployed:
      | slug            |
      | onedrive-upload |

  Scenario: exactly these Edge Functions are deployed:
    Given the Supabase project "drifted"
    Then exactly these Edge Functions are deployed:
      | slug          |
      | whatsapp-send |

  Scenario: the Edge Function {edgeFunction} is not deployed
    Given the Supabase project "drifted"
    Then the Edge Function "test-create-user" is not deployed

  Scenario: the project's database is PostgreSQL {int} or later
    Given the Supabase project "drifted"
    Then the project's database is PostgreSQL 15 or later

  Scenario: these secrets are set:
    Given the Supabase project "drifted"
    Then these secrets are set:
      | secret            |
      | RESEND_FROM_EMAIL |

  Scenario: the secret {projectSecret} differs between {project} and {project}
    Then the secret "SUPABASE_URL" differs between "staging" and "drifted"

  Scenario: these secrets differ between {project} and {project}:
    Then these secrets differ between "staging" and "drifted":
      | secret            |
      | SUPABASE_ANON_KEY |

  Scenario: the auth setting {text} is {text}
    Given the Supabase project "drifted"
    Then the auth setting "site_url" is "https://app.example.com"

  Scenario: the auth setting {text} contains {text}
    Given the Supabase project "drifted"
    Then the auth setting "uri_allow_list" contains "https://app.example.com/**"

  Scenario: the auth setting {text} does not contain {text}
    Given the Supabase project "drifted"
    Then the auth setting "uri_allow_list" does not contain "http://localhost:3000"
