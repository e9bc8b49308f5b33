-- A least-privilege role for the release gate (migration-verifier). PostgreSQL 14 or later.
--
-- Run it once per server (roles belong to the server, not to one database) as a role that may create roles:
-- on Supabase the postgres role in the SQL editor, on Render the database's own user in psql. It can run again.
-- Then give the role a password and name the database with it:
--
--   alter role migration_verifier password '...';       -- or \password migration_verifier in psql
--   verify.db.production=postgresql://migration_verifier:${VERIFIER_DB_PASSWORD}@host:5432/postgres?sslmode=require
--
-- What the role is: it logs in, reads every table, view and sequence and the catalogs, and may act as the API
-- roles for the behaviour sentences. It is not a superuser, cannot create databases, roles or anything else, does
-- not bypass row level security, and every transaction it begins is read-only. The verifier is read-only on its
-- own (every transaction READ ONLY and rolled back, checklist SQL refused when it would call a function that acts
-- outside the transaction); this role is the second wall: whatever got past the first still could not write.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'migration_verifier') then
    -- the attributes a new role has unless told otherwise: no SUPERUSER, CREATEDB, CREATEROLE, REPLICATION, BYPASSRLS
    create role migration_verifier login connection limit 10;
  end if;
  -- a role the verifier passes through to act as the API roles: NOINHERIT, so the verifier may SET ROLE to them
  -- (I act as the role "anon") without holding their privileges or falling under their policies itself
  if not exists (select 1 from pg_roles where rolname = 'migration_verifier_acting') then
    create role migration_verifier_acting nologin noinherit;
  end if;
end
$$;

-- Read everything a checklist reads: every table, view and sequence, with USAGE on every schema (PostgreSQL 14+).
-- The catalogs (tables, columns, keys, indexes, policies, privileges, functions, triggers) are readable by every role.
grant pg_read_all_data to migration_verifier;

-- I act as the role "anon" / the "authenticated" user ...: the Supabase API roles, where the server has them.
grant migration_verifier_acting to migration_verifier;
do $$
declare
  api_role text;
begin
  foreach api_role in array array['anon', 'authenticated', 'service_role'] loop
    if exists (select 1 from pg_roles where rolname = api_role) then
      execute format('grant %I to migration_verifier_acting', api_role);
    end if;
  end loop;
end
$$;

-- Every transaction read-only unless the verifier itself asks otherwise (a probe in a scenario tagged @writes,
-- which is always rolled back), a time limit, and no transaction left open.
alter role migration_verifier set default_transaction_read_only = on;
alter role migration_verifier set statement_timeout = '60s';
alter role migration_verifier set idle_in_transaction_session_timeout = '5min';

-- OPTIONAL: rows of tables with row level security.
-- Without BYPASSRLS the role sees only the rows a policy shows it, which for an API-facing table is usually none.
-- The verifier never counts only what it may see: a row count, a comparison of rows or a data rule on such a table
-- is then broken with a message that points here. Supabase's own read-everything role (supabase_etl_admin) has
-- pg_read_all_data and BYPASSRLS for the same reason. BYPASSRLS lets the role read every row; it still cannot write.
-- On PostgreSQL 15 and older only a superuser may give it; on 16 and later, a role that has it (Supabase: postgres).
--
-- alter role migration_verifier bypassrls;
