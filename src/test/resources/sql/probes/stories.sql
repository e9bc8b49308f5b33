-- A schema anon may not use, for "reading ... is denied with".
CREATE SCHEMA secret;
CREATE TABLE secret.notes (id int PRIMARY KEY, body text);
GRANT SELECT ON secret.notes TO anon;
