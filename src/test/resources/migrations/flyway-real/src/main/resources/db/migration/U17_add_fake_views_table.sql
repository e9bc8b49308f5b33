-- one underscore after the version: not a Flyway migration; Flyway ignores it, and so must the verifier
this is not sql and would fail if it ran;
