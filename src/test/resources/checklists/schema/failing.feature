Feature: Schema objects, functions and settings that do not hold on the prepared database

  Background:
    Given the database "production"

  Scenario: A missing schema
    Then the schema "archive" exists

  Scenario: Wrong columns
    Then the table "profiles" has these columns:
      | column   | type | nullable | default |
      | id       | text | no       |         |
      | email    |      | yes      |         |
      | score    |      |          | 1       |
      | nickname |      |          | 'anon'  |
      | phone    | text |          |         |

  Scenario: Enum labels missing, unexpected and out of order
    Then the enum "user_role" has these labels:
      | vendor   |
      | traveler |
      | guest    |

  Scenario: A missing extension
    Then these extensions are installed:
      | extension | schema |
      | pg_trgm   |        |
      | pgcrypto  | public |

  Scenario: Function properties differ
    Then these functions exist:
      | function        | returns | language | security | search path |
      | leaky_definer() | bigint  | plpgsql  | invoker  | public      |

  Scenario: An unknown security word
    Then these functions exist:
      | function        | security |
      | leaky_definer() | owner    |

  Scenario: A definition without the text
    Then the definition of "profile_count()" contains "auth.uid()"

  Scenario: An overloaded function named without its arguments
    Then the definition of "greet" contains "hello"

  Scenario: A definer function without a fixed search path
    Then every security definer function in schema "public" has a fixed search path

  Scenario: A setting with another value
    Then the setting "wal_level" is "logical"

  Scenario: A setting below its minimum
    Then the setting "max_connections" is at least 1000

  Scenario: An unknown setting
    Then the setting "max_conections" is at least 100
